import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseLookupService } from '@nabij/dossier/api';
import { ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Time registration in an erasure (ERASURE_RULES kind `time`: kept). Time entries hold minutes, a
 * date and a kind of contact, no content, and are the financier's accountability, so nothing is
 * erased; the count tells staff what stays. Registered so the plan shows it like every other kind.
 */
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
    // All the client's cases come from dossier's CaseLookupService (dossier owns care_case).
    const caseIds = scope.cases === 'all' ? (await this.cases.casesOfClient(scope.clientId, manager)).map((c) => c.id) : scope.cases;
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM time_entry WHERE deleted_at IS NULL AND case_id = ANY($1)`, [
      caseIds,
    ]);
    return { time: row.n };
  }

  async erase(): Promise<ErasureOutcome> {
    return { counts: {} };
  }
}
