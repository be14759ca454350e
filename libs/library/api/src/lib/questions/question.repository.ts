import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ContentLang } from '@nabij/library/contracts';

export interface QuestionRow {
  id: string;
  organisation_id: string;
  nickname: string;
  body: string;
  lang: ContentLang;
  notify_email: string | null;
  asked_at: Date;
  due_at: Date;
  answer: string | null;
  answered_at: Date | null;
  postcode_check_id: string;
  invited_at: Date | null;
  answered_by: string | null;
  client_id: string | null;
  case_id: string | null;
  linked_at: Date | null;
}

const COLUMNS = `id, organisation_id, nickname, body, lang, notify_email, asked_at, due_at, answer, answered_at, postcode_check_id, invited_at,
  answered_by, client_id, case_id, linked_at`;

/** SQL of the anonymous first questions. A question is found by its token's hash, or by id within an organisation. */
@Injectable()
export class QuestionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when the postcode check already has a question (one question per check). */
  async insert(q: {
    organisationId: string;
    checkId: string;
    nickname: string;
    body: string;
    lang: ContentLang;
    tokenHash: string;
    notifyEmail: string | null;
    askedAt: Date;
    dueAt: Date;
  }): Promise<string | null> {
    const [row] = await this.dataSource.query(
      `INSERT INTO library_question (organisation_id, postcode_check_id, nickname, body, lang, token_hash, notify_email, asked_at, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (postcode_check_id) DO NOTHING RETURNING id`,
      [q.organisationId, q.checkId, q.nickname, q.body, q.lang, q.tokenHash, q.notifyEmail, q.askedAt, q.dueAt],
    );
    return row?.id ?? null;
  }

  async byTokenHash(tokenHash: string): Promise<QuestionRow | null> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM library_question WHERE token_hash = $1`, [tokenHash]);
    return row ?? null;
  }

  /**
   * The organisation's questions: unanswered first by their deadline, then answered ones of the last
   * 14 days. An answered question whose asker registered has moved to their case and is left out.
   */
  queue(organisationId: string, now: Date): Promise<QuestionRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM library_question
        WHERE organisation_id = $1 AND (answered_at IS NULL OR answered_at > $2::timestamptz - interval '14 days')
          AND (client_id IS NULL OR answered_at IS NULL)
        ORDER BY answered_at IS NOT NULL, due_at, id LIMIT 200`,
      [organisationId, now],
    );
  }

  /** How many of the organisation's questions wait for an answer. */
  async openCount(organisationId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM library_question WHERE organisation_id = $1 AND answered_at IS NULL`,
      [organisationId],
    );
    return row.n;
  }

  /** Locks the organisation's question for answering; null for another organisation's or an unknown id. */
  async lockInOrganisation(id: string, organisationId: string, db: EntityManager): Promise<QuestionRow | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM library_question WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [
      id,
      organisationId,
    ]);
    return row ?? null;
  }

  /** Stores the answer; the notice address goes with it (it was needed only for the notice). */
  async answer(id: string, a: { answer: string; workerId: string; at: Date }, db: EntityManager): Promise<QuestionRow> {
    // An UPDATE answers [rows, count].
    const [rows] = await db.query(
      `UPDATE library_question SET answer = $2, answered_by = $3, answered_at = $4, notify_email = NULL WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, a.answer, a.workerId, a.at],
    );
    return rows[0];
  }

  async invite(id: string, workerId: string, at: Date, db: EntityManager): Promise<QuestionRow> {
    const [rows] = await db.query(`UPDATE library_question SET invited_at = $3, invited_by = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [
      id,
      workerId,
      at,
    ]);
    return rows[0];
  }

  /** Deletes the anonymous questions whose answer (or, unanswered, whose asking) lies before the cut-off; one of a client stays with the case. */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    const [, removed] = await this.dataSource.query(
      `DELETE FROM library_question WHERE client_id IS NULL AND coalesce(answered_at, asked_at) < $1`,
      [cutoff],
    );
    return Number(removed ?? 0);
  }

  /** Remembers a postcode check made through the private link's "Aanmelden", to know later who registered with it. */
  async addRegistrationCheck(id: string, checkId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE library_question SET registration_check_ids = array_append(registration_check_ids, $2::uuid) WHERE id = $1`,
      [id, checkId],
    );
  }

  /** The organisation's invited questions whose asker is not known to have registered yet. */
  pendingRegistrations(organisationId: string): Promise<Array<{ id: string; registration_check_ids: string[] }>> {
    return this.dataSource.query(
      `SELECT id, registration_check_ids FROM library_question
        WHERE organisation_id = $1 AND client_id IS NULL AND cardinality(registration_check_ids) > 0`,
      [organisationId],
    );
  }

  /** The asker registered as this client; false when another request linked it first. */
  async linkClient(id: string, clientId: string, at: Date, db: EntityManager): Promise<boolean> {
    const [, changed] = await db.query(`UPDATE library_question SET client_id = $2, linked_at = $3 WHERE id = $1 AND client_id IS NULL`, [
      id,
      clientId,
      at,
    ]);
    return Number(changed ?? 0) > 0;
  }

  /** The client's questions in the organisation that are on this case or on none yet. */
  forCase(clientId: string, organisationId: string, caseId: string): Promise<QuestionRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM library_question
        WHERE client_id = $1 AND organisation_id = $2 AND (case_id IS NULL OR case_id = $3) ORDER BY asked_at, id`,
      [clientId, organisationId, caseId],
    );
  }

  /** Moves the threads to the case; answers the ids that moved now. */
  async moveToCase(ids: string[], caseId: string, db: EntityManager): Promise<string[]> {
    const [rows] = await db.query(`UPDATE library_question SET case_id = $2 WHERE id = ANY($1::uuid[]) AND case_id IS NULL RETURNING id`, [
      ids,
      caseId,
    ]);
    return rows.map((r: { id: string }) => r.id);
  }

  /** A client's questions (download my data, erasure). */
  ofClient(clientId: string, db: EntityManager = this.dataSource.manager): Promise<QuestionRow[]> {
    return db.query(`SELECT ${COLUMNS} FROM library_question WHERE client_id = $1 ORDER BY asked_at, id`, [clientId]);
  }

  async deleteOfClient(clientId: string, db: EntityManager): Promise<number> {
    const [, removed] = await db.query(`DELETE FROM library_question WHERE client_id = $1`, [clientId]);
    return Number(removed ?? 0);
  }
}
