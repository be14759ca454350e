import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErasureOutcome,
  ErasureScope,
  PersonalDataEraser,
  PersonalDataEraserRegistry,
  PersonalDataRegistry,
  PersonalDataSource,
  SmsService,
} from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The client's reminder choices in "download my data" (section `reminders`) and in an erasure
 * (ERASURE_RULES kind `reminders`): the mobile number with the SMS choice, and our copies of the SMS
 * sent to it. They hang on the client, not on a case: only an erasure of the whole client takes them.
 */
@Injectable()
export class RemindersPersonalDataRepository implements PersonalDataSource, PersonalDataEraser, OnModuleInit {
  readonly section = 'reminders';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sources: PersonalDataRegistry,
    private readonly erasers: PersonalDataEraserRegistry,
    private readonly sms: SmsService,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
    this.erasers.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const [row] = await this.db.query(`SELECT mobile, sms_opt_in FROM reminder_contact WHERE account_id = $1`, [clientId]);
    return { mobile: row?.mobile ?? null, smsReminders: row?.sms_opt_in ?? false };
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    if (scope.cases !== 'all') return { reminders: 0 };
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM reminder_contact WHERE account_id = $1 AND (mobile IS NOT NULL OR sms_opt_in)`,
      [scope.clientId],
    );
    return { reminders: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    if (scope.cases !== 'all') return { counts: { reminders: 0 } };
    const [rows]: [Array<{ mobile: string | null }>, number] = await manager.query(
      `DELETE FROM reminder_contact WHERE account_id = $1 RETURNING mobile`,
      [scope.clientId],
    );
    const mobile = rows[0]?.mobile;
    if (mobile) await this.sms.forgetNumber(mobile, manager);
    return { counts: { reminders: rows.length } };
  }
}
