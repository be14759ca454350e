import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, clientMail, ClientMailTexts, MailMessage, MailService, OutboxMailEntity } from '@nabij/platform/api';
import { LANGUAGES, type Language } from '@nabij/platform/contracts';
import { EntityManager } from 'typeorm';

export type ForumNoticeKind = 'reply' | 'approved' | 'hidden' | 'crisis' | 'report';

type Line = [subject: string, line: string];
type MailLanguageTexts = { privacy: string; login: string; kinds: Record<'reply' | 'approved' | 'hidden', Line> };

/** Members' notices in each client language (moderators' notices, crisis and report, go to staff in Dutch). */
const MEMBER_TEXTS: Record<Language, MailLanguageTexts> = {
  nl: {
    privacy: 'Om je privacy te beschermen staat de inhoud nooit in een e-mail.',
    login: 'Log in om het te lezen:',
    kinds: {
      reply: ['Nieuwe reactie in het forum van Nabij', 'Iemand heeft gereageerd in een gesprek dat jij bent begonnen.'],
      approved: ['Je bericht staat in het forum van Nabij', 'Een moderator heeft je bericht bekeken. Het staat nu in het forum.'],
      hidden: [
        'Een moderator heeft je bericht verborgen',
        'Een moderator heeft een bericht van jou in het forum verborgen. In het forum lees je waarom.',
      ],
    },
  },
  en: {
    privacy: 'To protect your privacy, the content is never in an e-mail.',
    login: 'Log in to read it:',
    kinds: {
      reply: ['New reply in the Nabij forum', 'Someone replied in a conversation you started.'],
      approved: ['Your post is in the Nabij forum', 'A moderator looked at your post. It is in the forum now.'],
      hidden: ['A moderator hid your post', 'A moderator hid one of your posts in the forum. In the forum you can read why.'],
    },
  },
  ar: {
    privacy: 'لحماية خصوصيتك، لا يوجد المحتوى أبدًا في البريد الإلكتروني.',
    login: 'سجّل الدخول لتقرأه:',
    kinds: {
      reply: ['رد جديد في منتدى Nabij', 'ردّ شخص ما في محادثة بدأتها أنت.'],
      approved: ['رسالتك موجودة في منتدى Nabij', 'نظر أحد المشرفين إلى رسالتك. هي الآن في المنتدى.'],
      hidden: ['أخفى أحد المشرفين رسالتك', 'أخفى أحد المشرفين رسالة منك في المنتدى. في المنتدى تقرأ السبب.'],
    },
  },
  tr: {
    privacy: 'Gizliliğini korumak için içerik asla e-postada yer almaz.',
    login: 'Okumak için giriş yap:',
    kinds: {
      reply: ['Nabij forumunda yeni yanıt', 'Başlattığın bir sohbete biri yanıt verdi.'],
      approved: ['Mesajın Nabij forumunda', 'Bir moderatör mesajına baktı. Mesajın artık forumda.'],
      hidden: ['Bir moderatör mesajını gizledi', 'Bir moderatör forumdaki bir mesajını gizledi. Nedenini forumda okuyabilirsin.'],
    },
  },
  pl: {
    privacy: 'Aby chronić twoją prywatność, treść nigdy nie jest w e-mailu.',
    login: 'Zaloguj się, aby przeczytać:',
    kinds: {
      reply: ['Nowa odpowiedź na forum Nabij', 'Ktoś odpowiedział w rozmowie, którą rozpocząłeś(-aś).'],
      approved: ['Twój wpis jest na forum Nabij', 'Moderator obejrzał twój wpis. Jest już na forum.'],
      hidden: ['Moderator ukrył twój wpis', 'Moderator ukrył jeden z twoich wpisów na forum. Na forum przeczytasz dlaczego.'],
    },
  },
};

const STAFF_TEXTS: Record<'crisis' | 'report', Line> = {
  crisis: [
    'Forum Nabij: een bericht vraagt direct aandacht',
    'Er wacht een bericht in het forum dat direct aandacht nodig heeft. Kijk zo snel mogelijk in de moderatielijst.',
  ],
  report: ['Forum Nabij: een bericht is gemeld', 'Iemand heeft een bericht in het forum gemeld. Het staat in de moderatielijst.'],
};

/**
 * Forum mails say only that something waits in Nabij's forum: never the text, the topic or who wrote
 * it. A member's notice comes in their language with the Dutch below; moderators' notices in Dutch.
 */
export function forumMail(kind: ForumNoticeKind, to: string, url: string, language: Language = 'nl'): MailMessage {
  if (kind === 'crisis' || kind === 'report') {
    const [subject, line] = STAFF_TEXTS[kind];
    return { to, subject, text: `${line}\n\nLog in om het te lezen: ${url}\n\n${MEMBER_TEXTS.nl.privacy}\n` };
  }
  const texts = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const t = MEMBER_TEXTS[lang];
      const [subject, line] = t.kinds[kind];
      return [lang, { subject, lines: [line, '', `${t.login} ${url}`, '', t.privacy] }];
    }),
  ) as ClientMailTexts;
  return clientMail(to, language, texts);
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
    for (const { email, language } of (await this.accounts.mailTargetsByIds(new Set(recipientIds), db)).values())
      out.push(await this.mail.enqueue(forumMail(kind, email, `${this.config.publicUrl}${path}`, language), db));
    return out;
  }

  async deliver(mails: OutboxMailEntity[]): Promise<void> {
    for (const m of mails) await this.mail.deliver(m);
  }
}
