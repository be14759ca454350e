import { ForbiddenException, Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import {
  ContactDefaults,
  DEFAULT_CONTACT_MINUTES,
  ORGANISATION_DEFAULT_TYPES,
  REPORT_LINE_TYPES,
  ReportLineDefaults,
} from '@nabij/time/contracts';
import { DataSource } from 'typeorm';
import { ConversationLimitRepository } from './conversation-limit.repository';
import { ContactDefaultsDto } from './dto/contact-defaults.dto';
import { ReportLineDefaultsDto } from './dto/conversation-limit.dto';
import { TimeEntriesRepository } from './time-entries.repository';

/** The built-in defaults, for organisations that never changed theirs. */
export const BUILT_IN_DEFAULTS = Object.fromEntries(
  ORGANISATION_DEFAULT_TYPES.map((t) => [t, DEFAULT_CONTACT_MINUTES[t]!]),
) as ContactDefaults;

/** Default minutes of prefilled contacts, per organisation (TimePrefillService reads the same table). */
@Injectable()
export class ContactDefaultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TimeEntriesRepository,
    private readonly reportLineRepository: ConversationLimitRepository,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser): Promise<ContactDefaults> {
    const organisationId = this.organisationOf(user);
    const rows = await this.repository.contactDefaults(organisationId, ORGANISATION_DEFAULT_TYPES);
    return { ...BUILT_IN_DEFAULTS, ...Object.fromEntries(rows.map((r) => [r.contact_type, r.minutes])) };
  }

  async update(user: AuthUser, change: ContactDefaultsDto): Promise<ContactDefaults> {
    const organisationId = this.organisationOf(user);
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      for (const type of ORGANISATION_DEFAULT_TYPES) {
        const minutes = change[type];
        if (minutes === undefined) continue;
        await this.repository.upsertContactDefault(organisationId, type, minutes, now, user.id, db);
      }
    });
    return this.get(user);
  }

  async reportLines(user: AuthUser): Promise<ReportLineDefaults> {
    const rows = await this.reportLineRepository.reportLineDefaults(this.organisationOf(user));
    const set = new Map(rows.map((r) => [r.contact_type, r.minutes]));
    return Object.fromEntries(REPORT_LINE_TYPES.map((t) => [t, set.get(t) ?? null])) as ReportLineDefaults;
  }

  async setReportLines(user: AuthUser, change: ReportLineDefaultsDto): Promise<ReportLineDefaults> {
    const organisationId = this.organisationOf(user);
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      for (const type of REPORT_LINE_TYPES) {
        const minutes = change[type];
        if (minutes !== undefined) await this.reportLineRepository.setReportLineDefault(organisationId, type, minutes, now, user.id, db);
      }
    });
    return this.reportLines(user);
  }

  private organisationOf(user: AuthUser): string {
    if (!user.organisationId)
      throw new ForbiddenException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
    return user.organisationId;
  }
}
