import { Injectable, Logger } from '@nestjs/common';
import { AuditLogReader, AuditService, ErasureScope, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { ERASURE_RULES, ErasurePlanLine } from '@nabij/privacy/contracts';
import { EntityManager } from 'typeorm';

export interface ErasureResult {
  counts: Record<string, number>;
  /** Run after the caller's transaction commits (files on disk). */
  afterCommit(): Promise<void>;
}

/**
 * Runs every domain's eraser for one scope in the caller's transaction (all or nothing: an eraser
 * that throws rolls back the others), and builds the plan staff see before they decide.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Erasure');

  constructor(
    private readonly registry: PersonalDataEraserRegistry,
    private readonly audit: AuditService,
    private readonly log: AuditLogReader,
  ) {}

  /** The rules with how much of each kind there is now (counts only, never content). */
  async plan(scope: ErasureScope): Promise<ErasurePlanLine[]> {
    const counts: Record<string, number> = {};
    for (const eraser of this.registry.erasers()) Object.assign(counts, await eraser.inventory(scope));
    counts['access_log'] = await this.log.countAboutClient(scope.clientId);
    return ERASURE_RULES.map((rule) => ({ ...rule, count: counts[rule.kind] ?? null }));
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureResult> {
    const counts: Record<string, number> = {};
    const after: Array<() => Promise<void>> = [];
    for (const eraser of this.registry.erasers()) {
      const outcome = await eraser.erase(scope, manager);
      Object.assign(counts, outcome.counts);
      if (outcome.afterCommit) after.push(outcome.afterCommit);
    }
    // The access log stays (NEN 7513), but not the IP address and browser of the client's own actions.
    if (scope.cases === 'all') counts['access_log'] = await this.audit.forgetNetworkDetailsOf(scope.clientId, manager);
    return {
      counts,
      afterCommit: async () => {
        for (const run of after) await run().catch((e: Error) => this.logger.warn(`after erasure: ${e.message}`));
      },
    };
  }
}
