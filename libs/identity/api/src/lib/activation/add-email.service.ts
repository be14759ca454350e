import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ACCOUNT_HAS_EMAIL, type AddEmailAccepted } from '@nabij/identity/contracts';
import { AppConfig, AuditService, AuthUser, MailService, MailMessage, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { AccountsService } from '../accounts.service';

/** Plain B1 Dutch first, English below; nothing personal in the mail. */
function addEmailMail(to: string, link: string): MailMessage {
  return {
    to,
    subject: 'Bevestig je e-mailadres voor Nabij / Confirm your e-mail address',
    text: [
      'Hallo,',
      '',
      'Je wilt dit e-mailadres gebruiken voor je account bij Nabij. Klik op de link om het te bevestigen:',
      link,
      '',
      'De link werkt 7 dagen. Daarna kun je inloggen met dit e-mailadres of met je gebruikersnaam.',
      'Was jij dit niet? Dan hoef je niets te doen.',
      '',
      '---',
      'You want to use this e-mail address for your Nabij account. Open the link above to confirm it.',
      'The link works for 7 days. Did not ask for this? Then you do not need to do anything.',
    ].join('\n'),
  };
}

/**
 * A client admitted without an e-mail address adds one later (a new phone, a shelter's address):
 * from then on "forgot password" works by mail. The login name keeps working.
 */
@Injectable()
export class AddEmailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async add(user: AuthUser, email: string, meta: RequestMeta): Promise<AddEmailAccepted> {
    const address = email.trim();
    const outgoing = await this.dataSource.transaction(async (manager) => {
      const account = await this.accounts.findById(user.id, manager);
      if (!account) throw new NotFoundException({ message: 'There is no such account.', code: 'identity.no_account' });
      if (account.email) {
        throw new ConflictException({ message: 'This account has an e-mail address already.', code: ACCOUNT_HAS_EMAIL });
      }
      if (await this.accounts.findByEmail(address, manager)) {
        throw new ConflictException({
          message: 'There is already an account with this e-mail address.',
          fields: { email: ['already has an account'] },
        });
      }
      const token = await this.accounts.issueVerification(account.id, manager, address);
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'email',
          resourceId: account.id,
          clientId: account.role === 'client' ? account.id : null,
          reason: 'e-mail address added; it counts once its link is opened',
          ...meta,
        },
        manager,
      );
      return this.mail.enqueue(addEmailMail(address, `${this.config.publicUrl}/verify?token=${encodeURIComponent(token)}`), manager);
    });
    await this.mail.deliver(outgoing);
    return { status: 'check_your_mail', email: address };
  }
}
