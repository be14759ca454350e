import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A printed one-time activation code for a client admitted without an e-mail address: only the
 * code's hash is stored; it works once, for 30 days, and a newer code replaces it.
 */
@Entity('activation_code')
export class ActivationCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text', name: 'code_hash' })
  codeHash: string;

  /** The worker who printed the letter. */
  @Column({ type: 'uuid', name: 'created_by' })
  createdBy: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'replaced_at', nullable: true })
  replacedAt: Date | null;
}
