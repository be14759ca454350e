import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** The authenticator (TOTP) secret of an account; unconfirmed until a first code from the app is typed. */
@Entity('account_totp')
export class AccountTotpEntity {
  @PrimaryColumn({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text' })
  secret: string;

  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  /** The 30-second step of the last accepted code: a code of that step or earlier never works again. */
  @Column({ type: 'bigint', name: 'last_time_step', nullable: true })
  lastTimeStep: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

/** A one-time recovery code (only its SHA-256), for when the phone with the app is gone. */
@Entity('account_recovery_code')
export class AccountRecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text', name: 'code_hash' })
  codeHash: string;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;
}

export type LoginChallengeKind = 'second_factor' | 'setup';

/** The step between a right password and a session: five minutes, five wrong codes, used once. */
@Entity('login_challenge')
export class LoginChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', name: 'token_hash' })
  tokenHash: string;

  @Column({ type: 'uuid', name: 'account_id' })
  accountId: string;

  @Column({ type: 'text' })
  kind: LoginChallengeKind;

  @Column({ type: 'text', nullable: true })
  browser: string | null;

  @Column({ type: 'text', nullable: true })
  os: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;
}
