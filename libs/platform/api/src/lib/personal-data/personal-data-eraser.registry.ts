import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What one erasure covers. A deletion request (AVG art. 17) takes the whole client; the retention
 * job takes the cases whose term has passed, and the whole client only when nothing of theirs is
 * open or recent any more.
 */
export interface ErasureScope {
  clientId: string;
  /** `all`: every case of the client plus what hangs on the client alone (account, own notes, chats without a case). */
  cases: 'all' | string[];
}

/** What an eraser did: rows removed or anonymised per kind, and what to finish once the transaction commits. */
export interface ErasureOutcome {
  counts: Record<string, number>;
  /**
   * Work outside the database, run only after the commit: uploaded files are removed from disk then,
   * so a rolled-back erasure leaves every file in place. A failure here is logged, not undone.
   */
  afterCommit?: () => Promise<void>;
}

/**
 * One domain's part of erasing a client (AVG art. 17) or a case whose retention term has passed:
 * it deletes what may go and anonymises what the organisation must keep, in its own tables only.
 * Each domain implements this next to its PersonalDataSource and registers it on start, so the
 * privacy domain erases without SQL on other domains' tables. The rules (what goes, what stays and
 * why) are written once in `@nabij/privacy/contracts` (ERASURE_RULES) under the kinds counted here.
 */
export interface PersonalDataEraser {
  /** Unique across domains, e.g. `messages`. */
  readonly section: string;
  /** How much of each kind this domain holds for the scope now (numbers only, never content). */
  inventory(scope: ErasureScope, manager?: EntityManager): Promise<Record<string, number>>;
  /** Erase inside the caller's transaction; throw to roll everything back. */
  erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome>;
}

/** The erasers of all loaded domains (registered in `onModuleInit`, like PersonalDataRegistry). */
@Injectable()
export class PersonalDataEraserRegistry {
  private readonly list: PersonalDataEraser[] = [];

  register(eraser: PersonalDataEraser): void {
    if (this.list.some((e) => e.section === eraser.section)) throw new Error(`Personal data eraser registered twice: ${eraser.section}`);
    this.list.push(eraser);
  }

  /**
   * In a fixed order, account last: the account row is what the other domains' rows point at, and
   * the account is anonymised (never deleted), so any order works; a fixed one keeps runs comparable.
   */
  erasers(): readonly PersonalDataEraser[] {
    return [...this.list].sort((a, b) => (a.section === 'account' ? 1 : b.section === 'account' ? -1 : a.section.localeCompare(b.section)));
  }
}
