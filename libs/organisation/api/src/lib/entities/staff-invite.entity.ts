import type { StaffRole } from '@nabij/organisation/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An admin's invite of a new colleague: only the link token's hash is stored; single use, 7 days. */
@Entity('staff_invite')
export class StaffInviteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: StaffRole;

  @Column({ type: 'uuid', name: 'team_id', nullable: true })
  teamId: string | null;

  @Column({ type: 'boolean', name: 'can_train', default: false })
  canTrain: boolean;

  @Column({ type: 'boolean', name: 'chat_duty', default: false })
  chatDuty: boolean;

  /** A worker who may write and publish library content (admins may anyway). */
  @Column({ type: 'boolean', name: 'library_editor', default: false })
  libraryEditor: boolean;

  @Column({ type: 'text', name: 'token_hash' })
  tokenHash: string;

  /** Null for the first admin of an organisation, invited by the installation (setup-organisation). */
  @Column({ type: 'uuid', name: 'invited_by', nullable: true })
  invitedBy: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId: string | null;
}
