import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, MailMessage, MailService, OutboxMailEntity } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';

export type ForumNoticeKind = 'reply' | 'approved' | 'hidden' | 'crisis' | 'report';

const PRIVACY = 'Om je privacy te beschermen staat de inhoud nooit in een e-mail.';

/** Forum mails say only that something waits in Nabij's forum: never the text, the topic or who wrote it. */
export function forumMail(kind: ForumNoticeKind, to: string, url: string): MailMessage {
  const texts: Record<ForumNoticeKind, [string, string]> = {
    reply: ['Nieuwe reactie in het forum van Nabij', 'Iemand heeft gereageerd in een gesprek dat jij bent begonnen.'],
    approved: ['Je bericht staat in het forum van Nabij', 'Een moderator heeft je bericht bekeken. Het staat nu in het forum.'],
    hidden: [
      'Een moderator heeft je bericht verborgen',
      'Een moderator heeft een bericht van jou in het forum verborgen. In het forum lees je waarom.',
    ],
    crisis: [
      'Forum Nabij: een bericht vraagt direct aandacht',
      'Er wacht een bericht in het forum dat direct aandacht nodig heeft. Kijk zo snel mogelijk in de moderatielijst.',
    ],
    report: ['Forum Nabij: een bericht is gemeld', 'Iemand heeft een bericht in het forum gemeld. Het staat in de moderatielijst.'],
  };
  const [subject, line] = texts[kind];
  return { to, subject, text: `${line}\n\nLog in om het te lezen: ${url}\n\n${PRIVACY}\n` };
}

/** Content-free e-mails about the forum, stored in the caller's transaction and sent after it commits. */
@Injectable()
export class ForumNotifier {
  constructor(
    private readonly mail: MailService,
    private readonly accounts: AccountDirectoryService,
    private readonly config: AppConfig,
  ) {}

  async notify(db: EntityManager, recipientIds: string[], kind: ForumNoticeKind): Promise<OutboxMailEntity[]> {
    const out: OutboxMailEntity[] = [];
    const path = kind === 'crisis' || kind === 'report' ? '/forum/moderatie' : '/forum';
    for (const email of await this.accounts.emailsOf(new Set(recipientIds), db))
      out.push(await this.mail.enqueue(forumMail(kind, email, `${this.config.publicUrl}${path}`), db));
    return out;
  }

  async deliver(mails: OutboxMailEntity[]): Promise<void> {
    for (const m of mails) await this.mail.deliver(m);
  }
}
