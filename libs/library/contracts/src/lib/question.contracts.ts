import type { ContentLang } from './library.contracts';

/**
 * The anonymous first question (issue 14): someone in a served postcode area asks a question with a
 * nickname only, and reads the answer through a private link. The link's token is shown once and
 * stored only as a hash; an optional e-mail address gets a notice without content when the answer
 * is there.
 */
export const QUESTION_NICKNAME_MAX = 40;
export const QUESTION_BODY_MAX = 2000;
export const QUESTION_ANSWER_MAX = 4000;
/** The promise, as for messages: an answer within 48 hours. */
export const QUESTION_ANSWER_HOURS = 48;
/** A question and its answer are deleted this many days after the answer (or after asking, when none came). */
export const QUESTION_KEEP_DAYS = 90;
/** base64url of 32 random bytes. */
export const QUESTION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** The portal page that reads a question; the token follows after `#`, so it never reaches a server log. */
export const QUESTION_READ_PATH = '/mijn-vraag';

/** POST /api/library/questions (public). */
export interface AskQuestion {
  /** checkId of a served postcode check (POST /api/postcode-check). */
  checkId: string;
  nickname: string;
  question: string;
  /** For a notice without content when the answer is there; never shown to the worker. */
  email?: string;
  /** The language of the page the question was asked on: the notice mails are in it, with Dutch below. */
  lang?: ContentLang;
}

export interface AskedQuestion {
  /** The private link's secret, shown this once. */
  token: string;
  /** The whole private link (PUBLIC_URL + QUESTION_READ_PATH + '#' + token). */
  link: string;
  dueAt: string;
}

/** POST /api/library/questions/read with `{ token }`: the asker's own thread, and nothing else. */
export interface QuestionThread {
  nickname: string;
  question: string;
  askedAt: string;
  dueAt: string;
  answer: string | null;
  answeredAt: string | null;
  /** Set when a worker invited the asker to register: the page then offers to register. */
  invitedAt: string | null;
}

/** A question in the worker's queue of their organisation. */
export interface QueuedQuestion {
  id: string;
  nickname: string;
  question: string;
  askedAt: string;
  dueAt: string;
  /** True when the 48 hours passed without an answer. */
  overdue: boolean;
  answer: string | null;
  answeredAt: string | null;
  /** When a worker invited the asker to register; null before that. */
  invitedAt: string | null;
}

export interface AnswerQuestion {
  answer: string;
}

/** GET /api/library/questions/count (workers): the open questions of their organisation, for the menu badge. */
export interface OpenQuestionCount {
  open: number;
}

/** 409 code: registering through a question's link that has no invitation. */
export const QUESTION_NOT_INVITED = 'question_not_invited';

/**
 * GET /api/library/questions/cases/:caseId (the case's worker): the anonymous question the client
 * asked before registering, with its answer. A question whose asker was invited, and registered with
 * the postcode check the private link made, belongs to that client; the first case of theirs it is
 * shown on takes it (and the time entry of the answer moves there).
 */
export interface CaseQuestion {
  id: string;
  nickname: string;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  /** The worker who answered, by name. */
  answeredBy: string | null;
  invitedAt: string | null;
  /** When the registered client was recognised as the asker. */
  linkedAt: string;
}
