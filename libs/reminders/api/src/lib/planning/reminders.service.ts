import { Injectable } from '@nestjs/common';
import { AppointmentLookupService, AppointmentWithCase } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, clientMail, clientSms, Clock, JobsService, MailService, OutboxMailEntity, SmsService } from '@nabij/platform/api';
import { amsterdamCalendarDate } from '@nabij/platform/contracts';
import { REMINDER_SLOTS, ReminderSlot, reminderMailTexts, reminderSmsTexts } from '@nabij/reminders/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ReminderSettingsRepository } from '../settings/reminder-settings.repository';
import { RemindersRepository } from './reminders.repository';

/** The pg-boss queue with one job per reminder, due at the reminder's time (data: `{ reminderId }`). */
export const REMINDER_SEND_JOB = 'reminders.send';

/** A reminder still makes sense: the appointment is planned on an open case the client sees online. */
const remindable = (a: AppointmentWithCase | null): a is AppointmentWithCase =>
  !!a && a.status === 'planned' && !a.caseClosed && a.usesOnlineDossier;

/**
 * Reminders 24 hours and 2 hours before each appointment, by e-mail and (opted in) SMS, only the
 * day and time. Each reminder is a row (appointment, slot, start) and a pg-boss job due at its time
 * (singleton key: the row's id). A change of the appointment re-plans: rows of another start or of a
 * cancelled appointment are cancelled with their jobs, new rows get new jobs. Sending locks the row
 * and marks it sent in the same transaction that stores the mail and SMS in their outboxes, so a
 * reminder goes out exactly once, however often its job or the sweep run.
 */
@Injectable()
export class RemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reminders: RemindersRepository,
    private readonly settings: ReminderSettingsRepository,
    private readonly appointments: AppointmentLookupService,
    private readonly directory: AccountDirectoryService,
    private readonly mail: MailService,
    private readonly sms: SmsService,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** (Re)plans the appointment's reminders after any change to it. */
  async planFor(appointmentId: string): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      await this.reminders.lockAppointment(db, appointmentId);
      const appointment = await this.appointments.forLink(appointmentId);
      const active = remindable(appointment) && (await this.switchedOn(appointment.organisationId, db));
      const startsAt = active ? new Date(appointment.startsAt) : null;
      const stale = await this.reminders.cancelScheduled(db, appointmentId, startsAt);
      await this.jobs.cancel(REMINDER_SEND_JOB, stale, { manager: db });
      if (!startsAt) return;
      const now = this.clock.now();
      for (const slot of Object.keys(REMINDER_SLOTS) as ReminderSlot[]) {
        const dueAt = new Date(startsAt.getTime() - REMINDER_SLOTS[slot] * 60_000);
        // Planned later than the reminder's time (e.g. tomorrow morning's appointment made today): no 24-hour reminder.
        if (dueAt <= now) continue;
        const id = await this.reminders.insert(db, { appointmentId, slot, startsAt, dueAt, now });
        if (!id) continue;
        const jobId = await this.jobs.send(REMINDER_SEND_JOB, { reminderId: id }, { manager: db, singletonKey: id, startAfter: dueAt });
        await this.reminders.setJob(db, id, jobId);
      }
    });
  }

  /** Sends the reminder when its time has come and it still fits the appointment; true when sent now. */
  async sendIfDue(reminderId: string): Promise<boolean> {
    const mails: OutboxMailEntity[] = [];
    const sent = await this.dataSource.transaction(async (db) => {
      const row = await this.reminders.lock(db, reminderId);
      const now = this.clock.now();
      if (!row || row.state !== 'scheduled' || new Date(row.due_at) > now) return false;
      const startsAt = new Date(row.starts_at);
      const appointment = await this.appointments.forLink(row.appointment_id);
      const fits =
        remindable(appointment) &&
        new Date(appointment.startsAt).getTime() === startsAt.getTime() &&
        startsAt > now &&
        (await this.switchedOn(appointment.organisationId, db));
      if (!fits) {
        await this.reminders.markCancelled(db, row.id);
        return false;
      }
      // The client's language (issue 17): the mail in it with Dutch below, the SMS in it only.
      const client = await this.directory.byId(appointment.clientId, db);
      const language = client?.language ?? 'nl';
      const target = await this.directory.mailTargetOf(appointment.clientId, db);
      // Two hours before a video call the video domain already mails its notice (with the link to
      // join): a second mail at the same moment would be noise. The SMS still goes.
      const videoNoticeMailed = row.slot === '2h' && appointment.kind === 'video';
      if (target && !videoNoticeMailed)
        mails.push(
          await this.mail.enqueue(clientMail(target.email, language, reminderMailTexts(startsAt, now, this.config.publicUrl)), db),
        );
      const contact = await this.settings.contact(appointment.clientId, db);
      if (contact.smsOptIn && contact.mobile)
        await this.sms.enqueue({ to: contact.mobile, text: clientSms(language, reminderSmsTexts(startsAt, now)) }, db);
      await this.reminders.markSent(db, row.id, now);
      return true;
    });
    for (const m of mails) await this.mail.deliver(m);
    return sent;
  }

  /** The backstop behind the jobs: every scheduled reminder whose time has come. Returns how many went out. */
  async sendDue(): Promise<number> {
    let sent = 0;
    for (const id of await this.reminders.dueIds(this.clock.now())) if (await this.sendIfDue(id)) sent++;
    return sent;
  }

  /** Reminders are on in the organisation since a day that has come (Amsterdam). */
  private async switchedOn(organisationId: string, db: EntityManager): Promise<boolean> {
    const since = await this.settings.enabledSince(organisationId, db);
    return !!since && since <= amsterdamCalendarDate(this.clock.now());
  }
}
