import { BadRequestException, Injectable } from '@nestjs/common';
import {
  ACTIVATION_CODE_ALPHABET,
  ACTIVATION_CODE_DAYS,
  ACTIVATION_CODE_INVALID,
  ACTIVATION_CODE_LENGTH,
  formatActivationCode,
  normaliseActivationCode,
  type ActivationDone,
} from '@nabij/identity/contracts';
import { AuditService, Clock, RequestMeta } from '@nabij/platform/api';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccountsRepository } from '../accounts.repository';
import { LoginThrottleService } from '../login/login-throttle.service';
import { PasswordPolicyService } from '../password-policy.service';
import { PasswordService } from '../password.service';
import { SessionsService } from '../sessions.service';
import { hashToken } from '../tokens';
import { ActivationCodesRepository, LoginNameClientRow } from './activation-codes.repository';

/** One message for every wrong answer, so it never tells which part was wrong or whether the name exists. */
const CODE_INVALID_MESSAGE = 'This login name and code do not work. Check the letter, or ask your social worker for a new code.';
const LOGIN_NAME_RANDOM = 'abcdefghjkmnpqrstuvwxyz23456789';

export interface IssuedActivationCode {
  /** As printed: `K7M4-Q2XA-9RTD`. Shown once; only its hash is stored. */
  code: string;
  expiresAt: Date;
}

function randomFrom(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** `Alphen aan den Rijn` → `alphen`, `'s-Gravenhage` → `sgravenhage`: the first word in plain letters. */
export function loginNamePrefix(place: string): string {
  const word = place
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^'s-/, 's')
    .split(/[\s-]+/)[0]
    .replace(/[^a-z]/g, '')
    .slice(0, 12);
  return word.length >= 2 ? word : 'nabij';
}

/**
 * Login names and activation codes for clients admitted without an e-mail address. The worker's
 * side (admission, a new code) lives in intake; the client's side (`POST /api/auth/activate`) here.
 */
@Injectable()
export class ActivationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly codes: ActivationCodesRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicyService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A free login name like `leiden-k7m4q` (31^5 ≈ 29 million per place; the unique index is the last word). */
  async newLoginName(place: string, manager: EntityManager): Promise<string> {
    const prefix = loginNamePrefix(place);
    for (;;) {
      const name = `${prefix}-${randomFrom(LOGIN_NAME_RANDOM, 5)}`;
      if (!(await this.accounts.findByLoginName(name, manager))) return name;
    }
  }

  /** The organisation's clients who log in with a login name, with whether they activated and until when a code works. */
  loginNameClients(organisationId: string): Promise<LoginNameClientRow[]> {
    return this.codes.loginNameClients(organisationId, this.clock.now());
  }

  /** A new code for the account; every older open code stops working. Runs in the caller's transaction. */
  async issue(accountId: string, createdBy: string, manager: EntityManager): Promise<IssuedActivationCode> {
    const now = this.clock.now();
    const code = randomFrom(ACTIVATION_CODE_ALPHABET, ACTIVATION_CODE_LENGTH);
    const expiresAt = new Date(now.getTime() + ACTIVATION_CODE_DAYS * 86_400_000);
    await this.codes.replaceOpen(accountId, now, manager);
    await this.codes.insert(
      { accountId, codeHash: hashToken(code), createdBy, createdAt: now, expiresAt, usedAt: null, replacedAt: null },
      manager,
    );
    return { code: formatActivationCode(code), expiresAt };
  }

  /**
   * The client sets a password with the code from the letter. Throttled exactly like a login, on the
   * same counter (the login name), because a code is a password that works once.
   */
  async activate(loginName: string, code: string, password: string, meta: RequestMeta): Promise<ActivationDone> {
    const attempt = await this.throttle.begin(loginName.trim(), meta.ip);
    const hash = Buffer.from(hashToken(normaliseActivationCode(code)), 'hex');
    const account = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const found = await this.accounts.findByLoginName(loginName, manager);
      const open = found ? await this.codes.lockOpen(found.id, manager) : [];
      const match = open.find((c) => c.expiresAt > now && timingSafeEqual(Buffer.from(c.codeHash, 'hex'), hash));
      if (!found || !match) {
        throw new BadRequestException({
          message: CODE_INVALID_MESSAGE,
          code: ACTIVATION_CODE_INVALID,
          fields: { code: [CODE_INVALID_MESSAGE] },
        });
      }
      this.policy.assertStrong(password, [found.loginName, found.name]);
      await this.accounts.updateAccount(found.id, { passwordHash: await this.passwords.hash(password) }, manager);
      await this.codes.markUsed(match.id, now, manager);
      await this.audit.record(
        {
          actor: found,
          action: 'update',
          resourceType: 'password',
          resourceId: found.id,
          clientId: found.role === 'client' ? found.id : null,
          reason: 'password chosen with an activation code',
          ...meta,
        },
        manager,
      );
      return found;
    });
    await this.throttle.succeeded(attempt);
    // A new code usually means the old password was forgotten or known to someone else: every login ends.
    await this.sessions.revokeAll(account.id);
    return { loginName: account.loginName ?? loginName };
  }
}
