import { BadRequestException, Injectable } from '@nestjs/common';
import { PASSWORD_RESET_MINUTES, RESET_LINK_INVALID, type PasswordResetAccepted } from '@nabij/identity/contracts';
import { AppConfig, AuditService, Clock, MailService, RequestMeta } from '@nabij/platform/api';
import { PROFESSIONAL_ROLES } from '@nabij/platform/contracts';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../accounts.repository';
import { PasswordPolicyService } from '../password-policy.service';
import { PasswordService } from '../password.service';
import { SessionsService } from '../sessions.service';
import { hashToken, newToken } from '../tokens';
import { clientPasswordResetMail, deactivatedAccountMail, noAccountMail, passwordResetMail } from './password-reset-mails';
import { PasswordResetsRepository } from './password-resets.repository';

const LINK_INVALID_MESSAGE = 'This link does not work any more. Ask for a new one.';

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicyService,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Mails a single-use link valid for one hour. The answer is the same whether or not the address
   * has an account, and so is the work, as with registration: both paths make a token, write one
   * audit entry and put one mail in the outbox (an unknown address hears that it has no account),
   * so neither the answer nor its timing tells which addresses have accounts.
   */
  async request(email: string, meta: RequestMeta): Promise<PasswordResetAccepted> {
    const { token, hash } = newToken();
    const outgoing = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const account = await this.accounts.findByEmail(email, manager);
      await this.audit.record(
        {
          actor: null,
          action: 'create',
          resourceType: account ? 'password_reset' : 'password_reset_attempt',
          resourceId: account?.id ?? null,
          clientId: account?.role === 'client' ? account.id : null,
          reason: account ? 'forgot password' : 'forgot password for an unknown e-mail address',
          ...meta,
        },
        manager,
      );
      if (!account) return this.mail.enqueue(noAccountMail(email, `${this.config.publicUrl}/forgot-password`), manager);
      // Deactivated: a new password would not let them in; they hear who can help instead.
      if (account.deactivatedAt) return this.mail.enqueue(deactivatedAccountMail(account.email), manager);
      await this.resets.insert(
        {
          accountId: account.id,
          tokenHash: hash,
          createdAt: now,
          expiresAt: new Date(now.getTime() + PASSWORD_RESET_MINUTES * 60_000),
          usedAt: null,
        },
        manager,
      );
      const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      // Clients and parents read it in their language (Dutch below); staff mails stay Dutch with English.
      const staff = PROFESSIONAL_ROLES.includes(account.role);
      return this.mail.enqueue(
        staff ? passwordResetMail(account.email, link) : clientPasswordResetMail(account.email, link, account.language),
        manager,
      );
    });
    await this.mail.deliver(outgoing);
    return { status: 'check_your_mail' };
  }

  /** Sets the new password, uses the link up and ends every session of the account. */
  async confirm(token: string, password: string, meta: RequestMeta): Promise<void> {
    const accountId = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const reset = await this.resets.lockUnused(hashToken(token), manager);
      if (!reset || reset.expiresAt <= now) {
        throw new BadRequestException({
          message: LINK_INVALID_MESSAGE,
          code: RESET_LINK_INVALID,
          fields: { token: [LINK_INVALID_MESSAGE] },
        });
      }
      const account = await this.accounts.findByIdOrFail(reset.accountId, manager);
      // A link asked before the account was deactivated: it does not work any more (the same answer).
      if (account.deactivatedAt)
        throw new BadRequestException({
          message: LINK_INVALID_MESSAGE,
          code: RESET_LINK_INVALID,
          fields: { token: [LINK_INVALID_MESSAGE] },
        });
      this.policy.assertStrong(password, [account.email, account.name]);
      const passwordHash = await this.passwords.hash(password);
      // The link arrived by mail, so it proves the address as a verification link would.
      await this.accounts.updateAccount(
        account.id,
        { passwordHash, ...(account.emailVerifiedAt ? {} : { emailVerifiedAt: now }) },
        manager,
      );
      await this.resets.useAllOfAccount(account.id, now, manager);
      await this.audit.record(
        {
          actor: account,
          action: 'update',
          resourceType: 'password',
          resourceId: account.id,
          clientId: account.role === 'client' ? account.id : null,
          reason: 'password reset by mailed link',
          ...meta,
        },
        manager,
      );
      return account.id;
    });
    // Whoever knew the old password is out, on every device.
    await this.sessions.revokeAll(accountId);
  }
}
