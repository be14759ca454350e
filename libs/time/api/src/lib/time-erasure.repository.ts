import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseLookupService } from '@nabij/dossier/api';
import { ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Time registration in an erasure (ERASURE_RULES kind `time`: kept). Time entries hold minutes, a
 * date and a kind of contact, no content, and are the financier's accountability, so nothing is
 * erased; the count tells staff what stays. Registered so the plan shows it like every other kind.
 * The one free text time keeps on a case, a worker's reason for extra conversations (which should
 * hold no client details), is blanked anyway; the request and its numbers stay for the report.
 */
/** What an erased reason for extra conversations reads. */
export const ERASED_REASON = '(gewist)';

@Injectable()
export class TimeErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'time';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
    private readonly cases: CaseLookupService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const caseIds = await this.caseIds(scope, manager);
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM time_entry WHERE deleted_at IS NULL AND case_id = ANY($1)`, [
      caseIds,
    ]);
    return { time: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    await manager.query(`UPDATE time_limit_extension SET reason = $2 WHERE case_id = ANY($1) AND reason <> $2`, [
      await this.caseIds(scope, manager),
      ERASED_REASON,
    ]);
    return { counts: {} };
  }

  /** All the client's cases come from dossier's CaseLookupService (dossier owns care_case). */
  private async caseIds(scope: ErasureScope, manager: EntityManager): Promise<string[]> {
    return scope.cases === 'all' ? (await this.cases.casesOfClient(scope.clientId, manager)).map((c) => c.id) : scope.cases;
  }
}
