import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { CurrentUser, SecondFactorChallenge, SessionResponse, TwoFactorSetup } from '@nabij/identity/contracts';
import { AccessTokenPayload, AppConfig, AuditService, Clock, OrganisationNames, RequestMeta, SessionRegistry } from '@nabij/platform/api';
import { PROFESSIONAL_ROLES, type AuthMethod } from '@nabij/platform/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { describeDevice, type Device } from './account/user-agent';
import { AccountsRepository } from './accounts.repository';
import { AccountEntity } from './entities/account.entity';
import { LoginThrottleService } from './login/login-throttle.service';
import { PasswordService } from './password.service';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SessionsService } from './sessions.service';
import { hashToken, newToken } from './tokens';
import { TwoFactorService, type PassedChallenge } from './two-factor/two-factor.service';

const WRONG_CREDENTIALS = 'E-mail address or password is not correct.';

/** 403 code for a deactivated staff account, on login and on refresh. */
export const ACCOUNT_DEACTIVATED = 'account_deactivated';

function refuseDeactivated(account: AccountEntity): void {
  if (account.deactivatedAt)
    throw new ForbiddenException({
      message: 'This account has been deactivated. Ask an administrator of your organisation if you need access again.',
      code: ACCOUNT_DEACTIVATED,
    });
}

export interface IssuedSession {
  session: SessionResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** Staff always log in with a second step (NEN 7510): a session without it is not renewed. */
const STAFF_SECOND_FACTOR_NEEDED = 'Staff log in with a code from the authenticator app now. Please log in again.';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly passwords: PasswordService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
    private readonly registry: SessionRegistry,
    private readonly organisationNames: OrganisationNames,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /**
   * The password step. Staff, and clients who turned it on, get a challenge for the second step
   * instead of a session (no cookie, no token): `totp` to type a code, `setup` for staff without an
   * authenticator yet.
   */
  async login(email: string, password: string, meta: RequestMeta): Promise<IssuedSession | SecondFactorChallenge> {
    // Counted before the password is checked, so parallel guesses cannot outrun the limit.
    const attempt = await this.throttle.begin(email, meta.ip);
    // The first field holds an e-mail address or a login name (a client admitted without e-mail).
    const account = await this.accounts.findForLoginWithPasswordHash(email);
    const ok = await this.passwords.verify(account?.passwordHash ?? null, password);
    if (!account || !ok) throw new UnauthorizedException({ message: WRONG_CREDENTIALS, code: 'identity.wrong_credentials' });
    await this.throttle.succeeded(attempt);
    // After the password check, like the e-mail check below, so it reveals nothing to a guesser.
    refuseDeactivated(account);
    // A login-name account has no address to confirm: its password came with the activation code.
    if (account.email && !account.emailVerifiedAt) {
      // Only someone who knows the password gets here, so this does not reveal that the address exists.
      throw new ForbiddenException({
        message: 'Confirm your e-mail address first. We can send the mail again.',
        code: 'email_not_verified',
      });
    }
    const device = describeDevice(meta.userAgent);
    const challenge = await this.twoFactor.challengeFor(account, device);
    if (challenge) return challenge;
    await this.recordLogin(account, 'password', meta);
    return this.issue(account, randomUUID(), device, ['pwd']);
  }

  /** The code step: a code from the authenticator app or a recovery code, then the session. */
  async loginSecondFactor(challenge: string, code: string, meta: RequestMeta): Promise<IssuedSession> {
    const passed = await this.twoFactor.passChallenge(challenge, code, meta);
    return this.finishSecondStep(passed, meta);
  }

  /** Staff at first login: a secret to scan (again: a new one). */
  loginSetup(challenge: string): Promise<TwoFactorSetup> {
    return this.twoFactor.beginLoginSetup(challenge);
  }

  /** Staff at first login: the first code confirms the app; the session comes with 10 recovery codes. */
  async loginSetupConfirm(challenge: string, code: string, meta: RequestMeta): Promise<IssuedSession & { recoveryCodes: string[] }> {
    const passed = await this.twoFactor.confirmLoginSetup(challenge, code, meta);
    return { ...(await this.finishSecondStep(passed, meta)), recoveryCodes: passed.recoveryCodes };
  }

  private async finishSecondStep(passed: PassedChallenge, meta: RequestMeta): Promise<IssuedSession> {
    const account = await this.accounts.findByIdOrFail(passed.accountId);
    // Deactivated while the code was being typed: no session.
    refuseDeactivated(account);
    await this.recordLogin(account, passed.method === 'recovery_code' ? 'password + recovery code' : 'password + authenticator code', meta);
    return this.issue(account, randomUUID(), passed.device, ['pwd', 'otp']);
  }

  private recordLogin(account: AccountEntity, method: string, meta: RequestMeta): Promise<void> {
    return this.audit.record({
      actor: account,
      action: 'login',
      resourceType: 'account',
      resourceId: account.id,
      clientId: account.role === 'client' ? account.id : null,
      reason: method,
      ...meta,
    });
  }

  async refresh(token: string | undefined): Promise<IssuedSession> {
    if (!token)
      throw new UnauthorizedException({ message: 'Your session has ended. Please log in again.', code: 'identity.session_ended' });
    const now = this.clock.now();
    const stored = await this.refreshTokens.findByHash(hashToken(token));
    if (!stored || stored.expiresAt <= now)
      throw new UnauthorizedException({ message: 'Your session has ended. Please log in again.', code: 'identity.session_ended' });
    if (stored.revokedAt) {
      // A rotated token came back: someone may have copied it. End that login, access tokens included.
      await this.sessions.end(stored.familyId);
      throw new UnauthorizedException({ message: 'Your session has ended. Please log in again.', code: 'identity.session_ended' });
    }
    const rotated = await this.refreshTokens.rotate(stored.id, now);
    if (!rotated || (await this.registry.isRevoked(stored.familyId)))
      throw new UnauthorizedException({ message: 'Your session has ended. Please log in again.', code: 'identity.session_ended' });
    const account = await this.accounts.findByIdOrFail(stored.accountId);
    refuseDeactivated(account);
    const amr = await this.registry.amrOf(stored.familyId);
    if (PROFESSIONAL_ROLES.includes(account.role) && !amr.includes('otp')) {
      // A staff login from before the second step was required (or a role change from client):
      // it ends here, and the next login asks for the code.
      await this.sessions.end(stored.familyId);
      throw new UnauthorizedException({ message: STAFF_SECOND_FACTOR_NEEDED, code: 'second_factor_required' });
    }
    return this.issue(account, stored.familyId, null, amr);
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    const stored = await this.refreshTokens.findByHash(hashToken(token));
    if (stored) await this.sessions.end(stored.familyId);
  }

  /** Sign out everywhere: every login of this account ends, this one included. */
  async logoutAll(accountId: string): Promise<void> {
    await this.sessions.revokeAll(accountId);
  }

  async currentUser(accountId: string): Promise<CurrentUser> {
    const row = await this.accounts.currentUserRow(accountId);
    if (!row) throw new UnauthorizedException({ message: 'Your session has ended. Please log in again.', code: 'identity.session_ended' });
    const [organisations, financiers] = await Promise.all([
      this.organisationNames.organisationNamesByIds([row.org_id]),
      this.organisationNames.financierNamesByIds([row.fin_id]),
    ]);
    const orgName = row.org_id ? organisations.get(row.org_id) : undefined;
    const finName = row.fin_id ? financiers.get(row.fin_id) : undefined;
    return {
      id: row.id,
      email: row.email,
      loginName: row.login_name,
      name: row.name,
      role: row.role,
      organisation: row.org_id && orgName !== undefined ? { id: row.org_id, name: orgName } : null,
      financier: row.fin_id && finName !== undefined ? { id: row.fin_id, name: finName } : null,
      team: row.team_id ? { id: row.team_id, name: row.team_name } : null,
      language: row.language,
    };
  }

  /** `device` on login; a refresh (without) only records the use. `amr` says how the login was made. */
  private async issue(account: AccountEntity, familyId: string, device: Device | null, amr: AuthMethod[]): Promise<IssuedSession> {
    const now = this.clock.now();
    const payload: AccessTokenPayload = { sub: account.id, role: account.role, org: account.organisationId, sid: familyId, amr };
    const accessToken = await this.jwt.signAsync(payload);
    const { token, hash } = newToken();
    const refreshExpiresAt = new Date(now.getTime() + this.config.refreshTokenDays * 86_400_000);
    await this.dataSource.transaction(async (db) => {
      await this.registry.start(familyId, account.id, now, db);
      await this.registry.recordUse(familyId, now, device, db);
      if (device) await this.registry.setAmr(familyId, amr, db);
      await this.refreshTokens.insert(
        { accountId: account.id, familyId, tokenHash: hash, createdAt: now, expiresAt: refreshExpiresAt, revokedAt: null },
        db,
      );
    });
    return {
      session: { accessToken, expiresIn: this.config.accessTokenSeconds, user: await this.currentUser(account.id) },
      refreshToken: token,
      refreshExpiresAt,
    };
  }
}
