import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountDirectoryService } from '@nabij/identity/api';
import { PersonalDataRegistry, PersonalDataSource } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/**
 * The dossier part of "download my data": every case with what the client can see in the portal.
 * The private notes in this dossier are the client's own (only the client reads them), so they
 * are in. Left out: conversation reports still in draft (the worker's unfinished work, not yet the
 * organisation's record; AVG art. 15 lid 4) and who ticked a request done. Documents are listed
 * with name, type and size; the files themselves are downloaded in the dossier.
 */
@Injectable()
export class DossierPersonalDataRepository implements PersonalDataSource, OnModuleInit {
  readonly section = 'dossier';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly accounts: AccountDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const rows: Array<{ id: string; workerId: string | null; teamId: string | null }> = await this.db.query(
      `SELECT c.id, c.kind_of_work AS "kindOfWork", c.problem_areas AS "problemAreas", to_char(c.opened_on, 'YYYY-MM-DD') AS "openedOn",
              to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn", c.close_reason AS "closeReason",
              c.assigned_worker_id AS "workerId", c.team_id AS "teamId"
       FROM care_case c
       WHERE c.client_id = $1 ORDER BY c.opened_on, c.id`,
      [clientId],
    );
    // Names of people and teams are identity's (AccountDirectoryService).
    const teams = await this.accounts.teamNamesByIds(rows.map((c) => c.teamId));
    const cases = (await this.accounts.withNames(rows, 'workerId', 'worker')).map(({ teamId, ...c }) => ({
      ...c,
      team: teamId ? (teams.get(teamId) ?? null) : null,
    }));
    const ids = cases.map((c) => c.id);
    const perCase = async (sql: string) => this.db.query(sql, [ids]);
    const notes = await this.db.query(
      `SELECT case_id AS "caseId", text, created_at AS "createdAt", updated_at AS "updatedAt" FROM private_note WHERE client_id = $1 ORDER BY created_at`,
      [clientId],
    );
    const [goals, reportRows, reactionRows, appointments, requests, documents] = await Promise.all([
      perCase(
        `SELECT case_id AS "caseId", position, text, achieved, updated_at AS "updatedAt" FROM case_goal WHERE case_id = ANY($1) ORDER BY case_id, position`,
      ),
      perCase(
        `SELECT r.id, r.case_id AS "caseId", to_char(r.held_on, 'YYYY-MM-DD') AS "heldOn", r.summary, r.tips, r.published_at AS "publishedAt", r.author_id AS "authorId"
         FROM conversation_report r
         WHERE r.case_id = ANY($1) AND r.published_at IS NOT NULL ORDER BY r.held_on, r.id`,
      ),
      perCase(
        `SELECT x.report_id AS "reportId", x.text, x.created_at AS "createdAt", x.author_id AS "authorId"
         FROM report_reaction x JOIN conversation_report r ON r.id = x.report_id
         WHERE r.case_id = ANY($1) AND r.published_at IS NOT NULL ORDER BY x.created_at`,
      ),
      perCase(
        `SELECT case_id AS "caseId", kind, starts_at AS "startsAt", duration_minutes AS "durationMinutes", location, note, status
         FROM appointment WHERE case_id = ANY($1) ORDER BY starts_at`,
      ),
      perCase(
        `SELECT case_id AS "caseId", kind, text, created_at AS "createdAt", done_at AS "doneAt" FROM client_action WHERE case_id = ANY($1) ORDER BY created_at`,
      ),
      perCase(
        `SELECT case_id AS "caseId", file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes" FROM dossier_document
         WHERE case_id = ANY($1) ORDER BY file_name`,
      ),
    ]);
    const reports = await this.accounts.withNames(reportRows as Array<{ authorId: string }>, 'authorId', 'author');
    const reactions = await this.accounts.withNames(reactionRows as Array<{ authorId: string }>, 'authorId', 'author');
    return { cases, goals, reports, reactions, appointments, requests, documents, notes };
  }
}
