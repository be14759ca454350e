import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountRecoveryCodeEntity, AccountTotpEntity, LoginChallengeEntity } from './two-factor.entities';

/** Every SQL statement on authenticator secrets, recovery codes and login challenges. */
@Injectable()
export class TwoFactorRepository {
  constructor(private readonly dataSource: DataSource) {}

  findTotp(accountId: string, db: EntityManager = this.dataSource.manager): Promise<AccountTotpEntity | null> {
    return db.getRepository(AccountTotpEntity).findOne({ where: { accountId } });
  }

  /** Locked (FOR UPDATE): two requests with the same code cannot both pass the replay check. */
  lockTotp(accountId: string, db: EntityManager): Promise<AccountTotpEntity | null> {
    return db.getRepository(AccountTotpEntity).findOne({ where: { accountId }, lock: { mode: 'pessimistic_write' } });
  }

  /** A new secret, not confirmed yet; replaces an earlier unconfirmed one. */
  async saveUnconfirmed(accountId: string, secret: string, at: Date, db: EntityManager): Promise<void> {
    await db.query(
      `INSERT INTO account_totp (account_id, secret, confirmed_at, last_time_step, created_at) VALUES ($1, $2, NULL, NULL, $3)
       ON CONFLICT (account_id) DO UPDATE SET secret = excluded.secret, confirmed_at = NULL, last_time_step = NULL, created_at = excluded.created_at`,
      [accountId, secret, at],
    );
  }

  async confirm(accountId: string, at: Date, timeStep: number, db: EntityManager): Promise<void> {
    await db.getRepository(AccountTotpEntity).update({ accountId }, { confirmedAt: at, lastTimeStep: String(timeStep) });
  }

  async setLastTimeStep(accountId: string, timeStep: number, db: EntityManager): Promise<void> {
    await db.getRepository(AccountTotpEntity).update({ accountId }, { lastTimeStep: String(timeStep) });
  }

  /** Turns two-factor authentication off: the secret and every recovery code go. */
  async deleteAll(accountId: string, db: EntityManager): Promise<void> {
    await db.getRepository(AccountRecoveryCodeEntity).delete({ accountId });
    await db.getRepository(AccountTotpEntity).delete({ accountId });
  }

  /** The new set replaces every earlier code, used or not. */
  async replaceRecoveryCodes(accountId: string, codeHashes: string[], db: EntityManager): Promise<void> {
    await db.getRepository(AccountRecoveryCodeEntity).delete({ accountId });
    await db.getRepository(AccountRecoveryCodeEntity).insert(codeHashes.map((codeHash) => ({ accountId, codeHash, usedAt: null })));
  }

  /** Marks the unused code with this hash as used; false when there is none (wrong or used before). */
  async useRecoveryCode(accountId: string, codeHash: string, at: Date, db: EntityManager): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `UPDATE account_recovery_code SET used_at = $3
        WHERE id = (SELECT id FROM account_recovery_code WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL LIMIT 1 FOR UPDATE)
        RETURNING id`,
      [accountId, codeHash, at],
    );
    return Array.isArray(rows[0]) ? rows[0].length > 0 : rows.length > 0;
  }

  recoveryCodesLeft(accountId: string, db: EntityManager = this.dataSource.manager): Promise<number> {
    return db.getRepository(AccountRecoveryCodeEntity).count({ where: { accountId, usedAt: IsNull() } });
  }

  async insertChallenge(values: Omit<LoginChallengeEntity, 'id'>, db: EntityManager = this.dataSource.manager): Promise<void> {
    await db.getRepository(LoginChallengeEntity).insert(values);
  }

  findChallenge(tokenHash: string): Promise<LoginChallengeEntity | null> {
    return this.dataSource.getRepository(LoginChallengeEntity).findOne({ where: { tokenHash } });
  }

  lockChallenge(tokenHash: string, db: EntityManager): Promise<LoginChallengeEntity | null> {
    return db.getRepository(LoginChallengeEntity).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async countWrongCode(challengeId: string, db: EntityManager): Promise<void> {
    await db.getRepository(LoginChallengeEntity).increment({ id: challengeId }, 'attempts', 1);
  }

  async useChallenge(challengeId: string, at: Date, db: EntityManager): Promise<void> {
    await db.getRepository(LoginChallengeEntity).update({ id: challengeId }, { usedAt: at });
  }

  /** Ends every open challenge of the account (after an admin reset, a half-done login must start over). */
  async endChallengesOfAccount(accountId: string, at: Date, db: EntityManager): Promise<void> {
    await db.getRepository(LoginChallengeEntity).update({ accountId, usedAt: IsNull() }, { usedAt: at });
  }

  /** Challenges older than `before` are of no use any more. */
  async deleteChallengesBefore(before: Date): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_challenge WHERE expires_at < $1`, [before]);
  }
}
