import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What one housekeeping run removed, per table. */
export interface RemovedRows {
  loginFailures: number;
  passwordResets: number;
  emailVerifications: number;
  activationCodes: number;
}

/** The SQL that removes identity's rows that have done their work (see ExpiredRowsCleanupJob). */
@Injectable()
export class ExpiredRowsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async removeExpired(failuresBefore: Date, linksExpiredBefore: Date): Promise<RemovedRows> {
    const run = async (sql: string, before: Date): Promise<number> => {
      const [, removed]: [unknown, number] = await this.dataSource.query(sql, [before]);
      return removed;
    };
    return {
      loginFailures: await run(`DELETE FROM login_failure WHERE occurred_at < $1`, failuresBefore),
      passwordResets: await run(`DELETE FROM password_reset WHERE expires_at < $1`, linksExpiredBefore),
      emailVerifications: await run(`DELETE FROM email_verification WHERE expires_at < $1`, linksExpiredBefore),
      activationCodes: await run(`DELETE FROM activation_code WHERE expires_at < $1`, linksExpiredBefore),
    };
  }
}
