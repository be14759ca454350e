import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import type { EnrolmentView, ProgressView } from '@nabij/trainings/contracts';
import { DataSource } from 'typeorm';
import { EnrolDto, ReminderSettingsDto } from './dto/training.dto';
import { TrainingEntity } from './entities/training-content.entities';
import { EnrolmentEntity } from './entities/participation.entities';
import { ParticipantAccessService } from './participant-access.service';
import { ProgressService, toEnrolmentView } from './progress.service';

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ParticipantAccessService,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
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
      const training = await manager
        .getRepository(TrainingEntity)
        .findOneBy({ id: trainingId, organisationId: user.organisationId ?? '', published: true });
      if (!training) throw new NotFoundException('This training does not exist.');
      const repo = manager.getRepository(EnrolmentEntity);
      if (await repo.findOneBy({ trainingId, clientId })) throw new ConflictException('This client already takes part in this training.');
      const now = this.clock.now();
      const enrolment = await repo.save(
        repo.create({
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
        }),
      );
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
    const rows = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .innerJoinAndMapOne('e.training', TrainingEntity, 't', 't.id = e.training_id')
      .where('e.client_id = :id', { id: user.id })
      .orderBy('e.started_at', 'DESC')
      .getMany();
    return rows.map((e) => toEnrolmentView(e, (e as EnrolmentEntity & { training: TrainingEntity }).training));
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
    await this.dataSource.getRepository(EnrolmentEntity).update(enrolment.id, {
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
      const [openCase] = await this.dataSource.query(
        `SELECT id FROM care_case WHERE client_id = $1 AND organisation_id = $2 AND closed_on IS NULL ORDER BY opened_on DESC, created_at DESC LIMIT 1`,
        [user.id, user.organisationId],
      );
      return { clientId: user.id, caseId: openCase?.id ?? null };
    }
    if (!dto.clientId)
      throw new BadRequestException({ message: 'Check these fields: clientId', fields: { clientId: ['choose the client to enrol'] } });
    const [ownCase] = await this.dataSource.query(
      `SELECT id FROM care_case WHERE client_id = $1 AND assigned_worker_id = $2 AND closed_on IS NULL AND organisation_id = $3 ORDER BY opened_on DESC, created_at DESC LIMIT 1`,
      [dto.clientId, user.id, user.organisationId],
    );
    if (!ownCase) throw new NotFoundException('This client is not in your caseload.');
    return { clientId: dto.clientId, caseId: ownCase.id };
  }
}
