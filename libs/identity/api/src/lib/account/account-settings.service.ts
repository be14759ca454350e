import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { CURRENT_PASSWORD_WRONG, type SessionInfo } from '@nabij/identity/contracts';
import { AuditService, AuthUser, Clock, RequestMeta, SessionRegistry } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../accounts.repository';
import { PasswordPolicyService } from '../password-policy.service';
import { PasswordService } from '../password.service';
import { SessionsService } from '../sessions.service';
import { RefreshTokensRepository } from '../refresh-tokens.repository';

const CURRENT_WRONG_MESSAGE = 'Your current password is not correct.';

/** What a logged-in person does with their own account: change the password, see and end logins. */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly registry: SessionRegistry,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicyService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Needs the current password (a borrowed unlocked device is not enough); ends every other login. */
  async changePassword(user: AuthUser, currentPassword: string, password: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.findWithPasswordHashOrFail(user.id, manager);
      if (!(await this.passwords.verify(account.passwordHash, currentPassword))) {
        throw new BadRequestException({
          message: CURRENT_WRONG_MESSAGE,
          code: CURRENT_PASSWORD_WRONG,
          fields: { currentPassword: [CURRENT_WRONG_MESSAGE] },
        });
      }
      this.policy.assertStrong(password, [account.email, account.name]);
      await this.accounts.updateAccount(account.id, { passwordHash: await this.passwords.hash(password) }, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'password',
          resourceId: account.id,
          clientId: account.role === 'client' ? account.id : null,
          reason: 'password changed in account settings',
          ...meta,
        },
        manager,
      );
    });
    for (const { id } of await this.registry.notEndedOf(user.id)) {
      if (id !== user.sessionId) await this.sessions.end(id);
    }
  }

  /** Live logins: not ended, with a refresh token that still works; newest use first. */
  async list(user: AuthUser): Promise<SessionInfo[]> {
    const notEnded = await this.registry.notEndedOf(user.id);
    const usable = await this.refreshTokens.familiesWithUsableToken(
      notEnded.map((r) => r.id),
      this.clock.now(),
    );
    return notEnded
      .filter((r) => usable.has(r.id))
      .map((r) => ({
        id: r.id,
        createdAt: r.created_at.toISOString(),
        lastUsedAt: r.last_used_at?.toISOString() ?? null,
        browser: r.browser,
        os: r.os,
        current: r.id === user.sessionId,
      }));
  }

  /** Ends one of the caller's own logins; someone else's (or an ended) id is unknown: 404. */
  async end(user: AuthUser, sessionId: string): Promise<void> {
    if (!(await this.registry.isNotEndedOf(sessionId, user.id)))
      throw new NotFoundException({ message: 'This session does not exist (any more).', code: 'identity.session_not_exist' });
    await this.sessions.end(sessionId);
  }
}
