import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChatEvaluationRequest, ChatQueueEntry, ChatSenderRole } from '@nabij/chat/contracts';
import { GroupRead } from '@nabij/platform/api';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { ChatEvaluationEntity, ChatSessionEntity } from '../entities/chat-session.entities';
import { updatedRows } from './updated-rows';

/** A chat in the duty queue with what the worker may see of who is waiting. */
export interface QueueRow {
  id: string;
  status: ChatQueueEntry['status'];
  client_id: string | null;
  email: string | null;
  postcode: string | null;
  birth_date: string | null;
  financier_id: string | null;
  case_id: string | null;
  created_at: Date;
  client_left_at: Date | null;
  topic: string | null;
  nickname: string | null;
  visitor_number: number | null;
}

export interface EndedRow {
  id: string;
  case_id: string | null;
  worker_id: string | null;
  duration_seconds: number | null;
}

/** A postcode check as an anonymous chat uses it (organisation through the financier). */
/** The case an anonymous chat is linked to (dossier's CaseLookupService finds it). */
export interface ChatCaseLink {
  id: string;
  clientId: string;
}

/**
 * Every SQL statement on chat sessions, their evaluations and the queue, plus the postcode-check
 * lookup chat needs (cases come from dossier's CaseLookupService). Methods that take an
 * `EntityManager` run in the caller's transaction. Conditional updates answer whether they changed
 * a row, so races stay decided by the database.
 */
@Injectable()
export class ChatSessionsRepository {
  constructor(
    @InjectRepository(ChatSessionEntity) private readonly sessions: Repository<ChatSessionEntity>,
    @InjectRepository(ChatEvaluationEntity) private readonly evaluations: Repository<ChatEvaluationEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Socket logins and joins come in bursts (every open chat reconnects after a restart): concurrent
   * look-ups share one query. Each caller gets its own copy, as with a query of its own.
   */
  private readonly byId = new GroupRead<string, ChatSessionEntity>(async (ids) => {
    const rows = await this.sessions.find({ where: { id: In(ids) } });
    return new Map(rows.map((s) => [s.id, s]));
  });
  private readonly byTokenHash = new GroupRead<string, ChatSessionEntity>(async (hashes) => {
    // The hash is not selected by default (select: false); it is read here only to match the callers.
    const rows = await this.sessions
      .createQueryBuilder('s')
      .addSelect('s.tokenHash')
      .where('s.tokenHash IN (:...hashes)', { hashes })
      .getMany();
    // Without the hash, as the other look-ups answer; findByTokenHash gives each caller its own copy.
    return new Map(rows.map(({ tokenHash, ...session }) => [tokenHash as string, session as ChatSessionEntity]));
  });

  async findById(id: string): Promise<ChatSessionEntity | null> {
    return copyOf(await this.byId.get(id));
  }

  async findByTokenHash(tokenHash: string): Promise<ChatSessionEntity | null> {
    return copyOf(await this.byTokenHash.get(tokenHash));
  }

  findOfClient(clientId: string, status: ChatSessionEntity['status']): Promise<ChatSessionEntity | null> {
    return this.sessions.findOne({ where: { clientId, status } });
  }

  /** The client's chats, newest first (at most 100), optionally of one case. */
  listOfClient(clientId: string, caseId: string | undefined): Promise<ChatSessionEntity[]> {
    return this.sessions.find({
      where: { clientId, ...(caseId ? { caseId } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  /** The chats of a case, newest first (at most 100). */
  listOfCase(caseId: string): Promise<ChatSessionEntity[]> {
    return this.sessions.find({ where: { caseId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  /** Throws the database error as is (23505 when the client or postcode check has a chat running). */
  insert(values: Partial<ChatSessionEntity>): Promise<ChatSessionEntity> {
    return this.sessions.save(this.sessions.create(values));
  }

  /** Stores the evaluation unless the chat has one; false when it had. */
  async insertEvaluation(sessionId: string, answers: ChatEvaluationRequest, now: Date): Promise<boolean> {
    const stored: unknown[] = await this.dataSource.query(
      `INSERT INTO chat_evaluation (session_id, helpful, understood, again, remark, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (session_id) DO NOTHING RETURNING session_id`,
      [sessionId, answers.helpful, answers.understood, answers.again, answers.remark ?? null, now],
    );
    return stored.length > 0;
  }

  hasEvaluation(sessionId: string): Promise<boolean> {
    return this.evaluations.exists({ where: { sessionId } });
  }

  /** Waiting chats of the organisation and the active ones the worker holds, in queue order. */
  queueRows(organisationId: string | null, workerId: string): Promise<QueueRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.status, s.client_id, s.email, s.postcode, to_char(s.birth_date, 'YYYY-MM-DD') AS birth_date, s.financier_id,
              s.case_id, s.created_at, s.client_left_at, s.topic, s.nickname, s.visitor_number
         FROM chat_session s
        WHERE s.organisation_id = $1 AND (s.status = 'waiting' OR (s.status = 'active' AND s.worker_id = $2))
        ORDER BY s.created_at, s.id`,
      [organisationId, workerId],
    );
  }

  /** The conditional update lets exactly one of several workers win a waiting chat. */
  async pickUp(sessionId: string, organisationId: string | null, workerId: string, now: Date): Promise<boolean> {
    const [won] = updatedRows(
      await this.dataSource.query(
        `UPDATE chat_session SET status = 'active', worker_id = $2, picked_up_at = $3
        WHERE id = $1 AND organisation_id = $4 AND status = 'waiting' AND worker_id IS NULL
        RETURNING id`,
        [sessionId, workerId, now, organisationId],
      ),
    );
    return !!won;
  }

  async statusOf(sessionId: string, organisationId: string | null): Promise<ChatSessionEntity['status'] | undefined> {
    const [row] = await this.dataSource.query(`SELECT status FROM chat_session WHERE id = $1 AND organisation_id = $2`, [
      sessionId,
      organisationId,
    ]);
    return row?.status;
  }

  /** Ends the chat unless it has ended; the duration counts from pick-up (0 when never picked up). */
  async end(sessionId: string, now: Date, by: ChatSenderRole, manager: EntityManager): Promise<EndedRow | undefined> {
    const [row] = updatedRows<EndedRow>(
      await manager.query(
        `UPDATE chat_session SET status = 'ended', ended_at = $2, ended_by = $3,
              duration_seconds = CASE WHEN picked_up_at IS NULL THEN 0 ELSE greatest(0, floor(extract(epoch FROM ($2::timestamptz - picked_up_at))))::int END
        WHERE id = $1 AND status <> 'ended' RETURNING id, case_id, worker_id, duration_seconds`,
        [sessionId, now, by],
      ),
    );
    return row;
  }

  /** Links an anonymous chat to a client's case; false when it already had a client. */
  async linkToCase(sessionId: string, careCase: ChatCaseLink, now: Date, by: string, manager: EntityManager): Promise<boolean> {
    const [row] = updatedRows(
      await manager.query(
        `UPDATE chat_session SET client_id = $2, case_id = $3, converted_at = $4, converted_by = $5 WHERE id = $1 AND client_id IS NULL RETURNING id`,
        [sessionId, careCase.clientId, careCase.id, now, by],
      ),
    );
    return !!row;
  }

  /** Links the video appointment booked from a running chat (in the booking's transaction); false when it ended or has one. */
  async linkVideo(sessionId: string, appointmentId: string, manager: EntityManager): Promise<boolean> {
    const [row] = updatedRows(
      await manager.query(
        `UPDATE chat_session SET video_appointment_id = $2 WHERE id = $1 AND status = 'active' AND video_appointment_id IS NULL RETURNING id`,
        [sessionId, appointmentId],
      ),
    );
    return !!row;
  }

  /** The next "Anoniem n" of the organisation's Dutch day (a tie in a race is harmless: a label, not a key). */

  async nextVisitorNumber(organisationId: string, day: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int + 1 AS n FROM chat_session
        WHERE organisation_id = $1 AND client_id IS NULL AND converted_at IS NULL
          AND created_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
      [organisationId, day],
    );
    return row.n;
  }

  /** The waiting client is connected again; answers the organisation when they had been marked gone. */
  async clientBack(sessionId: string, now: Date): Promise<string | undefined> {
    const [row] = updatedRows<{ organisation_id: string; was_gone: boolean }>(
      await this.dataSource.query(
        `UPDATE chat_session s SET client_left_at = NULL, client_seen_at = $2
           FROM (SELECT id, client_left_at IS NOT NULL AS was_gone FROM chat_session WHERE id = $1) old
          WHERE s.id = old.id AND s.status = 'waiting'
         RETURNING s.organisation_id, old.was_gone`,
        [sessionId, now],
      ),
    );
    return row?.was_gone ? row.organisation_id : undefined;
  }

  /** The organisation's waiting chats with no departure recorded whose client was last seen at `since` or earlier. */
  async unseenWaiting(organisationId: string, since: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM chat_session
        WHERE organisation_id = $1 AND status = 'waiting' AND client_left_at IS NULL AND coalesce(client_seen_at, created_at) <= $2`,
      [organisationId, since],
    );
    return rows.map((r) => r.id);
  }

  /** Organisations with such chats (for the scheduled presence check). */
  async organisationsWithUnseen(since: Date): Promise<string[]> {
    const rows: Array<{ organisation_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT organisation_id FROM chat_session
        WHERE status = 'waiting' AND client_left_at IS NULL AND coalesce(client_seen_at, created_at) <= $1 AND organisation_id IS NOT NULL`,
      [since],
    );
    return rows.map((r) => r.organisation_id);
  }

  /** These waiting chats' clients were found connected at `now`. */
  async clientsSeen(sessionIds: string[], now: Date): Promise<void> {
    if (sessionIds.length === 0) return;
    await this.dataSource.query(`UPDATE chat_session SET client_seen_at = $2 WHERE id = ANY($1::uuid[]) AND status = 'waiting'`, [
      sessionIds,
      now,
    ]);
  }

  /** The waiting client's last socket went away at `now`; answers the organisation when this marked them gone. */
  async clientGone(sessionId: string, now: Date): Promise<string | undefined> {
    const [row] = updatedRows<{ organisation_id: string }>(
      await this.dataSource.query(
        `UPDATE chat_session SET client_left_at = $2 WHERE id = $1 AND status = 'waiting' AND client_left_at IS NULL
         RETURNING organisation_id`,
        [sessionId, now],
      ),
    );
    return row?.organisation_id;
  }

  /**
   * Ends the organisation's waiting chats whose client has been gone since `cutoff` or longer, or was
   * last seen (joined or found, else the chat's start) at `unseenSince` or earlier; answers their ids.
   */
  async endGone(organisationId: string, cutoff: Date, unseenSince: Date, now: Date): Promise<string[]> {
    const rows = updatedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE chat_session SET status = 'ended', ended_at = $3, ended_by = 'client', ended_reason = 'left_queue', duration_seconds = 0
          WHERE organisation_id = $1 AND status = 'waiting'
            AND (client_left_at <= $2 OR (client_left_at IS NULL AND coalesce(client_seen_at, created_at) <= $4))
          RETURNING id`,
        [organisationId, cutoff, now, unseenSince],
      ),
    );
    return rows.map((r) => r.id);
  }

  /** Stores what the client typed while waiting; false when the chat is no longer waiting. */
  async setTopic(sessionId: string, topic: string | null): Promise<boolean> {
    const [row] = updatedRows(
      await this.dataSource.query(`UPDATE chat_session SET topic = $2 WHERE id = $1 AND status = 'waiting' RETURNING id`, [
        sessionId,
        topic,
      ]),
    );
    return !!row;
  }

  /** Ids of the organisation's waiting chats in queue order (created_at, then id). */
  async waitingIds(organisationId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM chat_session WHERE organisation_id = $1 AND status = 'waiting' ORDER BY created_at, id`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  /** 1 + the waiting chats ahead of this one (1 also when it is not waiting; see isWaiting). */
  async queuePosition(sessionId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int + 1 AS position FROM chat_session o, chat_session me
        WHERE me.id = $1 AND me.status = 'waiting' AND o.organisation_id = me.organisation_id AND o.status = 'waiting'
          AND (o.created_at, o.id) < (me.created_at, me.id)`,
      [sessionId],
    );
    return row.position;
  }

  async isWaiting(sessionId: string): Promise<boolean> {
    const [exists] = await this.dataSource.query(`SELECT 1 FROM chat_session WHERE id = $1 AND status = 'waiting'`, [sessionId]);
    return !!exists;
  }

  /** Average length of the organisation's last 20 ended chats that were picked up. */
  async averageChatSeconds(organisationId: string): Promise<number | null> {
    const [row] = await this.dataSource.query(
      `SELECT avg(duration_seconds)::int AS average FROM (
         SELECT duration_seconds FROM chat_session
          WHERE organisation_id = $1 AND status = 'ended' AND picked_up_at IS NOT NULL
          ORDER BY ended_at DESC LIMIT 20) recent`,
      [organisationId],
    );
    return row?.average ?? null;
  }
}

function copyOf(session: ChatSessionEntity | undefined): ChatSessionEntity | null {
  return session ? Object.assign(new ChatSessionEntity(), session) : null;
}
