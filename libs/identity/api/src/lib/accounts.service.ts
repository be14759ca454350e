import { Injectable } from '@nestjs/common';
import { Clock } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';
import { EntityManager } from 'typeorm';
import { AccountsRepository, AccountWithEmail } from './accounts.repository';
import { AccountEntity } from './entities/account.entity';
import { PasswordPolicyService } from './password-policy.service';
import { PasswordService } from './password.service';
import { hashToken, newToken } from './tokens';

const VERIFICATION_DAYS = 7;

export interface NewClient {
  /** Null only with a login name: a client admitted without an e-mail address. */
  email: string | null;
  loginName?: string | null;
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
  /** The language the portal showed when the client registered; Dutch when not given. */
  language?: Language;
}

/** A staff account made from an accepted invite (organisation domain). */
export interface NewStaff {
  email: string;
  name: string;
  role: 'worker' | 'team_lead' | 'admin';
  organisationId: string;
  teamId: string | null;
  canTrain: boolean;
  chatDuty: boolean;
  /** May write and publish library content (a worker's right; admins may anyway). */
  libraryEditor?: boolean;
  /** Checked against the password policy (with the person's name and address) before it is hashed. */
  password: string;
}

/** A parent or carer's account, made when they accept a worker's invite (guardians domain). */
export interface NewGuardian {
  email: string;
  name: string;
  organisationId: string;
  /** Checked against the password policy (with the person's name and address) before it is hashed. */
  password: string;
  /** The language the portal showed when the parent accepted the invite; Dutch when not given. */
  language?: Language;
}

/** Account records and e-mail verification, used by intake (registration, admission) and organisation (invites). */
@Injectable()
export class AccountsService {
  constructor(
    private readonly repository: AccountsRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicyService,
    private readonly clock: Clock,
  ) {}

  findByEmail(email: string, manager?: EntityManager): Promise<AccountWithEmail | null> {
    return this.repository.findByEmail(email, manager);
  }

  findById(id: string, manager?: EntityManager): Promise<AccountEntity | null> {
    return this.repository.findById(id, manager);
  }

  async createClient(client: NewClient, manager: EntityManager): Promise<AccountEntity> {
    return this.repository.insertAccount(
      {
        email: client.email?.trim() || null,
        loginName: client.loginName ?? null,
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
        language: client.language ?? 'nl',
      },
      manager,
    );
  }

  /**
   * A staff account with a password the person chose. Its address is verified: the invite link that
   * led here arrived by mail. 400 naming `password` when the password is too weak.
   */
  async createStaff(staff: NewStaff, manager: EntityManager): Promise<AccountEntity> {
    this.policy.assertStrong(staff.password, [staff.email, staff.name]);
    const now = this.clock.now();
    return this.repository.insertAccount(
      {
        email: staff.email.trim(),
        loginName: null,
        passwordHash: await this.passwords.hash(staff.password),
        role: staff.role,
        name: staff.name.trim(),
        birthDate: null,
        postcode: null,
        organisationId: staff.organisationId,
        financierId: null,
        teamId: staff.teamId,
        emailVerifiedAt: now,
        admittedBy: null,
        admissionReason: null,
        createdAt: now,
        canTrain: staff.canTrain,
        chatDuty: staff.chatDuty,
        libraryEditor: staff.libraryEditor ?? false,
      },
      manager,
    );
  }

  /**
   * A guardian account with a password the person chose; its address is verified, because the invite
   * link that led here arrived by mail. 400 naming `password` when the password is too weak.
   */
  async createGuardian(guardian: NewGuardian, manager: EntityManager): Promise<AccountEntity> {
    this.policy.assertStrong(guardian.password, [guardian.email, guardian.name]);
    const now = this.clock.now();
    return this.repository.insertAccount(
      {
        email: guardian.email.trim(),
        loginName: null,
        passwordHash: await this.passwords.hash(guardian.password),
        role: 'guardian',
        name: guardian.name.trim(),
        birthDate: null,
        postcode: null,
        organisationId: guardian.organisationId,
        financierId: null,
        teamId: null,
        emailVerifiedAt: now,
        admittedBy: null,
        admissionReason: null,
        createdAt: now,
        language: guardian.language ?? 'nl',
      },
      manager,
    );
  }

  /**
   * A fresh verification link token; earlier unused links stay valid until they expire. With
   * `newEmail` (a login-name account adding an address) the address is the account's only once the
   * link is opened.
   */
  async issueVerification(accountId: string, manager?: EntityManager, newEmail: string | null = null): Promise<string> {
    const now = this.clock.now();
    const { token, hash } = newToken();
    await this.repository.insertVerification(
      {
        accountId,
        tokenHash: hash,
        createdAt: now,
        expiresAt: new Date(now.getTime() + VERIFICATION_DAYS * 86_400_000),
        usedAt: null,
        newEmail,
      },
      manager,
    );
    return token;
  }

  /**
   * Confirms the e-mail address behind a verification token. Returns the account, or null when the
   * token is unknown, used or expired. Sets the password when given and the account has none yet.
   */
  async verify(
    token: string,
    password: string | undefined,
    manager: EntityManager,
  ): Promise<AccountWithEmail | 'password_required' | null> {
    const now = this.clock.now();
    const verification = await this.repository.lockUnusedVerification(hashToken(token), manager);
    if (!verification || verification.expiresAt <= now) return null;
    const account = await this.repository.findWithPasswordHashOrFail(verification.accountId, manager);
    if (verification.newEmail) return this.confirmNewEmail(account, verification.id, verification.newEmail, now, manager);
    // Verification links go only to e-mail addresses; an account without one has nothing to confirm.
    if (!account.email) return null;
    const email = account.email;
    if (!account.passwordHash) {
      if (!password) return 'password_required';
      this.policy.assertStrong(password, [account.email, account.name]);
      await this.repository.updateAccount(account.id, { passwordHash: await this.passwords.hash(password) }, manager);
    }
    await this.repository.markVerificationUsed(verification.id, now, manager);
    if (!account.emailVerifiedAt) await this.repository.updateAccount(account.id, { emailVerifiedAt: now }, manager);
    return { ...(await this.repository.findByIdOrFail(account.id, manager)), email };
  }

  /**
   * A login-name account's added address becomes its own once the link is opened: unless the account
   * got another address meanwhile, or someone else has this one by now (the link then just fails).
   */
  private async confirmNewEmail(
    account: AccountEntity,
    verificationId: string,
    email: string,
    now: Date,
    manager: EntityManager,
  ): Promise<AccountWithEmail | null> {
    const owner = await this.repository.findByEmail(email, manager);
    if (account.email || (owner && owner.id !== account.id)) return null;
    await this.repository.updateAccount(account.id, { email, emailVerifiedAt: now }, manager);
    await this.repository.markVerificationUsed(verificationId, now, manager);
    return { ...(await this.repository.findByIdOrFail(account.id, manager)), email };
  }
}
