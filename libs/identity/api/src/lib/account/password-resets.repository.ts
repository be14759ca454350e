import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { PasswordResetEntity } from './password-reset.entity';

/** Every SQL statement on password reset links. */
@Injectable()
export class PasswordResetsRepository {
  async insert(values: Omit<PasswordResetEntity, 'id'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(PasswordResetEntity).insert(values);
  }

  /** The unused link with this token hash, locked (FOR UPDATE) so two requests cannot both use it. */
  lockUnused(tokenHash: string, manager: EntityManager): Promise<PasswordResetEntity | null> {
    return manager
      .getRepository(PasswordResetEntity)
      .findOne({ where: { tokenHash, usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  /** Uses up every open link of the account: after a new password an older mail must not work either. */
  async useAllOfAccount(accountId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(PasswordResetEntity).update({ accountId, usedAt: IsNull() }, { usedAt: at });
  }
}
