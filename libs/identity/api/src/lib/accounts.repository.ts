import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AccountEntity } from './entities/account.entity';
import { EmailVerificationEntity } from './entities/token.entities';

/**
 * The account with its organisation, financier and team ids and its team's name (left join:
 * `team_name` is null exactly when `team_id` is). Organisation and financier names are intake's:
 * platform's OrganisationNames gives them.
 */
export interface CurrentUserRow {
  id: string;
  email: string | null;
  login_name: string | null;
  name: string | null;
  role: AccountEntity['role'];
  language: AccountEntity['language'];
  org_id: string | null;
  fin_id: string | null;
  team_id: string | null;
  team_name: string;
}

/** An account found by its e-mail address, which therefore has one. */
export type AccountWithEmail = AccountEntity & { email: string };

/** A new account is never deactivated; that is an admin's later change. Staff capabilities default to false. */
type NewAccount = Omit<AccountEntity, 'id' | 'deactivatedAt' | 'canTrain' | 'chatDuty' | 'libraryEditor' | 'language'> &
  Partial<Pick<AccountEntity, 'canTrain' | 'chatDuty' | 'libraryEditor' | 'language'>>;
type NewVerification = Omit<EmailVerificationEntity, 'id'>;

/**
 * Every SQL statement on accounts and e-mail verifications. Methods that take an `EntityManager`
 * run in the caller's transaction (and its row locks); an optional one falls back to the pool.
 */
@Injectable()
export class AccountsRepository {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectRepository(EmailVerificationEntity) private readonly verifications: Repository<EmailVerificationEntity>,
  ) {}

  /** E-mail addresses match case-insensitively. */
  findByEmail(email: string, manager?: EntityManager): Promise<AccountWithEmail | null> {
    return this.accountsOf(manager)
      .createQueryBuilder('a')
      .where('lower(a.email) = lower(:email)', { email })
      .getOne() as Promise<AccountWithEmail | null>;
  }

  /** Login names are stored in lower case and match case-insensitively. */
  findByLoginName(loginName: string, manager?: EntityManager): Promise<AccountEntity | null> {
    return this.accountsOf(manager).findOneBy({ loginName: loginName.trim().toLowerCase() });
  }

  /**
   * The account for the login form's first field, an e-mail address or a login name (clients
   * admitted without an e-mail address), with the password hash (not selected by default) for the
   * login check. Login names contain no `@`, so the two never match the same text.
   */
  findForLoginWithPasswordHash(emailOrLoginName: string): Promise<AccountEntity | null> {
    return this.accounts
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('lower(a.email) = lower(:login) OR a.login_name = lower(:login)', { login: emailOrLoginName.trim() })
      .getOne();
  }

  findById(id: string, manager?: EntityManager): Promise<AccountEntity | null> {
    return this.accountsOf(manager).findOneBy({ id });
  }

  findByIdOrFail(id: string, manager?: EntityManager): Promise<AccountEntity> {
    return this.accountsOf(manager).findOneByOrFail({ id });
  }

  findWithPasswordHashOrFail(id: string, manager: EntityManager): Promise<AccountEntity> {
    return manager
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.id = :id', { id })
      .getOneOrFail();
  }

  insertAccount(values: NewAccount, manager: EntityManager): Promise<AccountEntity> {
    const repo = manager.getRepository(AccountEntity);
    return repo.save(repo.create(values));
  }

  async updateAccount(
    id: string,
    patch: Partial<Pick<AccountEntity, 'passwordHash' | 'emailVerifiedAt' | 'email'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(AccountEntity).update(id, patch);
  }

  /** The language the account reads (checked by the caller and the column's constraint). */
  async setLanguage(id: string, language: AccountEntity['language'], manager: EntityManager = this.accounts.manager): Promise<void> {
    await manager.getRepository(AccountEntity).update(id, { language });
  }

  async insertVerification(values: NewVerification, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(EmailVerificationEntity) : this.verifications;
    await repo.insert(values);
  }

  /** The unused verification with this token hash, locked (FOR UPDATE) so it is used once. */
  lockUnusedVerification(tokenHash: string, manager: EntityManager): Promise<EmailVerificationEntity | null> {
    return manager
      .getRepository(EmailVerificationEntity)
      .findOne({ where: { tokenHash, usedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  async markVerificationUsed(id: string, usedAt: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(EmailVerificationEntity).update(id, { usedAt });
  }

  async currentUserRow(accountId: string): Promise<CurrentUserRow | undefined> {
    const [row] = await this.accounts.query(
      `SELECT a.id, a.email, a.login_name, a.name, a.role, a.language,
              a.organisation_id AS org_id, a.financier_id AS fin_id,
              t.id AS team_id, t.name AS team_name
         FROM account a
         LEFT JOIN team t ON t.id = a.team_id
        WHERE a.id = $1`,
      [accountId],
    );
    return row;
  }

  private accountsOf(manager?: EntityManager): Repository<AccountEntity> {
    return manager ? manager.getRepository(AccountEntity) : this.accounts;
  }
}
