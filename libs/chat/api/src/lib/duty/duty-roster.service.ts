import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { EntityManager } from 'typeorm';
import { DutyRosterRepository } from './duty-roster.repository';

/** Workers the roster puts on duty on the Amsterdam day of a moment. */
export interface DutyToday {
  /** On duty at that moment. */
  now: string[];
  /** On duty some time that day (including `now`). */
  today: string[];
}

/**
 * The duty roster (bureaudienst, table `chat_duty`): who staffs chat, and who answers what no
 * assigned worker can (messages escalates to them). Chat owns the table; others ask this service.
 */
@Injectable()
export class DutyRosterService {
  constructor(
    private readonly repository: DutyRosterRepository,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /**
   * Workers (accounts with the worker role) on the organisation's roster at `at`, every week on
   * that weekday or once on that date. `db`: read inside the caller's transaction.
   */
  async onDutyToday(organisationId: string, at: Date, db?: EntityManager): Promise<DutyToday> {
    const lines = await this.repository.onDutyRows(organisationId, at, db);
    // Only accounts that are workers now (identity's directory) answer for the roster.
    const accounts = await this.accounts.byIds(
      lines.map((r) => r.id),
      db,
    );
    const rows = lines.filter((r) => accounts.get(r.id)?.role === 'worker');
    return {
      now: [...new Set(rows.filter((r) => r.now_on_duty).map((r) => r.id))],
      today: [...new Set(rows.map((r) => r.id))],
    };
  }

  /**
   * Takes a worker off the roster from the Amsterdam day of `at` on (chat duty turned off, or the
   * account deactivated), so nobody counts on them and the rota warns about the openings they leave.
   * Returns how many lines went. Inside the caller's transaction.
   */
  removeFromRoster(organisationId: string, workerId: string, at: Date, db: EntityManager): Promise<number> {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
    return this.repository.deleteLinesOfWorkerFrom(db, organisationId, workerId, today);
  }
}
