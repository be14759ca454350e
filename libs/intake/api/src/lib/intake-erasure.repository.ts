import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The intake part of erasing a whole client (ERASURE_RULES kind `postcode_check`): the postcode
 * checks they used to register stay for the count per financier, without the link to the account.
 * A case-level erasure (retention) leaves them alone: the account, and so the link, still exists.
 */
@Injectable()
export class IntakeErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'intake';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    if (scope.cases !== 'all') return {};
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM postcode_check WHERE account_id = $1`, [scope.clientId]);
    return { postcode_check: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    if (scope.cases !== 'all') return { counts: {} };
    const [, unlinked] = await manager.query(`UPDATE postcode_check SET account_id = NULL WHERE account_id = $1`, [scope.clientId]);
    return { counts: { postcode_check: Number(unlinked ?? 0) } };
  }
}
