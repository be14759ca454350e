import { Injectable } from '@nestjs/common';
import { CSV_MAX_ROWS } from '@nabij/outreach/contracts';
import type { EntryStatus, ListSource } from '@nabij/outreach/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { FamilyRow } from './family-csv';

/** A family as it goes on a list: from a file (a phone number), or a client of the organisation (maybe without one). */
export interface EntryInput extends Omit<FamilyRow, 'phone'> {
  phone: string | null;
  clientId: string | null;
  teamId: string | null;
  financierId: string | null;
  /** Given at once to this worker (a client's own case worker), else null. */
  workerId: string | null;
}

export interface ListRow {
  id: string;
  name: string;
  created_at: Date;
  created_by: string | null;
  questionnaire_id: string;
  questionnaire_title: string;
  source: ListSource;
  source_label: string | null;
  total: number;
  unassigned: number;
  counts: Record<EntryStatus, number>;
}

export interface ListEntryRow {
  id: string;
  line: number;
  family_name: string;
  postcode: string | null;
  school: string | null;
  client: boolean;
  status: EntryStatus;
  assigned_worker_id: string | null;
}

const LIST_SELECT = `
  SELECT l.id, l.name, l.created_at, l.created_by, l.questionnaire_id, q.title AS questionnaire_title, l.source, l.source_label,
         count(e.id)::int AS total,
         count(e.id) FILTER (WHERE e.assigned_worker_id IS NULL)::int AS unassigned,
         jsonb_build_object(
           'to_call', count(e.id) FILTER (WHERE e.status = 'to_call'),
           'no_answer', count(e.id) FILTER (WHERE e.status = 'no_answer'),
           'call_back', count(e.id) FILTER (WHERE e.status = 'call_back'),
           'refused', count(e.id) FILTER (WHERE e.status = 'refused'),
           'reached', count(e.id) FILTER (WHERE e.status = 'reached')) AS counts
    FROM outreach_list l
    JOIN outreach_questionnaire q ON q.id = l.questionnaire_id
    LEFT JOIN outreach_entry e ON e.list_id = l.id`;

/** SQL of call lists and the families on them; every read is scoped to an organisation. */
@Injectable()
export class CallListsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertList(
    l: {
      organisationId: string;
      name: string;
      questionnaireId: string;
      source: ListSource;
      sourceLabel: string | null;
      createdBy: string;
      now: Date;
    },
    db: EntityManager,
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO outreach_list (organisation_id, name, questionnaire_id, source, source_label, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [l.organisationId, l.name, l.questionnaireId, l.source, l.sourceLabel, l.createdBy, l.now],
    );
    return row.id;
  }

  /** All families of the list in one statement. */
  async insertEntries(listId: string, organisationId: string, rows: EntryInput[], now: Date, db: EntityManager): Promise<void> {
    await db.query(
      `INSERT INTO outreach_entry
         (list_id, organisation_id, line, family_name, phone, postcode, school, client_id, team_id, financier_id, assigned_worker_id, created_at)
       SELECT $1, $2, r.line, r."familyName", r.phone, r.postcode, r.school, r."clientId", r."teamId", r."financierId", r."workerId", $4
         FROM jsonb_to_recordset($3::jsonb)
           AS r(line int, "familyName" text, phone text, postcode text, school text, "clientId" uuid, "teamId" uuid, "financierId" uuid, "workerId" uuid)`,
      [listId, organisationId, JSON.stringify(rows), now],
    );
  }

  /**
   * The families of a school on the organisation's earlier lists, one per phone number (its newest
   * entry), without those who said no to being called.
   */
  schoolFamilies(
    organisationId: string,
    school: string,
  ): Promise<
    Array<{
      family_name: string;
      phone: string;
      postcode: string | null;
      school: string;
      team_id: string | null;
      financier_id: string | null;
    }>
  > {
    return this.dataSource.query(
      `SELECT family_name, phone, postcode, school, team_id, financier_id FROM (
         SELECT DISTINCT ON (e.phone) e.family_name, e.phone, e.postcode, e.school, e.team_id, e.financier_id, e.status
           FROM outreach_entry e
          WHERE e.organisation_id = $1 AND lower(e.school) = lower($2) AND e.phone IS NOT NULL
          ORDER BY e.phone, e.created_at DESC, e.line) newest
        WHERE status <> 'refused'
        ORDER BY family_name, phone
        LIMIT ${CSV_MAX_ROWS}`,
      [organisationId, school.trim()],
    );
  }

  /** The schools named on the organisation's lists, with how many families (phone numbers) each. */
  schoolsOf(organisationId: string): Promise<Array<{ name: string; families: number }>> {
    return this.dataSource.query(
      `SELECT min(school) AS name, count(DISTINCT phone)::int AS families
         FROM outreach_entry WHERE organisation_id = $1 AND school IS NOT NULL AND phone IS NOT NULL
        GROUP BY lower(school) ORDER BY min(school)`,
      [organisationId],
    );
  }

  /** The organisation's lists, newest first; only those `createdBy` made when given. */
  listsOf(organisationId: string, createdBy: string | null): Promise<ListRow[]> {
    return this.dataSource.query(
      `${LIST_SELECT} WHERE l.organisation_id = $1 AND ($2::uuid IS NULL OR l.created_by = $2)
        GROUP BY l.id, q.title ORDER BY l.created_at DESC, l.id LIMIT 200`,
      [organisationId, createdBy],
    );
  }

  async listInOrganisation(id: string, organisationId: string, manager?: EntityManager): Promise<ListRow | null> {
    const [row] = await (manager ?? this.dataSource).query(
      `${LIST_SELECT} WHERE l.id = $1 AND l.organisation_id = $2 GROUP BY l.id, q.title`,
      [id, organisationId],
    );
    return row ?? null;
  }

  entriesOf(listId: string): Promise<ListEntryRow[]> {
    return this.dataSource.query(
      `SELECT id, line, family_name, postcode, school, client_id IS NOT NULL AS client, status, assigned_worker_id
         FROM outreach_entry WHERE list_id = $1 ORDER BY line`,
      [listId],
    );
  }

  /** Assigns the list's entries among `entryIds`; answers how many of them are on the list. */
  async assign(listId: string, entryIds: string[], workerId: string | null, db: EntityManager): Promise<number> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [updated] = await db.query(
      `UPDATE outreach_entry SET assigned_worker_id = $3 WHERE list_id = $1 AND id = ANY($2::uuid[]) RETURNING id`,
      [listId, entryIds, workerId],
    );
    return updated.length;
  }
}
