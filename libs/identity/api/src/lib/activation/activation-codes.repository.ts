import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ActivationCodeEntity } from './activation-code.entity';

/** A client of the organisation who logs in with a login name, and where their activation stands. */
export interface LoginNameClientRow {
  id: string;
  name: string | null;
  login_name: string;
  activated: boolean;
  /** The expiry of the open code, if one still works. */
  code_valid_until: Date | null;
}

/** Every SQL statement on activation codes; the ones with an `EntityManager` run in the caller's transaction. */
@Injectable()
export class ActivationCodesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation's login-name clients, newest first (at most 200). */
  loginNameClients(organisationId: string, now: Date): Promise<LoginNameClientRow[]> {
    return this.dataSource.query(
      `SELECT a.id, a.name, a.login_name, a.password_hash IS NOT NULL AS activated,
              (SELECT max(c.expires_at) FROM activation_code c
                WHERE c.account_id = a.id AND c.used_at IS NULL AND c.replaced_at IS NULL AND c.expires_at > $2) AS code_valid_until
         FROM account a
        WHERE a.organisation_id = $1 AND a.role = 'client' AND a.login_name IS NOT NULL
        ORDER BY a.created_at DESC, a.id
        LIMIT 200`,
      [organisationId, now],
    );
  }

  async insert(values: Omit<ActivationCodeEntity, 'id'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(ActivationCodeEntity).insert(values);
  }

  /** Ends every open code of the account: a new letter makes the older ones worthless. */
  async replaceOpen(accountId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(ActivationCodeEntity).update({ accountId, usedAt: IsNull(), replacedAt: IsNull() }, { replacedAt: at });
  }

  /** The account's open (unused, not replaced) codes, locked (FOR UPDATE) so a code is used once. */
  lockOpen(accountId: string, manager: EntityManager): Promise<ActivationCodeEntity[]> {
    return manager
      .getRepository(ActivationCodeEntity)
      .find({ where: { accountId, usedAt: IsNull(), replacedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(ActivationCodeEntity).update(id, { usedAt: at });
  }
}
