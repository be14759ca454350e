import type { ContactType, PrefillSource } from './time.contracts';

/** The pg-boss queue of the ContactOccurred event; time registration handles it. */
export const CONTACT_OCCURRED = 'time.contact-occurred';

/**
 * A worker had a contact with a client (chat ended, reply sent, homework feedback given,
 * appointment held). Sent in the producer's own transaction; time prefills one entry per
 * (source, sourceId) for the worker to confirm, so a repeated event registers nothing new.
 * A contact without a case (an anonymous chat) names the organisation instead; when it is linked to
 * a case later, the producer sends the event again with the case and the entry moves there.
 */
export interface ContactOccurred {
  source: PrefillSource;
  /** The id of the chat session, sent message, homework contact or appointment. */
  sourceId: string;
  workerId: string;
  /** Null for a contact with nobody registered yet (an anonymous chat): then `organisationId` says whose it is. */
  caseId: string | null;
  /** Required when `caseId` is null; with a case the case's organisation counts. */
  organisationId?: string;
  /** The Dutch calendar day of the contact (YYYY-MM-DD), fixed by the producer when it happened. */
  occurredOn: string;
  /** Defaults per source: chat → chat, message → message, homework → homework_feedback, appointment → face_to_face. */
  contactType?: ContactType;
  /** E.g. a chat's real duration; defaults to the organisation's default minutes for the contact type. */
  minutes?: number;
}

/** The calendar day in the Netherlands (a contact at 00:30 belongs to that Dutch day), as YYYY-MM-DD. */
export function dutchDate(at: Date): string {
  // en-CA formats as YYYY-MM-DD; the time zone makes it the Dutch day.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
