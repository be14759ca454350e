import { ConflictException, ForbiddenException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import {
  LOGIN_CHALLENGE_ENDED,
  LOGIN_CHALLENGE_MAX_ATTEMPTS,
  LOGIN_CHALLENGE_SECONDS,
  RECOVERY_CODE_COUNT,
  TWO_FACTOR_CODE_WRONG,
  isTotpCode,
  type RecoveryCodes,
  type SecondFactorChallenge,
  type TwoFactorSetup,
  type TwoFactorStatus,
} from '@nabij/identity/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { PROFESSIONAL_ROLES, TWO_FACTOR_REQUIRED, type Role } from '@nabij/platform/contracts';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import { createHash, randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Device } from '../account/user-agent';
import { AccountsRepository } from '../accounts.repository';
import type { AccountEntity } from '../entities/account.entity';
import { LoginThrottleService } from '../login/login-throttle.service';
import { hashToken, newToken } from '../tokens';
import { TwoFactorRepository } from './two-factor.repository';
import type { LoginChallengeEntity, LoginChallengeKind } from './two-factor.entities';

/** Name in the authenticator app. */
export const TOTP_ISSUER = 'Nabij';
const TOTP_PERIOD_SECONDS = 30;
/**
 * Setting up an app (installing it, scanning) takes longer than typing a code, so a setup challenge
 * lives 15 minutes; a code challenge LOGIN_CHALLENGE_SECONDS (5).
 */
export const SETUP_CHALLENGE_SECONDS = 15 * 60;
/** Recovery codes: 10 characters without look-alikes (no 0/o, 1/l/i), shown as "abcde-fghjk". */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const RECOVERY_LENGTH = 10;

export const TWO_FACTOR_ALREADY_ENABLED = 'two_factor_already_enabled';
export const TWO_FACTOR_NOT_ENABLED = 'two_factor_not_enabled';

export type SecondFactorMethod = 'totp' | 'recovery_code';

/** A finished second step: whose login, on what device, and how it was proven. */
export interface PassedChallenge {
  accountId: string;
  device: Device;
  method: SecondFactorMethod;
}

function isStaff(role: Role): boolean {
  return PROFESSIONAL_ROLES.includes(role);
}

function wrongCode(): UnauthorizedException {
  return new UnauthorizedException({ message: 'This code is not correct, or it has been used already.', code: TWO_FACTOR_CODE_WRONG });
}

function challengeEnded(): UnauthorizedException {
  return new UnauthorizedException({
    message: 'This login step has ended (too late, or too many wrong codes). Log in again with your password.',
    code: LOGIN_CHALLENGE_ENDED,
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}

function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < RECOVERY_LENGTH; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * Two-factor authentication with an authenticator app (TOTP, RFC 6238): mandatory for staff
 * (NEN 7510), optional for clients. Owns `account_totp`, `account_recovery_code` and
 * `login_challenge`. Codes are checked at the injected Clock's time with one step (30 s) either
 * side, and never twice: `last_time_step` remembers the step of the last accepted code. Every code
 * attempt is counted by LoginThrottleService like a password, so the code cannot be guessed faster
 * than a password, and a challenge dies after LOGIN_CHALLENGE_MAX_ATTEMPTS wrong codes.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly repo: TwoFactorRepository,
    private readonly accounts: AccountsRepository,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  // ---- Login --------------------------------------------------------------------------------

  /** After a right password: the second step this account needs, or null when the password is enough. */
  async challengeFor(account: AccountEntity, device: Device): Promise<SecondFactorChallenge | null> {
    const totp = await this.repo.findTotp(account.id);
    const kind: LoginChallengeKind | null = totp?.confirmedAt ? 'second_factor' : isStaff(account.role) ? 'setup' : null;
    if (!kind) return null;
    const seconds = kind === 'setup' ? SETUP_CHALLENGE_SECONDS : LOGIN_CHALLENGE_SECONDS;
    const now = this.clock.now();
    const { token, hash } = newToken();
    await this.repo.insertChallenge({
      tokenHash: hash,
      accountId: account.id,
      kind,
      browser: device.browser,
      os: device.os,
      createdAt: now,
      expiresAt: new Date(now.getTime() + seconds * 1000),
      attempts: 0,
      usedAt: null,
    });
    return { secondFactor: kind === 'setup' ? 'setup' : 'totp', challenge: token, expiresIn: seconds };
  }

  /** The code step of a login: a code from the app, or an unused recovery code. */
  async passChallenge(challengeToken: string, code: string, meta: RequestMeta): Promise<PassedChallenge> {
    const tokenHash = hashToken(challengeToken);
    const account = await this.accountOfOpenChallenge(tokenHash, 'second_factor');
    const attempt = await this.throttle.begin(throttleKey(account), meta.ip);
    const result = await this.dataSource.transaction(async (db) => {
      const challenge = await this.lockOpenChallenge(tokenHash, 'second_factor', db);
      if (!challenge) return 'ended' as const;
      const method = await this.checkCode(account.id, code, db);
      if (!method) {
        await this.repo.countWrongCode(challenge.id, db);
        return 'wrong' as const;
      }
      await this.repo.useChallenge(challenge.id, this.clock.now(), db);
      return { method, device: { browser: challenge.browser, os: challenge.os } };
    });
    if (result === 'ended') throw challengeEnded();
    if (result === 'wrong') throw wrongCode();
    await this.throttle.succeeded(attempt);
    return { accountId: account.id, device: result.device, method: result.method };
  }

  /** Staff at their first login (or after an admin reset): a new secret to scan. Again replaces it. */
  async beginLoginSetup(challengeToken: string): Promise<TwoFactorSetup> {
    const account = await this.accountOfOpenChallenge(hashToken(challengeToken), 'setup');
    return this.newSecret(account);
  }

  /** Confirms the scanned secret with a first code; the login gets its session and 10 recovery codes. */
  async confirmLoginSetup(challengeToken: string, code: string, meta: RequestMeta): Promise<PassedChallenge & RecoveryCodes> {
    const tokenHash = hashToken(challengeToken);
    const account = await this.accountOfOpenChallenge(tokenHash, 'setup');
    const attempt = await this.throttle.begin(throttleKey(account), meta.ip);
    const result = await this.dataSource.transaction(async (db) => {
      const challenge = await this.lockOpenChallenge(tokenHash, 'setup', db);
      if (!challenge) return 'ended' as const;
      const recoveryCodes = await this.confirmSecret(account.id, code, db);
      if (!recoveryCodes) {
        await this.repo.countWrongCode(challenge.id, db);
        return 'wrong' as const;
      }
      await this.repo.useChallenge(challenge.id, this.clock.now(), db);
      await this.audit.record(
        { actor: account, action: 'update', resourceType: 'two_factor', resourceId: account.id, reason: 'set up at login', ...meta },
        db,
      );
      return { recoveryCodes, device: { browser: challenge.browser, os: challenge.os } };
    });
    if (result === 'ended') throw challengeEnded();
    if (result === 'wrong') throw wrongCode();
    await this.throttle.succeeded(attempt);
    return { accountId: account.id, device: result.device, method: 'totp', recoveryCodes: result.recoveryCodes };
  }

  // ---- Logged in ----------------------------------------------------------------------------

  async status(user: AuthUser): Promise<TwoFactorStatus> {
    const totp = await this.repo.findTotp(user.id);
    const enabled = !!totp?.confirmedAt;
    return { enabled, required: isStaff(user.role), recoveryCodesLeft: enabled ? await this.repo.recoveryCodesLeft(user.id) : 0 };
  }

  /** Ten new recovery codes (the old ones stop working); asks a code from the app first. */
  async renewRecoveryCodes(user: AuthUser, code: string, meta: RequestMeta): Promise<RecoveryCodes> {
    const account = await this.accounts.findByIdOrFail(user.id);
    const recoveryCodes = await this.withCheckedCode(account, code, meta, async (db) => {
      const codes = await this.newRecoveryCodes(account.id, db);
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'two_factor', resourceId: user.id, reason: 'new recovery codes', ...meta },
        db,
      );
      return codes;
    });
    return { recoveryCodes };
  }

  /** Clients only: a new secret to scan for turning two-factor authentication on. */
  async beginSetup(user: AuthUser): Promise<TwoFactorSetup> {
    const account = await this.accounts.findByIdOrFail(user.id);
    return this.newSecret(account);
  }

  async confirmSetup(user: AuthUser, code: string, meta: RequestMeta): Promise<RecoveryCodes> {
    const account = await this.accounts.findByIdOrFail(user.id);
    const attempt = await this.throttle.begin(throttleKey(account), meta.ip);
    const recoveryCodes = await this.dataSource.transaction(async (db) => {
      const codes = await this.confirmSecret(account.id, code, db);
      if (codes)
        await this.audit.record(
          { actor: user, action: 'update', resourceType: 'two_factor', resourceId: user.id, reason: 'turned on', ...meta },
          db,
        );
      return codes;
    });
    if (!recoveryCodes) throw wrongCode();
    await this.throttle.succeeded(attempt);
    return { recoveryCodes };
  }

  /** Clients only (staff get 403 `two_factor_required`); asks a code from the app or a recovery code. */
  async disable(user: AuthUser, code: string, meta: RequestMeta): Promise<void> {
    this.refuseStaff(user);
    const account = await this.accounts.findByIdOrFail(user.id);
    await this.withCheckedCode(account, code, meta, async (db) => {
      await this.repo.deleteAll(account.id, db);
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'two_factor', resourceId: user.id, reason: 'turned off', ...meta },
        db,
      );
    });
  }

  refuseStaff(user: Pick<AuthUser, 'role'>): void {
    if (isStaff(user.role))
      throw new ForbiddenException({
        message: 'Staff must use two-factor authentication (NEN 7510). An admin can reset it when you have lost your phone.',
        code: TWO_FACTOR_REQUIRED,
      });
  }

  // ---- Admin ------------------------------------------------------------------------------

  /**
   * An admin resets a colleague's two-factor authentication (lost phone): the secret, the recovery
   * codes and half-done logins go; at the next login they set it up again. The caller checks that
   * the account is staff of the admin's organisation, ends the sessions after the commit, and passes
   * its transaction so the audit entry commits with the change.
   */
  async reset(admin: AuthUser, accountId: string, meta: RequestMeta, db: EntityManager): Promise<void> {
    await this.repo.deleteAll(accountId, db);
    await this.repo.endChallengesOfAccount(accountId, this.clock.now(), db);
    await this.audit.record(
      { actor: admin, action: 'update', resourceType: 'two_factor', resourceId: accountId, reason: 'reset by admin', ...meta },
      db,
    );
  }

  // ---- Inside -----------------------------------------------------------------------------

  private async accountOfOpenChallenge(tokenHash: string, kind: LoginChallengeKind): Promise<AccountEntity> {
    const challenge = await this.repo.findChallenge(tokenHash);
    if (!challenge || !this.isOpen(challenge, kind)) throw challengeEnded();
    const account = await this.accounts.findById(challenge.accountId);
    if (!account || account.deactivatedAt) throw challengeEnded();
    return account;
  }

  private async lockOpenChallenge(tokenHash: string, kind: LoginChallengeKind, db: EntityManager): Promise<LoginChallengeEntity | null> {
    const challenge = await this.repo.lockChallenge(tokenHash, db);
    return challenge && this.isOpen(challenge, kind) ? challenge : null;
  }

  private isOpen(challenge: LoginChallengeEntity, kind: LoginChallengeKind): boolean {
    return (
      challenge.kind === kind &&
      !challenge.usedAt &&
      challenge.expiresAt > this.clock.now() &&
      challenge.attempts < LOGIN_CHALLENGE_MAX_ATTEMPTS
    );
  }

  /** Runs `then` in the transaction that accepted the code; a wrong code is a 401 and counts as a failed attempt. */
  private async withCheckedCode<T>(
    account: AccountEntity,
    code: string,
    meta: RequestMeta,
    then: (db: EntityManager) => Promise<T>,
  ): Promise<T> {
    const attempt = await this.throttle.begin(throttleKey(account), meta.ip);
    const result = await this.dataSource.transaction(async (db) => {
      const totp = await this.repo.findTotp(account.id, db);
      if (!totp?.confirmedAt)
        throw new ConflictException({ message: 'Two-factor authentication is not turned on.', code: TWO_FACTOR_NOT_ENABLED });
      if (!(await this.checkCode(account.id, code, db))) return { ok: false as const };
      return { ok: true as const, value: await then(db) };
    });
    if (!result.ok) throw wrongCode();
    await this.throttle.succeeded(attempt);
    return result.value;
  }

  /** Which kind of code was accepted (and used up), or null. */
  private async checkCode(accountId: string, code: string, db: EntityManager): Promise<SecondFactorMethod | null> {
    if (isTotpCode(code)) {
      const totp = await this.repo.lockTotp(accountId, db);
      if (!totp?.confirmedAt) return null;
      const step = this.acceptedStep(totp.secret, code, totp.lastTimeStep === null ? null : Number(totp.lastTimeStep));
      if (step === null) return null;
      await this.repo.setLastTimeStep(accountId, step, db);
      return 'totp';
    }
    const used = await this.repo.useRecoveryCode(accountId, hashRecoveryCode(code), this.clock.now(), db);
    return used ? 'recovery_code' : null;
  }

  /** The time step of a right code (now ± one step) later than the last accepted one, or null. */
  private acceptedStep(secret: string, code: string, lastTimeStep: number | null): number | null {
    const epoch = Math.floor(this.clock.now().getTime() / 1000);
    const result = verifySync({
      secret,
      token: code.replace(/\s/g, ''),
      epoch,
      epochTolerance: TOTP_PERIOD_SECONDS,
      ...(lastTimeStep === null ? {} : { afterTimeStep: lastTimeStep }),
    });
    if (!result.valid) return null;
    const step = 'timeStep' in result ? Number(result.timeStep) : Math.floor(epoch / TOTP_PERIOD_SECONDS) + (result.delta ?? 0);
    return lastTimeStep !== null && step <= lastTimeStep ? null : step;
  }

  private async newSecret(account: AccountEntity): Promise<TwoFactorSetup> {
    const existing = await this.repo.findTotp(account.id);
    if (existing?.confirmedAt)
      throw new ConflictException({ message: 'Two-factor authentication is already on.', code: TWO_FACTOR_ALREADY_ENABLED });
    const secret = generateSecret();
    await this.dataSource.transaction((db) => this.repo.saveUnconfirmed(account.id, secret, this.clock.now(), db));
    const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label: account.email ?? account.loginName ?? account.id, secret });
    const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri, qrSvg };
  }

  /** Confirms the unconfirmed secret with a code of it; returns the new recovery codes, or null for a wrong code. */
  private async confirmSecret(accountId: string, code: string, db: EntityManager): Promise<string[] | null> {
    const totp = await this.repo.lockTotp(accountId, db);
    if (totp?.confirmedAt)
      throw new ConflictException({ message: 'Two-factor authentication is already on.', code: TWO_FACTOR_ALREADY_ENABLED });
    if (!totp)
      throw new NotFoundException({ message: 'Start the set-up first: there is no new secret to confirm.', code: TWO_FACTOR_NOT_ENABLED });
    if (!isTotpCode(code)) return null;
    const step = this.acceptedStep(totp.secret, code, null);
    if (step === null) return null;
    await this.repo.confirm(accountId, this.clock.now(), step, db);
    return this.newRecoveryCodes(accountId, db);
  }

  private async newRecoveryCodes(accountId: string, db: EntityManager): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.repo.replaceRecoveryCodes(accountId, codes.map(hashRecoveryCode), db);
    return codes;
  }
}

/**
 * Wrong codes are counted apart from wrong passwords, with the same limits (per account and address,
 * and account-wide): a right password clears the password failures of its address, and must not
 * clear the code failures, or someone who knows the password would get 5 new code guesses per login.
 */
function throttleKey(account: AccountEntity): string {
  return `second-factor:${account.id}`;
}
