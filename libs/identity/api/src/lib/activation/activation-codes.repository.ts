import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { ActivationCodeEntity } from './activation-code.entity';

/** Every SQL statement on activation codes; all run in the caller's transaction. */
@Injectable()
export class ActivationCodesRepository {
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
