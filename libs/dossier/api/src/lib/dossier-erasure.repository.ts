import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DocumentStore, ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The dossier part of erasing a client or an expired case (ERASURE_RULES kinds `dossier`, `cases`).
 * Deleted: goals, conversation reports with their reactions, requests, documents (rows now, files
 * after the commit) and the client's own notes. Kept without content: the case row (dates,
 * financier, kind of work: the financier's accountability; `anonymised_at` is set), appointments
 * (kind, time, status: the no-show figures) with place and note wiped, and hand-overs without note.
 */
@Injectable()
export class DossierErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'dossier';
  private readonly logger = new Logger('DossierErasure');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const ids = await this.caseIds(scope, manager);
    const [row] = await manager.query(
      `SELECT (SELECT count(*) FROM case_goal WHERE case_id = ANY($1))
            + (SELECT count(*) FROM conversation_report WHERE case_id = ANY($1))
            + (SELECT count(*) FROM report_reaction x JOIN conversation_report r ON r.id = x.report_id WHERE r.case_id = ANY($1))
            + (SELECT count(*) FROM appointment WHERE case_id = ANY($1) AND (note IS NOT NULL OR location IS NOT NULL))
            + (SELECT count(*) FROM client_action WHERE case_id = ANY($1))
            + (SELECT count(*) FROM dossier_document WHERE case_id = ANY($1))
            + (SELECT count(*) FROM private_note WHERE case_id = ANY($1) OR ($2 AND client_id = $3)) AS dossier`,
      [ids, scope.cases === 'all', scope.clientId],
    );
    return { dossier: Number(row.dossier), cases: ids.length };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    const ids = await this.caseIds(scope, manager);
    const run = async (sql: string, params: unknown[] = [ids]): Promise<number> => {
      const [, affected] = await manager.query(sql, params);
      return Number(affected ?? 0);
    };
    const files: { storage_key: string }[] = (
      await manager.query(`DELETE FROM dossier_document WHERE case_id = ANY($1) RETURNING storage_key`, [ids])
    )[0];
    let removed = files.length;
    removed += await run(`DELETE FROM case_goal WHERE case_id = ANY($1)`);
    removed += await run(`DELETE FROM report_reaction WHERE report_id IN (SELECT id FROM conversation_report WHERE case_id = ANY($1))`);
    removed += await run(`DELETE FROM conversation_report WHERE case_id = ANY($1)`);
    removed += await run(`DELETE FROM client_action WHERE case_id = ANY($1)`);
    removed += await run(`DELETE FROM private_note WHERE case_id = ANY($1) OR ($2 AND client_id = $3)`, [
      ids,
      scope.cases === 'all',
      scope.clientId,
    ]);
    removed += await run(
      `UPDATE appointment SET note = NULL, location = NULL WHERE case_id = ANY($1) AND (note IS NOT NULL OR location IS NOT NULL)`,
    );
    await run(`UPDATE case_handover SET note = NULL WHERE case_id = ANY($1) AND note IS NOT NULL`);
    const cases = await run(`UPDATE care_case SET anonymised_at = coalesce(anonymised_at, $2) WHERE id = ANY($1)`, [ids, this.clock.now()]);
    return {
      counts: { dossier: removed, cases },
      afterCommit: async () => {
        for (const f of files)
          await this.documents
            .remove(f.storage_key)
            .catch((e: Error) => this.logger.warn(`document ${f.storage_key} not removed: ${e.message}`));
      },
    };
  }

  /** The client's cases in scope; ids of another client's cases are never touched. */
  private async caseIds(scope: ErasureScope, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] =
      scope.cases === 'all'
        ? await manager.query(`SELECT id FROM care_case WHERE client_id = $1`, [scope.clientId])
        : await manager.query(`SELECT id FROM care_case WHERE client_id = $1 AND id = ANY($2)`, [scope.clientId, scope.cases]);
    return rows.map((r) => r.id);
  }
}
