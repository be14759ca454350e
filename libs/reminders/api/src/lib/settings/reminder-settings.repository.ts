import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** SQL of reminder_setting (per organisation) and reminder_contact (per client). */
@Injectable()
export class ReminderSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The day reminders were switched on (YYYY-MM-DD), or null when off. */
  async enabledSince(organisationId: string, db: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row]: Array<{ since: string | null }> = await db.query(
      `SELECT to_char(enabled_since, 'YYYY-MM-DD') AS since FROM reminder_setting WHERE organisation_id = $1`,
      [organisationId],
    );
    return row?.since ?? null;
  }

  async setEnabledSince(
    organisationId: string,
    since: string | null,
    by: string,
    at: Date,
    db: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await db.query(
      `INSERT INTO reminder_setting (organisation_id, enabled_since, updated_by, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id) DO UPDATE SET enabled_since = $2, updated_by = $3, updated_at = $4`,
      [organisationId, since, by, at],
    );
  }

  async contact(accountId: string, db: EntityManager = this.dataSource.manager): Promise<{ mobile: string | null; smsOptIn: boolean }> {
    const [row]: Array<{ mobile: string | null; sms_opt_in: boolean }> = await db.query(
      `SELECT mobile, sms_opt_in FROM reminder_contact WHERE account_id = $1`,
      [accountId],
    );
    return { mobile: row?.mobile ?? null, smsOptIn: row?.sms_opt_in ?? false };
  }

  /** The accounts among these that gave a mobile number, with that number. */
  async mobiles(accountIds: string[]): Promise<Map<string, string>> {
    const rows: Array<{ account_id: string; mobile: string }> = await this.dataSource.query(
      `SELECT account_id, mobile FROM reminder_contact WHERE account_id = ANY($1::uuid[]) AND mobile IS NOT NULL`,
      [accountIds],
    );
    return new Map(rows.map((r) => [r.account_id, r.mobile]));
  }

  async saveContact(accountId: string, mobile: string | null, smsOptIn: boolean, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO reminder_contact (account_id, mobile, sms_opt_in, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id) DO UPDATE SET mobile = $2, sms_opt_in = $3, updated_at = $4`,
      [accountId, mobile, smsOptIn, at],
    );
  }
}
