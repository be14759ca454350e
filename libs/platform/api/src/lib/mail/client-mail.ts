import type { Language } from '@nabij/platform/contracts';
import type { MailMessage } from './mail.service';

/** One language's version of a mail: its subject and its lines of text. */
export interface MailText {
  subject: string;
  lines: string[];
}

/** A mail to a client or parent, written in every language they can read Nabij in. */
export type ClientMailTexts = Record<Language, MailText>;

/** An SMS to a client or parent in every language: short and content-free. */
export type ClientSmsTexts = Record<Language, string>;

/**
 * A mail to a client or parent in the language their account reads (issue 17). When that is not
 * Dutch the Dutch text follows below a line, so a Dutch-reading helper at home can read it too;
 * the subject then has both. Unknown or missing language: Dutch. Staff mails do not use this (they
 * stay Dutch with English below).
 */
export function clientMail(to: string, language: Language | null | undefined, texts: ClientMailTexts): MailMessage {
  const dutch = texts.nl;
  const own = (language && texts[language]) || dutch;
  if (own === dutch) return { to, subject: dutch.subject, text: dutch.lines.join('\n') };
  return {
    to,
    subject: `${own.subject} / ${dutch.subject}`,
    text: [...own.lines, '', '---', ...dutch.lines].join('\n'),
  };
}

/**
 * A mail to staff (or to an address whose reader is not known): Dutch with English below a line,
 * the subject in both. Takes the same Dutch and English texts a client mail has, so a mail that
 * goes to both never writes its sentences twice.
 */
export function staffMail(to: string, texts: Pick<ClientMailTexts, 'nl' | 'en'>): MailMessage {
  return {
    to,
    subject: `${texts.nl.subject} / ${texts.en.subject}`,
    text: [...texts.nl.lines, '', '---', ...texts.en.lines].join('\n'),
  };
}

/** An SMS in the recipient's language only (an SMS must stay short); Dutch when unknown. */
export function clientSms(language: Language | null | undefined, texts: ClientSmsTexts): string {
  return (language && texts[language]) || texts.nl;
}
