import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Appointment, AppointmentChangeKind, OpenAppointmentRequest } from '@nabij/dossier/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import {
  AppConfig,
  AuditService,
  AuthUser,
  clientMail,
  Clock,
  JobsService,
  MailMessage,
  MailService,
  OutboxMailEntity,
  RequestMeta,
} from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';
import { APPOINTMENT_CHANGED, AppointmentChanged } from '@nabij/reminders/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CaseAccessService, isUuid } from '../case-access.service';
import { DossierItemsRepository } from '../dossier-items.repository';
import { appointmentView } from '../dossier-views';
import { AppointmentChangesRepository } from './appointment-changes.repository';

const WORKER_MAIL: Record<AppointmentChangeKind, { subject: string; line: string }> = {
  cancel: { subject: 'Een cliënt heeft een afspraak afgezegd', line: 'Een cliënt heeft een afspraak met jou afgezegd.' },
  move: { subject: 'Een cliënt vraagt een afspraak te verzetten', line: 'Een cliënt vraagt een afspraak met jou te verzetten.' },
};

/**
 * The client cancels an appointment or asks to move it, with a reason; the worker hears of it (a
 * content-free mail and the request on the case) and answers a request to move with a new time.
 * A cancelled appointment keeps status `cancelled` (never `no_show`, so the no-show figures stay
 * right) and registers no time; a moved one stays the same appointment, so the time registered when
 * it is held falls on its new day. Reminders follow through the AppointmentChanged event.
 */
/** The appointment has a new time: that it changed and where to look, nothing about what it is for. */
function movedMail(to: string, language: Language, answered: boolean, link: string): MailMessage {
  const one = (subject: string, asked: string, moved: string, look: string) => ({
    subject,
    lines: [`${answered ? `${asked} ` : ''}${moved} ${look}: ${link}`, ''],
  });
  return clientMail(to, language, {
    nl: one(
      'Je afspraak heeft een nieuwe tijd',
      'Je vroeg om je afspraak te verzetten.',
      'Je afspraak heeft een nieuwe tijd.',
      'Kijk in Nabij',
    ),
    en: one('Your appointment has a new time', 'You asked to move your appointment.', 'Your appointment has a new time.', 'Look in Nabij'),
    ar: one('لموعدك وقت جديد', 'طلبت تغيير وقت موعدك.', 'لموعدك وقت جديد.', 'انظر في Nabij'),
    tr: one(
      'Randevunuzun yeni bir saati var',
      'Randevunuzun değiştirilmesini istediniz.',
      'Randevunuzun yeni bir saati var.',
      "Nabij'e bakın",
    ),
    pl: one('Twoje spotkanie ma nowy termin', 'Poprosiłeś o przełożenie spotkania.', 'Twoje spotkanie ma nowy termin.', 'Zajrzyj do Nabij'),
  });
}

@Injectable()
export class AppointmentChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly changes: AppointmentChangesRepository,
    private readonly items: DossierItemsRepository,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectoryService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  cancel(client: AuthUser, caseId: string, appointmentId: string, reason: string, meta: RequestMeta): Promise<Appointment> {
    return this.clientChange(client, caseId, appointmentId, 'cancel', reason, meta);
  }

  askToMove(client: AuthUser, caseId: string, appointmentId: string, reason: string, meta: RequestMeta): Promise<Appointment> {
    return this.clientChange(client, caseId, appointmentId, 'move', reason, meta);
  }

  /** The worker moves the appointment to `startsAt`, answering the client's open request to move. */
  async move(worker: AuthUser, caseId: string, appointmentId: string, startsAtIso: string, meta: RequestMeta): Promise<Appointment> {
    const startsAt = new Date(startsAtIso);
    const mails: OutboxMailEntity[] = [];
    const result = await this.dataSource.transaction(async (db) => {
      const c = await this.access.openCaseFor(worker, caseId, db);
      const now = this.clock.now();
      const appointment = await this.planned(db, c.id, appointmentId);
      if (startsAt <= now)
        throw new ConflictException({
          message: 'The new time has passed already: choose a time in the future.',
          code: 'dossier.time_passed',
        });
      await this.changes.moveAppointment(db, appointment.id, startsAt, now);
      const answered = await this.changes.answerMove(db, appointment.id, startsAt, worker.id, now);
      await this.changed(db, appointment.id);
      await this.audit.record(
        { actor: worker, action: 'update', resourceType: 'appointment', resourceId: c.id, clientId: c.clientId, ...meta },
        db,
      );
      // The client hears that the time changed, not what it was about.
      // In the client's language, Dutch below (issue 17).
      const target = await this.accounts.mailTargetOf(c.clientId, db);
      if (target)
        mails.push(await this.mail.enqueue(movedMail(target.email, target.language, !!answered, `${this.config.publicUrl}/login`), db));
      return this.view(db, c.id, appointment.id);
    });
    for (const m of mails) await this.mail.deliver(m);
    return result;
  }

  /** The badge in the worker's menu: requests to move waiting for an answer (a number, not logged). */
  async openRequestCount(worker: AuthUser): Promise<number> {
    return this.changes.countOpenMovesOfWorker(this.dataSource.manager, worker.id, worker.organisationId);
  }

  /** The worker's list of requests to move, with the client's name and reason: a logged read per client. */
  async openRequests(worker: AuthUser, meta: RequestMeta): Promise<OpenAppointmentRequest[]> {
    const rows = await this.changes.openMovesOfWorker(this.dataSource.manager, worker.id, worker.organisationId);
    const [names] = await Promise.all([
      this.accounts.namesByIds(rows.map((r) => r.clientId)),
      this.audit.recordList(
        { actor: worker, action: 'read', resourceType: 'appointment_change', ...meta },
        rows.map((r) => ({ clientId: r.clientId, resourceId: r.caseId })),
      ),
    ]);
    return rows.map((r) => ({
      id: r.id,
      caseId: r.caseId,
      appointmentId: r.appointmentId,
      client: { id: r.clientId, name: names.get(r.clientId) ?? null },
      startsAt: new Date(r.startsAt).toISOString(),
      requestedAt: new Date(r.requestedAt).toISOString(),
      reason: r.reason,
    }));
  }

  private async clientChange(
    client: AuthUser,
    caseId: string,
    appointmentId: string,
    kind: AppointmentChangeKind,
    reason: string,
    meta: RequestMeta,
  ): Promise<Appointment> {
    const mails: OutboxMailEntity[] = [];
    const result = await this.dataSource.transaction(async (db) => {
      const c = await this.access.openCaseFor(client, caseId, db);
      const now = this.clock.now();
      const appointment = await this.planned(db, c.id, appointmentId);
      if (appointment.startsAt <= now)
        throw new ConflictException({
          message: 'This appointment has started already: call or message your worker.',
          code: 'dossier.appointment_started',
        });
      if (kind === 'move' && (await this.changes.openMove(db, appointment.id)))
        throw new ConflictException({
          message: 'You already asked to move this appointment; your worker will answer with a new time.',
          code: 'dossier.move_already_asked',
        });
      await this.changes.insert(db, {
        appointmentId: appointment.id,
        caseId: c.id,
        kind,
        reason,
        previousStartsAt: appointment.startsAt,
        by: client.id,
        at: now,
      });
      if (kind === 'cancel') {
        await this.changes.cancelAppointment(db, appointment.id, now);
        await this.changed(db, appointment.id);
      }
      await this.audit.record(
        { actor: client, action: 'update', resourceType: 'appointment_change', resourceId: c.id, clientId: c.clientId, ...meta },
        db,
      );
      const email = c.assignedWorkerId ? await this.accounts.emailOf(c.assignedWorkerId, db) : null;
      if (email) {
        const text = WORKER_MAIL[kind];
        mails.push(
          await this.mail.enqueue(
            { to: email, subject: text.subject, text: `${text.line} Kijk in Nabij: ${this.config.publicUrl}/caseload/${c.id}\n` },
            db,
          ),
        );
      }
      return this.view(db, c.id, appointment.id);
    });
    for (const m of mails) await this.mail.deliver(m);
    return result;
  }

  /** The planned appointment of the case, locked; 404 when not on the case, 409 when no longer planned. */
  private async planned(db: EntityManager, caseId: string, appointmentId: string) {
    const appointment = isUuid(appointmentId) ? await this.changes.lockAppointment(db, caseId, appointmentId) : null;
    if (!appointment)
      throw new NotFoundException({ message: 'This appointment does not exist in this case.', code: 'dossier.appointment_not_exist' });
    if (appointment.status !== 'planned')
      throw new ConflictException({
        message: 'This appointment is no longer planned: it was held, missed or cancelled.',
        code: 'dossier.appointment_not_planned',
      });
    return appointment;
  }

  private async changed(db: EntityManager, appointmentId: string): Promise<void> {
    await this.jobs.send<AppointmentChanged>(APPOINTMENT_CHANGED, { appointmentId }, { manager: db });
  }

  private async view(db: EntityManager, caseId: string, appointmentId: string): Promise<Appointment> {
    const saved = await this.items.findAppointment(db, caseId, appointmentId);
    return { ...appointmentView(saved!), change: await this.changes.latest(db, appointmentId) };
  }
}
