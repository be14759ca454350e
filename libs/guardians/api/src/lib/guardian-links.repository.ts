import { Injectable } from '@nestjs/common';
import type { GuardianRelation } from '@nabij/guardians/contracts';
import type { Language } from '@nabij/platform/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface GuardianLinkRow {
  id: string;
  organisation_id: string;
  case_id: string;
  client_id: string;
  name: string;
  email: string;
  relation: GuardianRelation;
  account_id: string | null;
  invite_expires_at: Date | null;
  accepted_at: Date | null;
  show_appointments: boolean;
  show_documents: boolean;
  show_messages: boolean;
  /** The language of the invitation mail, chosen by the worker. */
  invite_language: Language;
  consent_at: Date | null;
  created_by: string;
  created_at: Date;
}

export interface GuardianMessageRow {
  id: string;
  sender_id: string;
  sender_role: 'worker' | 'guardian';
  body: string;
  created_at: Date;
}

export interface NewGuardianLink {
  organisationId: string;
  caseId: string;
  clientId: string;
  name: string;
  email: string;
  relation: GuardianRelation;
  accountId: string | null;
  inviteTokenHash: string | null;
  inviteExpiresAt: Date | null;
  acceptedAt: Date | null;
  showAppointments: boolean;
  showDocuments: boolean;
  showMessages: boolean;
  createdBy: string;
  createdAt: Date;
  inviteLanguage: Language;
}

export type ShareChanges = Partial<Record<'show_appointments' | 'show_documents' | 'show_messages', boolean>>;

const COLUMNS = `l.id, l.organisation_id, l.case_id, l.client_id, l.name, l.email, l.relation, l.account_id, l.invite_expires_at,
  l.accepted_at, l.show_appointments, l.show_documents, l.show_messages, l.invite_language, l.consent_at, l.created_by, l.created_at`;
/** A link the worker has not ended. */
const LIVING = 'l.ended_at IS NULL';

/** Every SQL statement on guardian links and the parent threads; access is decided by the services. */
@Injectable()
export class GuardianLinksRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async insert(db: EntityManager, link: NewGuardianLink): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO guardian_link (organisation_id, case_id, client_id, name, email, relation, account_id, invite_token_hash,
         invite_expires_at, accepted_at, show_appointments, show_documents, show_messages, created_by, created_at, invite_language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        link.organisationId,
        link.caseId,
        link.clientId,
        link.name,
        link.email,
        link.relation,
        link.accountId,
        link.inviteTokenHash,
        link.inviteExpiresAt,
        link.acceptedAt,
        link.showAppointments,
        link.showDocuments,
        link.showMessages,
        link.createdBy,
        link.createdAt,
        link.inviteLanguage,
      ],
    );
    return row.id;
  }

  /** Serialises invites of one address to one case, so two clicks make one link. */
  async lockCaseEmail(db: EntityManager, caseId: string, email: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('guardian:' || $1 || ':' || lower($2)))`, [caseId, email]);
  }

  async livingWithEmail(db: EntityManager, caseId: string, email: string): Promise<boolean> {
    const [row] = await db.query(`SELECT 1 FROM guardian_link l WHERE l.case_id = $1 AND lower(l.email) = lower($2) AND ${LIVING}`, [
      caseId,
      email,
    ]);
    return !!row;
  }

  /** An open invite (not accepted, not ended) on any case has this address: no second account may take it. */
  async openInviteWithEmail(db: EntityManager, email: string): Promise<boolean> {
    const [row] = await db.query(`SELECT 1 FROM guardian_link l WHERE lower(l.email) = lower($1) AND l.accepted_at IS NULL AND ${LIVING}`, [
      email,
    ]);
    return !!row;
  }

  async find(id: string, manager?: EntityManager): Promise<GuardianLinkRow | null> {
    const [row] = await this.db(manager).query(`SELECT ${COLUMNS} FROM guardian_link l WHERE l.id = $1 AND ${LIVING}`, [id]);
    return row ?? null;
  }

  ofCase(caseId: string): Promise<GuardianLinkRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM guardian_link l WHERE l.case_id = $1 AND ${LIVING} ORDER BY l.created_at, l.id`, [
      caseId,
    ]);
  }

  ofClient(clientId: string): Promise<GuardianLinkRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM guardian_link l WHERE l.client_id = $1 AND ${LIVING} ORDER BY l.created_at, l.id`,
      [clientId],
    );
  }

  ofAccount(accountId: string): Promise<GuardianLinkRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM guardian_link l WHERE l.account_id = $1 AND ${LIVING} ORDER BY l.created_at, l.id`,
      [accountId],
    );
  }

  /** The open, unexpired invite behind a link token, row-locked when `lock` (accepting it). */
  async usableInvite(tokenHash: string, now: Date, db?: EntityManager, lock = false): Promise<GuardianLinkRow | null> {
    const [row] = await this.db(db).query(
      `SELECT ${COLUMNS} FROM guardian_link l
        WHERE l.invite_token_hash = $1 AND l.accepted_at IS NULL AND ${LIVING} AND l.invite_expires_at > $2${lock ? ' FOR UPDATE' : ''}`,
      [tokenHash, now],
    );
    return row ?? null;
  }

  async accept(db: EntityManager, id: string, accountId: string, at: Date): Promise<void> {
    await db.query(`UPDATE guardian_link SET account_id = $2, accepted_at = $3, invite_token_hash = NULL WHERE id = $1`, [
      id,
      accountId,
      at,
    ]);
  }

  async renewInvite(db: EntityManager, id: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await db.query(`UPDATE guardian_link SET invite_token_hash = $2, invite_expires_at = $3 WHERE id = $1`, [id, tokenHash, expiresAt]);
  }

  async updateShares(db: EntityManager, id: string, changes: ShareChanges): Promise<void> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    const sets = entries.map(([column], i) => `${column} = $${i + 2}`).join(', ');
    await db.query(`UPDATE guardian_link SET ${sets} WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
  }

  async setConsent(db: EntityManager, id: string, at: Date | null): Promise<void> {
    await db.query(`UPDATE guardian_link SET consent_at = $2 WHERE id = $1`, [id, at]);
  }

  async end(db: EntityManager, id: string, at: Date): Promise<void> {
    await db.query(`UPDATE guardian_link SET ended_at = $2, invite_token_hash = NULL WHERE id = $1`, [id, at]);
  }

  async lock(db: EntityManager, id: string): Promise<GuardianLinkRow | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM guardian_link l WHERE l.id = $1 AND ${LIVING} FOR UPDATE`, [id]);
    return row ?? null;
  }

  messages(linkId: string): Promise<GuardianMessageRow[]> {
    return this.dataSource.query(
      `SELECT id, sender_id, sender_role, body, created_at FROM guardian_message WHERE link_id = $1 ORDER BY created_at, seq`,
      [linkId],
    );
  }

  /** The worker opened the parent thread: the parent's messages in it are read. */
  async markReadByWorker(linkId: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE guardian_message SET worker_read_at = $2 WHERE link_id = $1 AND sender_role = 'guardian' AND worker_read_at IS NULL`,
      [linkId, at],
    );
  }

  /** Parents' messages the worker has not read yet, per living link of these cases of the organisation. */
  async unreadByWorker(caseIds: readonly string[], organisationId: string | null): Promise<Map<string, number>> {
    if (!caseIds.length) return new Map();
    const rows: { link_id: string; unread: number }[] = await this.dataSource.query(
      `SELECT m.link_id, count(*)::int AS unread
         FROM guardian_message m
         JOIN guardian_link l ON l.id = m.link_id
        WHERE l.case_id = ANY($1::uuid[]) AND l.organisation_id = $2 AND ${LIVING}
          AND m.sender_role = 'guardian' AND m.worker_read_at IS NULL
        GROUP BY m.link_id`,
      [caseIds, organisationId],
    );
    return new Map(rows.map((r) => [r.link_id, r.unread]));
  }

  async insertMessage(
    db: EntityManager,
    m: { linkId: string; senderId: string; senderRole: 'worker' | 'guardian'; body: string; createdAt: Date },
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO guardian_message (link_id, sender_id, sender_role, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [m.linkId, m.senderId, m.senderRole, m.body, m.createdAt],
    );
    return row.id;
  }
}
