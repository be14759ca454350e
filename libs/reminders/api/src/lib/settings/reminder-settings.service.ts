import { BadRequestException, Injectable } from '@nestjs/common';
import { AppointmentLookupService } from '@nabij/dossier/api';
import { AuditService, AuthUser, Clock, JobsService, RequestMeta } from '@nabij/platform/api';
import { amsterdamCalendarDate } from '@nabij/platform/contracts';
import {
  APPOINTMENT_CHANGED,
  AppointmentChanged,
  normaliseMobile,
  NoShowMonth,
  NoShowReport,
  ReminderContact,
  ReminderSetting,
} from '@nabij/reminders/contracts';
import { DataSource } from 'typeorm';
import { ReminderContactDto, ReminderSettingDto } from '../dto/reminders.dto';
import { ReminderSettingsRepository } from './reminder-settings.repository';

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : null);
const totals = (months: NoShowMonth[]) => {
  const attended = months.reduce((n, m) => n + m.attended, 0);
  const noShow = months.reduce((n, m) => n + m.noShow, 0);
  return { attended, noShow, noShowPercent: percent(noShow, attended + noShow) };
};

/** A 400 naming the field, in the shape the validation pipe gives. */
const badField = (field: string, message: string) =>
  new BadRequestException({
    message: `Check these fields: ${field}`,
    fields: { [field]: [message] },
    fieldCodes: { [field]: `${field}.invalid` },
  });

/** The organisation's switch, the client's mobile number and opt-in, and the no-show figures. */
@Injectable()
export class ReminderSettingsService {
  constructor(
    private readonly settings: ReminderSettingsRepository,
    private readonly appointments: AppointmentLookupService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async setting(user: AuthUser): Promise<ReminderSetting> {
    return { enabledSince: await this.settings.enabledSince(user.organisationId!) };
  }

  /** Switching on (or off) re-plans every planned appointment of the organisation, as durable jobs. */
  async setSetting(admin: AuthUser, dto: ReminderSettingDto, meta: RequestMeta): Promise<ReminderSetting> {
    const organisationId = admin.organisationId!;
    const planned = await this.appointments.plannedIdsOf(organisationId, this.clock.now());
    // The switch and the re-planning of every planned appointment commit together, or not at all.
    await this.dataSource.transaction(async (db) => {
      await this.settings.setEnabledSince(organisationId, dto.enabledSince, admin.id, this.clock.now(), db);
      await this.audit.record(
        { actor: admin, action: 'update', resourceType: 'reminder_setting', resourceId: organisationId, ...meta },
        db,
      );
      for (const appointmentId of planned)
        await this.jobs.send<AppointmentChanged>(APPOINTMENT_CHANGED, { appointmentId }, { manager: db });
    });
    return { enabledSince: dto.enabledSince };
  }

  contact(client: AuthUser): Promise<ReminderContact> {
    return this.settings.contact(client.id);
  }

  async setContact(client: AuthUser, dto: ReminderContactDto): Promise<ReminderContact> {
    const typed = dto.mobile?.trim() ? dto.mobile : null;
    const mobile = typed === null ? null : normaliseMobile(typed);
    if (typed !== null && !mobile) throw badField('mobile', 'mobile must be a Dutch mobile number, like 06 12345678');
    if (dto.smsOptIn && !mobile) throw badField('smsOptIn', 'smsOptIn needs a mobile number');
    await this.settings.saveContact(client.id, mobile, dto.smsOptIn, this.clock.now());
    return { mobile, smsOptIn: dto.smsOptIn };
  }

  /** Counts per month (no client, no content): the months from the day reminders were switched on count as "after". */
  async noShowReport(lead: AuthUser, months = 12): Promise<NoShowReport> {
    const organisationId = lead.organisationId!;
    const enabledSince = await this.settings.enabledSince(organisationId);
    const [year, month] = amsterdamCalendarDate(this.clock.now()).split('-').map(Number);
    const monthKeys = Array.from({ length: months }, (_, i) => {
      const d = new Date(Date.UTC(year, month - 1 - (months - 1 - i), 1));
      return d.toISOString().slice(0, 7);
    });
    // Month boundaries in UTC, one day wider on each side; the query groups by the Amsterdam month and we keep ours.
    const from = new Date(`${monthKeys[0]}-01T00:00:00Z`);
    from.setUTCDate(from.getUTCDate() - 1);
    const until = new Date(Date.UTC(year, month, 2));
    const found = new Map((await this.appointments.outcomesPerMonth(organisationId, from, until)).map((r) => [r.month, r]));
    const onFrom = enabledSince?.slice(0, 7) ?? null;
    const rows: NoShowMonth[] = monthKeys.map((key) => {
      const r = found.get(key) ?? { attended: 0, noShow: 0 };
      return {
        month: key,
        attended: r.attended,
        noShow: r.noShow,
        noShowPercent: percent(r.noShow, r.attended + r.noShow),
        remindersOn: onFrom !== null && key >= onFrom,
      };
    });
    return {
      enabledSince,
      months: rows,
      before: totals(rows.filter((m) => !m.remindersOn)),
      after: totals(rows.filter((m) => m.remindersOn)),
    };
  }
}
