import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ACCOUNT_HAS_EMAIL, type AddEmailAccepted } from '@nabij/identity/contracts';
import { AppConfig, AuditService, AuthUser, clientMail, MailService, MailMessage, RequestMeta } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';
import { DataSource } from 'typeorm';
import { AccountsService } from '../accounts.service';

/** To the address being added (the account's own language, Dutch below): confirm it within 7 days. */
function addEmailMail(to: string, link: string, language: Language): MailMessage {
  return clientMail(to, language, {
    nl: {
      subject: 'Bevestig je e-mailadres voor Nabij',
      lines: [
        'Hallo,',
        '',
        'Je wilt dit e-mailadres gebruiken voor je account bij Nabij. Klik op de link om het te bevestigen:',
        link,
        '',
        'De link werkt 7 dagen. Daarna kun je inloggen met dit e-mailadres of met je gebruikersnaam.',
        'Was jij dit niet? Dan hoef je niets te doen.',
      ],
    },
    en: {
      subject: 'Confirm your e-mail address for Nabij',
      lines: [
        'Hello,',
        '',
        'You want to use this e-mail address for your Nabij account. Open the link to confirm it:',
        link,
        '',
        'The link works for 7 days. After that you can log in with this e-mail address or your user name.',
        'Did not ask for this? Then you do not need to do anything.',
      ],
    },
    ar: {
      subject: 'أكّد بريدك الإلكتروني لـ Nabij',
      lines: [
        'مرحبًا،',
        '',
        'تريد استخدام هذا البريد الإلكتروني لحسابك في Nabij. اضغط على الرابط لتأكيده:',
        link,
        '',
        'يعمل الرابط 7 أيام. بعد ذلك يمكنك تسجيل الدخول بهذا البريد الإلكتروني أو باسم المستخدم.',
        'لم تطلب هذا؟ إذن لا تحتاج إلى فعل أي شيء.',
      ],
    },
    tr: {
      subject: 'Nabij için e-posta adresini onayla',
      lines: [
        'Merhaba,',
        '',
        "Bu e-posta adresini Nabij'deki hesabın için kullanmak istiyorsun. Onaylamak için bağlantıya tıkla:",
        link,
        '',
        'Bağlantı 7 gün çalışır. Sonra bu e-posta adresiyle ya da kullanıcı adınla giriş yapabilirsin.',
        'Bunu sen istemedin mi? O zaman bir şey yapmana gerek yok.',
      ],
    },
    pl: {
      subject: 'Potwierdź swój adres e-mail w Nabij',
      lines: [
        'Cześć,',
        '',
        'Chcesz używać tego adresu e-mail do swojego konta w Nabij. Kliknij link, aby go potwierdzić:',
        link,
        '',
        'Link działa 7 dni. Potem możesz logować się tym adresem e-mail albo nazwą użytkownika.',
        'To nie ty? W takim razie nic nie musisz robić.',
      ],
    },
  });
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
      return this.mail.enqueue(
        addEmailMail(address, `${this.config.publicUrl}/verify?token=${encodeURIComponent(token)}`, account.language),
        manager,
      );
    });
    await this.mail.deliver(outgoing);
    return { status: 'check_your_mail', email: address };
  }
}
