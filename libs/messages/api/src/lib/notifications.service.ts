import { Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import type { AppNotification, NotificationKind } from '@nabij/messages/contracts';
import { AppConfig, AuthUser, clientMail, Clock, MailMessage, MailService, OutboxMailEntity } from '@nabij/platform/api';
import { formatAmsterdamDayTime, type Language } from '@nabij/platform/contracts';
import { EntityManager } from 'typeorm';
import { NotificationsRepository } from './notifications.repository';

const PRIVACY = 'Om je privacy te beschermen staat de inhoud nooit in een e-mail.';

/**
 * Mails say only that something waits in Nabij: never the content, the client or the subject. A
 * mail about a deadline names it as the pages do ("uiterlijk woensdag 2 december 15:52").
 */
export function notificationMail(kind: NotificationKind, to: string, url: string, dueAt?: Date, language: Language = 'nl'): MailMessage {
  // A new message reaches clients and parents: in the language they read, Dutch below (issue 17).
  // The other two are for workers only and stay Dutch.
  if (kind === 'new_message') return clientMail(to, language, newMessageTexts(url));
  const by = dueAt ? `: uiterlijk ${formatAmsterdamDayTime(dueAt, 'nl-NL')}` : '';
  const texts: Record<NotificationKind, [string, string]> = {
    new_message: ['Nieuw bericht in Nabij', 'Er staat een nieuw bericht voor je klaar in Nabij.'],
    message_due_soon: [
      'Een bericht in Nabij wacht op antwoord',
      `Er wacht een bericht in Nabij dat binnen 6 uur beantwoord moet zijn${by}.`,
    ],
    message_overdue: [
      'Een bericht in Nabij is niet op tijd beantwoord',
      `Er wacht een bericht in Nabij dat langer dan 48 uur op antwoord wacht. Het antwoord was beloofd${by}.`,
    ],
  };
  const [subject, line] = texts[kind];
  return { to, subject, text: `${line}\n\nLog in om het te lezen: ${url}\n\n${PRIVACY}\n` };
}

const newMessageTexts = (url: string) => ({
  nl: {
    subject: 'Nieuw bericht in Nabij',
    lines: ['Er staat een nieuw bericht voor je klaar in Nabij.', '', `Log in om het te lezen: ${url}`, '', PRIVACY, ''],
  },
  en: {
    subject: 'New message in Nabij',
    lines: [
      'There is a new message for you in Nabij.',
      '',
      `Log in to read it: ${url}`,
      '',
      'To protect your privacy, the content is never in an e-mail.',
      '',
    ],
  },
  ar: {
    subject: 'رسالة جديدة في Nabij',
    lines: [
      'لديك رسالة جديدة في Nabij.',
      '',
      `سجّل الدخول لتقرأها: ${url}`,
      '',
      'لحماية خصوصيتك لا نكتب محتوى الرسالة في البريد الإلكتروني أبدًا.',
      '',
    ],
  },
  tr: {
    subject: "Nabij'de yeni mesaj",
    lines: [
      "Nabij'de sizin için yeni bir mesaj var.",
      '',
      `Okumak için giriş yapın: ${url}`,
      '',
      'Gizliliğinizi korumak için mesajın içeriği hiçbir zaman e-postada yer almaz.',
      '',
    ],
  },
  pl: {
    subject: 'Nowa wiadomość w Nabij',
    lines: [
      'W Nabij czeka na Ciebie nowa wiadomość.',
      '',
      `Zaloguj się, aby ją przeczytać: ${url}`,
      '',
      'Dla ochrony Twojej prywatności treść nigdy nie jest w e-mailu.',
      '',
    ],
  },
});

/** In-app notifications (with a content-free e-mail) for new, nearly due and overdue messages. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /** Writes inside the caller's transaction; deliver the returned mails after it commits. */
  async notify(
    db: EntityManager,
    recipientIds: string[],
    kind: NotificationKind,
    threadId: string,
    withMail: boolean,
    dueAt?: Date,
  ): Promise<OutboxMailEntity[]> {
    const unique = [...new Set(recipientIds)];
    if (!unique.length) return [];
    const now = this.clock.now();
    await this.notifications.insertUnread(db, unique, kind, threadId, now);
    if (!withMail) return [];
    const outgoing: OutboxMailEntity[] = [];
    // Accounts without an address (clients admitted with a login name) see the in-app notification only.
    for (const target of (await this.accounts.mailTargetsByIds(unique, db)).values())
      outgoing.push(await this.mail.enqueue(notificationMail(kind, target.email, this.config.publicUrl, dueAt, target.language), db));
    return outgoing;
  }

  async deliver(mails: OutboxMailEntity[]): Promise<void> {
    for (const m of mails) await this.mail.deliver(m);
  }

  async list(user: AuthUser): Promise<AppNotification[]> {
    const rows = await this.notifications.latestFor(user.id, 100);
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      threadId: n.threadId,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    }));
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    const found = /^[0-9a-f-]{36}$/i.test(id) ? await this.notifications.ownNotification(id, user.id) : null;
    if (!found) throw new NotFoundException({ message: 'This notification does not exist.', code: 'messages.notification_not_exist' });
    if (!found.readAt) await this.notifications.markRead(found.id, this.clock.now());
  }

  /** Opening a thread also settles the notifications about it. */
  async markThreadRead(db: EntityManager, userId: string, threadId: string): Promise<void> {
    await this.notifications.markThreadRead(db, userId, threadId, this.clock.now());
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.unreadCount(userId);
  }
}
