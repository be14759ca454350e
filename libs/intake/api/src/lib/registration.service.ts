import { BadRequestException, Injectable } from '@nestjs/common';
import { AccountsService, PasswordPolicyService, PasswordService } from '@nabij/identity/api';
import type { RegistrationAccepted, VerifyResponse } from '@nabij/intake/contracts';
import { AppConfig, AuditService, Clock, MailService, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { IntakeRepository } from './intake.repository';
import { alreadyRegisteredMail, verificationMail } from './intake-mails';
import { RegistrationDto, VerifyDto } from './dto/intake.dto';

/** A 400 naming the field, with a stable code for the page (`<field>.invalid` per field, `code` for the whole). */
function fieldError(field: string, message: string, code: string): BadRequestException {
  return new BadRequestException({ message, code, fields: { [field]: [message] }, fieldCodes: { [field]: `${field}.invalid` } });
}

@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IntakeRepository,
    private readonly accounts: AccountsService,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicyService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers a client after a served postcode check. The answer is the same whether or not the
   * e-mail address is known, and so is the work: both paths hash the password once, write one
   * audit entry and put one mail in the outbox (a known address gets "you already have an account"
   * instead of a second account), so the response time does not tell which addresses have accounts.
   */
  async register(dto: RegistrationDto, meta: RequestMeta): Promise<RegistrationAccepted> {
    // Judged before anything else, and the same for known and new addresses.
    this.policy.assertStrong(dto.password, [dto.email, dto.name]);
    const passwordHash = await this.passwords.hash(dto.password);
    const outgoing = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const check = await this.repository.lockPostcodeCheck(dto.checkId, manager);
      if (!check || !check.served || !check.financierId) {
        throw fieldError('checkId', 'Do the postcode check first.', 'intake.check_missing');
      }
      if (check.usedAt || check.expiresAt <= now) {
        throw fieldError('checkId', 'This postcode check has expired. Please do it again.', 'intake.check_expired');
      }
      const financier = await this.repository.financierOrFail(check.financierId, manager);
      const existing = await this.accounts.findByEmail(dto.email, manager);
      await this.repository.updatePostcodeCheck(check.id, { usedAt: now, accountId: existing?.id ?? null }, manager);
      if (existing) {
        // Also useful on its own: the account's history shows someone tried to sign up with its address.
        await this.audit.record(
          {
            actor: null,
            action: 'create',
            resourceType: 'registration_attempt',
            resourceId: existing.id,
            reason: 'self-registration with a known e-mail address',
            ...meta,
          },
          manager,
        );
        if (!existing.emailVerifiedAt && existing.role === 'client') {
          const token = await this.accounts.issueVerification(existing.id, manager);
          return this.mail.enqueue(
            verificationMail(existing.email, this.link('verify', token), dto.language ?? existing.language),
            manager,
          );
        }
        return this.mail.enqueue(alreadyRegisteredMail(existing.email, this.link('login'), existing.language), manager);
      }
      const account = await this.accounts.createClient(
        {
          email: dto.email,
          password: null,
          passwordHash,
          name: dto.name ?? null,
          birthDate: dto.birthDate,
          postcode: check.postcode,
          organisationId: financier.organisationId,
          financierId: financier.id,
          language: dto.language,
        },
        manager,
      );
      await this.repository.updatePostcodeCheck(check.id, { accountId: account.id }, manager);
      await this.audit.record(
        {
          actor: null,
          action: 'create',
          resourceType: 'account',
          resourceId: account.id,
          clientId: account.id,
          reason: 'self-registration',
          ...meta,
        },
        manager,
      );
      const token = await this.accounts.issueVerification(account.id, manager);
      return this.mail.enqueue(verificationMail(dto.email, this.link('verify', token), account.language), manager);
    });
    await this.mail.deliver(outgoing);
    return { status: 'check_your_mail', email: dto.email };
  }

  async verify(dto: VerifyDto): Promise<VerifyResponse> {
    const result = await this.dataSource.transaction((manager) => this.accounts.verify(dto.token, dto.password, manager));
    if (result === 'password_required') throw fieldError('password', 'Choose a password to finish.', 'intake.password_required');
    if (!result) throw fieldError('token', 'This link does not work any more. Ask for a new mail.', 'intake.verify_link_invalid');
    return { status: 'verified', email: result.email };
  }

  /** Sends the verification mail again; answers the same for unknown addresses. */
  async resend(email: string): Promise<RegistrationAccepted> {
    const account = await this.accounts.findByEmail(email);
    if (account && !account.emailVerifiedAt) {
      const token = await this.accounts.issueVerification(account.id);
      await this.mail.send(verificationMail(account.email, this.link('verify', token), account.language));
    }
    return { status: 'check_your_mail', email };
  }

  private link(page: 'verify' | 'login', token?: string): string {
    return token ? `${this.config.publicUrl}/${page}?token=${encodeURIComponent(token)}` : `${this.config.publicUrl}/${page}`;
  }
}
