import { Injectable } from '@nestjs/common';
import { AppConfig } from '@nabij/platform/api';
import * as argon2 from 'argon2';

/**
 * argon2's smallest cost, for test runs only (AppConfig refuses it outside NODE_ENV=test): the same
 * algorithm and code path, without a second of CPU per login on a busy test machine.
 */
const TEST_COST = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  // A fixed hash to verify against when the account does not exist, so timing does not tell.
  private dummyHash: Promise<string> | null = null;
  private readonly cost: Partial<typeof TEST_COST>;

  constructor(config: AppConfig) {
    this.cost = config.passwordHashCost === 'test' ? TEST_COST : {};
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, ...this.cost });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      this.dummyHash ??= this.hash('nabij-dummy-password');
      await argon2.verify(await this.dummyHash, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
