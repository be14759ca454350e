import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Appointment, ClientAction, ConversationReport, Goal, ReportReaction } from '@nabij/dossier/contracts';
import { MAX_GOALS_PER_CASE } from '@nabij/dossier/contracts';
import { AuditService, AuthUser, Clock, JobsService, RequestMeta } from '@nabij/platform/api';
import { APPOINTMENT_CHANGED, AppointmentChanged } from '@nabij/reminders/contracts';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AppointmentChangesRepository } from './appointments/appointment-changes.repository';
import { CaseAccessService, isUuid } from './case-access.service';
import { DossierItemsRepository } from './dossier-items.repository';
import { DossierNamesService } from './dossier-names.service';
import { actionView, appointmentView, goalView } from './dossier-views';
import {
  AppointmentDto,
  ClientActionDto,
  GoalDto,
  ReactionDto,
  ReportDto,
  UpdateAppointmentDto,
  UpdateGoalDto,
  UpdateReportDto,
} from './dto/dossier-items.dto';

const notFound = (what: string) =>
  new NotFoundException({ message: `This ${what} does not exist in this case.`, code: 'dossier.item_not_found' });

/** What client and worker write into an open case: goals, reports, reactions, appointments, actions. */
@Injectable()
export class DossierItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly items: DossierItemsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly names: DossierNamesService,
    private readonly changes: AppointmentChangesRepository,
  ) {}

  // Goals: client and worker set them together, at most three.

  addGoal(user: AuthUser, caseId: string, dto: GoalDto, meta: RequestMeta): Promise<Goal> {
    return this.inOpenCase(user, caseId, meta, 'goal', async (db, c) => {
      // Lock the case row so two people adding a goal at once cannot both take position 3.
      await this.items.lockCase(db, c.id);
      const taken = (await this.items.goals(db, c.id)).map((g) => g.position);
      const position = [1, 2, 3].find((p) => !taken.includes(p));
      if (!position || taken.length >= MAX_GOALS_PER_CASE)
        throw new ConflictException({
          message: `A case has at most ${MAX_GOALS_PER_CASE} goals; change or remove one first.`,
          code: 'dossier.too_many_goals',
        });
      const now = this.clock.now();
      const goal = await this.items.saveGoal(db, {
        caseId: c.id,
        position,
        text: dto.text,
        achieved: dto.achieved ?? false,
        createdBy: user.id,
        updatedBy: user.id,
        createdAt: now,
        updatedAt: now,
      });
      return goalView(goal);
    });
  }

  updateGoal(user: AuthUser, caseId: string, goalId: string, dto: UpdateGoalDto, meta: RequestMeta): Promise<Goal> {
    return this.inOpenCase(user, caseId, meta, 'goal', async (db, c) => {
      const goal = isUuid(goalId) ? await this.items.findGoal(db, c.id, goalId) : null;
      if (!goal) throw notFound('goal');
      Object.assign(goal, {
        ...(dto.text !== undefined && { text: dto.text }),
        ...(dto.achieved !== undefined && { achieved: dto.achieved }),
        updatedBy: user.id,
        updatedAt: this.clock.now(),
      });
      return goalView(await this.items.saveGoal(db, goal));
    });
  }

  removeGoal(user: AuthUser, caseId: string, goalId: string, meta: RequestMeta): Promise<void> {
    return this.inOpenCase(
      user,
      caseId,
      meta,
      'goal',
      async (db, c) => {
        const removed = isUuid(goalId) ? await this.items.deleteGoal(db, c.id, goalId) : false;
        if (!removed) throw notFound('goal');
      },
      'delete',
    );
  }

  // Conversation reports: written by the worker; the client sees them once published.

  addReport(worker: AuthUser, caseId: string, dto: ReportDto, meta: RequestMeta): Promise<ConversationReport> {
    return this.inOpenCase(worker, caseId, meta, 'conversation_report', async (db, c) => {
      const now = this.clock.now();
      const saved = await this.items.saveReport(db, {
        caseId: c.id,
        authorId: worker.id,
        heldOn: dto.heldOn,
        summary: dto.summary,
        tips: dto.tips ?? '',
        publishedAt: dto.publish ? now : null,
        createdAt: now,
        updatedAt: now,
      });
      return this.report(db, c.id, saved.id);
    });
  }

  updateReport(worker: AuthUser, caseId: string, reportId: string, dto: UpdateReportDto, meta: RequestMeta): Promise<ConversationReport> {
    return this.inOpenCase(worker, caseId, meta, 'conversation_report', async (db, c) => {
      const report = isUuid(reportId) ? await this.items.findReport(db, c.id, reportId) : null;
      if (!report) throw notFound('report');
      // The client may already have read (and reacted to) a published report, so it stays as it was.
      if (report.publishedAt)
        throw new ConflictException({
          message: 'This report is published and can no longer be changed; write a new one.',
          code: 'dossier.report_published_no',
        });
      const now = this.clock.now();
      await this.items.updateReport(db, report.id, {
        ...(dto.heldOn !== undefined && { heldOn: dto.heldOn }),
        ...(dto.summary !== undefined && { summary: dto.summary }),
        ...(dto.tips !== undefined && { tips: dto.tips }),
        ...(dto.publish && { publishedAt: now }),
        updatedAt: now,
      });
      return this.report(db, c.id, report.id);
    });
  }

  publishReport(worker: AuthUser, caseId: string, reportId: string, meta: RequestMeta): Promise<ConversationReport> {
    return this.updateReport(worker, caseId, reportId, { publish: true }, meta);
  }

  /** The client reacts to a published report; drafts do not exist for the client (404). */
  addReaction(client: AuthUser, caseId: string, reportId: string, dto: ReactionDto, meta: RequestMeta): Promise<ReportReaction> {
    return this.inOpenCase(client, caseId, meta, 'report_reaction', async (db, c) => {
      const report = isUuid(reportId) ? await this.items.findReport(db, c.id, reportId) : null;
      if (!report?.publishedAt) throw notFound('report');
      const saved = await this.items.saveReaction(db, {
        reportId: report.id,
        authorId: client.id,
        text: dto.text,
        createdAt: this.clock.now(),
      });
      return { id: saved.id, text: saved.text, createdAt: saved.createdAt.toISOString() };
    });
  }

  // Appointments

  addAppointment(worker: AuthUser, caseId: string, dto: AppointmentDto, meta: RequestMeta): Promise<Appointment> {
    return this.inOpenCase(worker, caseId, meta, 'appointment', async (db, c) => {
      const now = this.clock.now();
      const saved = await this.items.saveAppointment(db, {
        caseId: c.id,
        kind: dto.kind,
        startsAt: new Date(dto.startsAt),
        durationMinutes: dto.durationMinutes,
        location: dto.location ?? null,
        note: dto.note ?? null,
        status: 'planned',
        createdBy: worker.id,
        createdAt: now,
        updatedAt: now,
      });
      await this.jobs.send<AppointmentChanged>(APPOINTMENT_CHANGED, { appointmentId: saved.id }, { manager: db });
      return appointmentView(saved);
    });
  }

  updateAppointment(
    worker: AuthUser,
    caseId: string,
    appointmentId: string,
    dto: UpdateAppointmentDto,
    meta: RequestMeta,
  ): Promise<Appointment> {
    return this.inOpenCase(worker, caseId, meta, 'appointment', async (db, c) => {
      const appointment = isUuid(appointmentId) ? await this.items.findAppointment(db, c.id, appointmentId) : null;
      if (!appointment) throw notFound('appointment');
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : appointment.startsAt;
      const moved = startsAt.getTime() !== appointment.startsAt.getTime();
      if ((dto.status === 'no_show' || dto.status === 'attended') && startsAt > this.clock.now()) {
        throw new ConflictException({
          message: 'An appointment can only be marked as attended or no-show once it has started.',
          code: 'dossier.appointment_marked_attended',
        });
      }
      Object.assign(appointment, {
        ...(dto.kind !== undefined && { kind: dto.kind }),
        ...(dto.durationMinutes !== undefined && { durationMinutes: dto.durationMinutes }),
        ...(dto.location !== undefined && { location: dto.location }),
        ...(dto.note !== undefined && { note: dto.note }),
        ...(dto.status !== undefined && { status: dto.status }),
        startsAt,
        updatedAt: this.clock.now(),
      });
      const saved = await this.items.saveAppointment(db, appointment);
      // A new time answers the client's open request to move; reminders follow every change.
      if (moved) await this.changes.answerMove(db, saved.id, startsAt, worker.id, this.clock.now());
      await this.jobs.send<AppointmentChanged>(APPOINTMENT_CHANGED, { appointmentId: saved.id }, { manager: db });
      // A held appointment is a contact: prefill its time once (marking it again registers nothing new).
      if (dto.status === 'attended') {
        const contact: ContactOccurred = {
          source: 'appointment',
          sourceId: saved.id,
          workerId: worker.id,
          caseId: c.id,
          contactType: saved.kind,
          occurredOn: dutchDate(saved.startsAt),
        };
        await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
      }
      return appointmentView(saved);
    });
  }

  // Actions the client sets for the worker ("bel mij", "ik heb een brief nodig voor…")

  addAction(client: AuthUser, caseId: string, dto: ClientActionDto, meta: RequestMeta): Promise<ClientAction> {
    return this.inOpenCase(client, caseId, meta, 'client_action', async (db, c) => {
      const saved = await this.items.saveAction(db, {
        caseId: c.id,
        kind: dto.kind,
        text: dto.text ?? null,
        createdBy: client.id,
        createdAt: this.clock.now(),
        doneAt: null,
        doneBy: null,
      });
      return actionView(saved);
    });
  }

  completeAction(worker: AuthUser, caseId: string, actionId: string, meta: RequestMeta): Promise<ClientAction> {
    return this.inOpenCase(worker, caseId, meta, 'client_action', async (db, c) => {
      const action = isUuid(actionId) ? await this.items.findAction(db, c.id, actionId) : null;
      if (!action) throw notFound('action');
      if (!action.doneAt) Object.assign(action, { doneAt: this.clock.now(), doneBy: worker.id });
      return actionView(await this.items.saveAction(db, action));
    });
  }

  private async report(db: EntityManager, caseId: string, reportId: string): Promise<ConversationReport> {
    const [report] = await this.names.reports((await this.items.reports(db, caseId, false)).filter((r) => r.id === reportId));
    return report;
  }

  /** Runs a change in one transaction on an open case the caller may access, with an audit entry. */
  private inOpenCase<T>(
    user: AuthUser,
    caseId: string,
    meta: RequestMeta,
    resourceType: string,
    work: (db: EntityManager, c: { id: string; clientId: string }) => Promise<T>,
    action: 'create' | 'update' | 'delete' = 'update',
  ): Promise<T> {
    return this.dataSource.transaction(async (db) => {
      const c = await this.access.openCaseFor(user, caseId, db);
      const result = await work(db, c);
      await this.audit.record({ actor: user, action, resourceType, resourceId: c.id, clientId: c.clientId, ...meta }, db);
      return result;
    });
  }
}
