import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock } from '@nabij/platform/api';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AccountEntity } from './entities/account.entity';
import { EmailVerificationEntity } from './entities/token.entities';
import { PasswordPolicyService } from './password-policy.service';
import { PasswordService } from './password.service';
import { hashToken, newToken } from './tokens';

const VERIFICATION_DAYS = 7;

export interface NewClient {
  email: string;
  password: string | null;
  /** A hash made earlier (registration hashes before it knows whether the address is new). */
  passwordHash?: string;
  name: string | null;
  birthDate: string;
  postcode: string | null;
  organisationId: string;
  financierId: string;
  admittedBy?: string | null;
  admissionReason?: string | null;
}

/** Account records and e-mail verification, used by intake (registration, admission). */
@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectRepository(EmailVerificationEntity) private readonly verifications: Repository<EmailVerificationEntity>,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicyService,
    private readonly clock: Clock,
  ) {}

  findByEmail(email: string, manager?: EntityManager): Promise<AccountEntity | null> {
    const repo = manager ? manager.getRepository(AccountEntity) : this.accounts;
    return repo.createQueryBuilder('a').where('lower(a.email) = lower(:email)', { email }).getOne();
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOneBy({ id });
  }

  async createClient(client: NewClient, manager: EntityManager): Promise<AccountEntity> {
    const repo = manager.getRepository(AccountEntity);
    const account = repo.create({
      email: client.email.trim(),
      passwordHash: client.passwordHash ?? (client.password ? await this.passwords.hash(client.password) : null),
      role: 'client',
      name: client.name?.trim() || null,
      birthDate: client.birthDate,
      postcode: client.postcode,
      organisationId: client.organisationId,
      financierId: client.financierId,
      teamId: null,
      emailVerifiedAt: null,
      admittedBy: client.admittedBy ?? null,
      admissionReason: client.admissionReason ?? null,
      createdAt: this.clock.now(),
    });
    return repo.save(account);
  }

  /** A fresh verification link token; earlier unused links stay valid until they expire. */
  async issueVerification(accountId: string, manager?: EntityManager): Promise<string> {
    const repo = manager ? manager.getRepository(EmailVerificationEntity) : this.verifications;
    const now = this.clock.now();
    const { token, hash } = newToken();
    await repo.insert({
      accountId,
      tokenHash: hash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + VERIFICATION_DAYS * 86_400_000),
      usedAt: null,
    });
    return token;
  }

  /**
   * Confirms the e-mail address behind a verification token. Returns the account, or null when the
   * token is unknown, used or expired. Sets the password when given and the account has none yet.
   */
  async verify(token: string, password: string | undefined, manager: EntityManager): Promise<AccountEntity | 'password_required' | null> {
    const now = this.clock.now();
    const verification = await manager
      .getRepository(EmailVerificationEntity)
      .findOne({ where: { tokenHash: hashToken(token), usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (!verification || verification.expiresAt <= now) return null;
    const repo = manager.getRepository(AccountEntity);
    const account = await repo
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.id = :id', { id: verification.accountId })
      .getOneOrFail();
    if (!account.passwordHash) {
      if (!password) return 'password_required';
      this.policy.assertStrong(password, [account.email, account.name]);
      await repo.update(account.id, { passwordHash: await this.passwords.hash(password) });
    }
    await manager.getRepository(EmailVerificationEntity).update(verification.id, { usedAt: now });
    if (!account.emailVerifiedAt) await repo.update(account.id, { emailVerifiedAt: now });
    return repo.findOneByOrFail({ id: account.id });
  }
}
