import { CaseLookupService } from '@nabij/dossier/api';
import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import type { EnrolmentView, ProgressView } from '@nabij/trainings/contracts';
import { DataSource } from 'typeorm';
import { EnrolDto, ReminderSettingsDto } from './dto/training.dto';
import { ParticipantAccessService } from './participant-access.service';
import { ParticipationRepository } from './participation.repository';
import { ProgressService, toEnrolmentView } from './progress.service';
import { TrainingContentRepository } from './training-content.repository';

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ParticipantAccessService,
    private readonly participation: ParticipationRepository,
    private readonly content: TrainingContentRepository,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cases: CaseLookupService,
  ) {}

  /**
   * A client enrols themself, or a worker enrols a client with an open case assigned to them. The
   * enrolment is bound to that case for good: its worker sees the work and answers the homework.
   */
  async enrol(user: AuthUser, trainingId: string, dto: EnrolDto, meta: RequestMeta): Promise<EnrolmentView> {
    const { clientId, caseId } = await this.clientToEnrol(user, dto);
    const goals = dto.goals.map((g) => g.trim());
    if (new Set(goals.map((g) => g.toLowerCase())).size !== goals.length) {
      throw new BadRequestException({ message: 'Check these fields: goals', fields: { goals: ['write each goal once'] } });
    }
    return this.dataSource.transaction(async (manager) => {
      const training = await this.content.trainingOfOrganisation(trainingId, user.organisationId, { publishedOnly: true, db: manager });
      if (!training) throw new NotFoundException({ message: 'This training does not exist.', code: 'trainings.training_not_exist' });
      // A guided training needs a trainer who knows the client: their worker enrols them.
      if (user.role === 'client' && training.kind !== 'self_help')
        throw new ForbiddenException({
          message: 'Ask your social worker to sign you up for this training; you can start a self-help training yourself.',
          code: 'guided_training',
        });
      if (await this.participation.findEnrolmentOf(trainingId, clientId, manager))
        throw new ConflictException({
          message: 'This client already takes part in this training.',
          code: 'trainings.client_already_takes',
        });
      const now = this.clock.now();
      const enrolment = await this.participation.createEnrolment(manager, {
        trainingId,
        clientId,
        caseId,
        enrolledBy: user.id,
        mode: dto.mode,
        goals,
        startedAt: now,
        lastActivityAt: now,
        remindersEnabled: false,
        reminderFrequency: 'weekly',
        remindersEnabledAt: null,
        lastRemindedAt: null,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'create',
          resourceType: 'training_enrolment',
          resourceId: enrolment.id,
          clientId,
          onBehalfOf: user.id === clientId ? null : clientId,
          ...meta,
        },
        manager,
      );
      return toEnrolmentView(enrolment, training);
    });
  }

  async mine(user: AuthUser): Promise<EnrolmentView[]> {
    const rows = await this.participation.enrolmentsOfClient(user.id);
    return rows.map((e) => toEnrolmentView(e, e.training));
  }

  async progressOf(user: AuthUser, enrolmentId: string): Promise<ProgressView> {
    const { enrolment, training } = await this.access.enrolment(user, enrolmentId);
    return this.progress.view(enrolment, training);
  }

  /** Reminders are the client's choice; only the client can turn them on or off. */
  async setReminders(user: AuthUser, enrolmentId: string, dto: ReminderSettingsDto): Promise<EnrolmentView> {
    const { enrolment, training } = await this.access.enrolment(user, enrolmentId);
    // Turning reminders on starts the count from now: no reminder straight after opting in.
    if (dto.enabled && !enrolment.remindersEnabled) enrolment.remindersEnabledAt = this.clock.now();
    enrolment.remindersEnabled = dto.enabled;
    if (dto.frequency) enrolment.reminderFrequency = dto.frequency;
    await this.participation.updateReminderSettings(enrolment.id, {
      remindersEnabled: enrolment.remindersEnabled,
      reminderFrequency: enrolment.reminderFrequency,
      remindersEnabledAt: enrolment.remindersEnabledAt,
    });
    return toEnrolmentView(enrolment, training);
  }

  /** The client, and the open case the enrolment belongs to (the client's own, or the enrolling worker's). */
  private async clientToEnrol(user: AuthUser, dto: EnrolDto): Promise<{ clientId: string; caseId: string | null }> {
    if (user.role === 'client') {
      if (dto.clientId && dto.clientId !== user.id) {
        throw new BadRequestException({ message: 'Check these fields: clientId', fields: { clientId: ['you can only enrol yourself'] } });
      }
      return { clientId: user.id, caseId: (await this.cases.newestOpenCaseIn(user.id, user.organisationId))?.id ?? null };
    }
    if (!dto.clientId)
      throw new BadRequestException({ message: 'Check these fields: clientId', fields: { clientId: ['choose the client to enrol'] } });
    const ownCase = await this.cases.newestOpenCaseIn(dto.clientId, user.organisationId, user.id);
    if (!ownCase) throw new NotFoundException({ message: 'This client is not in your caseload.', code: 'trainings.client_not_caseload' });
    return { clientId: dto.clientId, caseId: ownCase.id };
  }
}
