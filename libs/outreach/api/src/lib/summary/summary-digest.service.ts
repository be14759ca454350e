import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, Clock, MailService, OutboxMailEntity } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { weeklyDigestMail } from './summary-digest';
import { SummaryRepository } from './summary.repository';

const ZONE = 'Europe/Amsterdam';

export interface DigestResult {
  weekStart: string;
  organisations: number;
  mails: number;
}

/**
 * The weekly e-mail digest (issue 15): on Monday morning every team lead of an organisation that
 * made calls in the past week gets a mail with a link to that week's overview, and nothing else.
 * An organisation is marked done for the week in the same transaction as its mails are stored, so
 * a second run (a retry, another instance) sends nothing again.
 */
@Injectable()
export class SummaryDigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SummaryRepository,
    private readonly accounts: AccountDirectoryService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Mails the digest of the week before the current one (Europe/Amsterdam). */
  async sendLastWeek(): Promise<DigestResult> {
    const start = DateTime.fromJSDate(this.clock.now(), { zone: ZONE }).startOf('week').minus({ weeks: 1 });
    const end = start.plus({ weeks: 1 });
    const weekStart = start.toISODate()!;
    const weekEnd = end.minus({ days: 1 }).toISODate()!;
    const organisations = await this.repository.organisationsWithCalls(start.toJSDate(), end.toJSDate());
    const result: DigestResult = { weekStart, organisations: 0, mails: 0 };
    for (const organisationId of organisations) {
      const mails: OutboxMailEntity[] = await this.dataSource.transaction(async (db) => {
        const leads = (await this.accounts.accountsOf(organisationId, ['team_lead'], { manager: db })).filter((a) => !a.deactivated);
        const addresses = await this.accounts.emailsOf(
          leads.map((l) => l.id),
          db,
        );
        if (!(await this.repository.markDigestSent(organisationId, weekStart, addresses.length, this.clock.now(), db))) return [];
        const stored: OutboxMailEntity[] = [];
        for (const to of addresses)
          stored.push(await this.mail.enqueue(weeklyDigestMail(to, weekStart, weekEnd, this.config.publicUrl), db));
        return stored;
      });
      if (mails.length) result.organisations++;
      result.mails += mails.length;
      for (const m of mails) await this.mail.deliver(m);
    }
    return result;
  }
}
