import type { AuthUser } from '@nabij/platform/api';
import type { TestApp } from '@nabij/platform/testing';
import type { ContactType, TimeEntry } from '@nabij/time/contracts';
import { randomUUID } from 'node:crypto';
import { TimeEntriesService } from '../time-entries.service';
import { TimePrefillService } from '../time-prefill.service';

export interface RegisterTimeOptions {
  /** A case assigned to the worker; left out for non-client time. */
  caseId?: string | null;
  contactType: ContactType;
  minutes: number;
  /** YYYY-MM-DD, a past day too: the entry is registered on that day (see registerTime). */
  occurredOn: string;
  /** Prefilled from a sent message and not confirmed yet, instead of registered by hand. */
  toConfirm?: boolean;
  /** Registered, then deleted by the worker (reports leave it out). */
  deleted?: boolean;
}

/**
 * A time entry of the worker through time's own services: registered by hand as POST /api/time/entries
 * does, or prefilled as the ContactOccurred handler does (`toConfirm`), and deleted by the worker
 * (`deleted`). The test clock stands at noon of `occurredOn` meanwhile, as if the worker did it that day
 * (no entry for a future day, and an entry is locked after 14 days), and is put back after.
 */
export async function registerTime(t: TestApp, worker: AuthUser, options: RegisterTimeOptions): Promise<TimeEntry> {
  const { caseId = null, contactType, minutes, occurredOn } = options;
  const before = t.clock.now();
  t.clock.set(`${occurredOn}T11:00:00Z`);
  try {
    if (options.toConfirm) {
      if (!caseId) throw new Error('registerTime: a prefilled entry belongs to a case');
      const sourceId = randomUUID();
      const { entry } = await t.app
        .get(TimePrefillService)
        .prefill({ source: 'message', sourceId, workerId: worker.id, caseId, contactType, minutes, occurredOn });
      return entry;
    }
    const entries = t.app.get(TimeEntriesService);
    const entry = await entries.create(worker, { caseId, contactType, minutes, occurredOn });
    if (options.deleted) await entries.remove(worker, entry.id);
    return entry;
  } finally {
    t.clock.set(before);
  }
}
