import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@nabij/organisation/contracts';
import { EntityManager } from 'typeorm';
import { StaffInviteEntity } from '../entities/staff-invite.entity';

/** An invite as the admin list and the mail need it, with ids: the service adds the team, organisation and inviter names. */
export interface InviteRow {
  id: string;
  organisation_id: string;
  name: string;
  email: string;
  role: StaffRole;
  team_id: string | null;
  can_train: boolean;
  chat_duty: boolean;
  library_editor: boolean;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
}

/** "Open": neither accepted nor withdrawn. Expired invites are still open: resend or withdraw them. */
const OPEN = `i.accepted_at IS NULL AND i.revoked_at IS NULL`;

const INVITE_SELECT = `SELECT i.id, i.organisation_id, i.name, i.email, i.role, i.team_id, i.can_train, i.chat_duty, i.library_editor,
       i.invited_by, i.created_at, i.expires_at
  FROM staff_invite i`;

/** Every SQL statement on staff invites; admin queries are scoped to one organisation. */
@Injectable()
export class InvitesRepository {
  /**
   * Serialises everything that hands out one e-mail address (a new invite, accepting one), so two
   * admins cannot both pass the "address is free" check. Registration of clients is guarded by the
   * unique index on account e-mail addresses.
   */
  async lockEmail(db: EntityManager, email: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('staff-email:' || lower($1)))`, [email]);
  }

  /** An open invite (of any organisation) has this address. */
  async openInviteWithEmail(db: EntityManager, email: string): Promise<boolean> {
    const [row] = await db.query(`SELECT 1 FROM staff_invite i WHERE lower(i.email) = lower($1) AND ${OPEN} LIMIT 1`, [email]);
    return !!row;
  }

  async insert(db: EntityManager, invite: Omit<StaffInviteEntity, 'id' | 'acceptedAt' | 'revokedAt' | 'accountId'>): Promise<string> {
    const saved = await db
      .getRepository(StaffInviteEntity)
      .save(db.getRepository(StaffInviteEntity).create({ ...invite, acceptedAt: null, revokedAt: null, accountId: null }));
    return saved.id;
  }

  /** Open and expired invites of the organisation, newest first. */
  listOpen(db: EntityManager, organisationId: string): Promise<InviteRow[]> {
    return db.query(`${INVITE_SELECT} WHERE i.organisation_id = $1 AND ${OPEN} ORDER BY i.created_at DESC, i.id`, [organisationId]);
  }

  async find(db: EntityManager, organisationId: string, inviteId: string): Promise<InviteRow | null> {
    const [row] = await db.query(`${INVITE_SELECT} WHERE i.id = $1 AND i.organisation_id = $2`, [inviteId, organisationId]);
    return row ?? null;
  }

  /** The open invite of this organisation, row-locked so resend, withdraw and accept do not interleave. */
  async lockOpen(db: EntityManager, organisationId: string, inviteId: string): Promise<boolean> {
    const [row] = await db.query(`SELECT i.id FROM staff_invite i WHERE i.id = $1 AND i.organisation_id = $2 AND ${OPEN} FOR UPDATE`, [
      inviteId,
      organisationId,
    ]);
    return !!row;
  }

  /** The open, unexpired invite behind a link token, row-locked for accepting it. */
  async lockUsable(db: EntityManager, tokenHash: string, now: Date): Promise<StaffInviteEntity | null> {
    const [row] = await db.query(`SELECT i.id FROM staff_invite i WHERE i.token_hash = $1 AND ${OPEN} AND i.expires_at > $2 FOR UPDATE`, [
      tokenHash,
      now,
    ]);
    return row ? db.getRepository(StaffInviteEntity).findOneByOrFail({ id: row.id }) : null;
  }

  /** The open, unexpired invite behind a link token, with the names the invite page shows. */
  async findUsable(db: EntityManager, tokenHash: string, now: Date): Promise<InviteRow | null> {
    const [row] = await db.query(`${INVITE_SELECT} WHERE i.token_hash = $1 AND ${OPEN} AND i.expires_at > $2`, [tokenHash, now]);
    return row ?? null;
  }

  /** A new link: the old token hash is gone, so an older mail no longer works. */
  async renew(db: EntityManager, inviteId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await db.getRepository(StaffInviteEntity).update(inviteId, { tokenHash, expiresAt });
  }

  async revoke(db: EntityManager, inviteId: string, at: Date): Promise<void> {
    await db.getRepository(StaffInviteEntity).update(inviteId, { revokedAt: at });
  }

  async markAccepted(db: EntityManager, inviteId: string, at: Date, accountId: string): Promise<void> {
    await db.getRepository(StaffInviteEntity).update(inviteId, { acceptedAt: at, accountId });
  }
}
