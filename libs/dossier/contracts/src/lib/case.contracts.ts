/** Kinds of work (werksoort) a case can be; labels are in the portal's i18n files. */
export const KINDS_OF_WORK = ['algemeen_mw', 'hulp_online', 'school_mw'] as const;
export type KindOfWork = (typeof KINDS_OF_WORK)[number];

/** Problem areas (probleemgebied); a case can have several. */
export const PROBLEM_AREAS = [
  'materiele_problematiek',
  'relatie',
  'opvoeding',
  'psychosociaal',
  'huisvesting',
  'werk_en_inkomen',
  'overig',
] as const;
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

export const CLOSE_REASONS = ['goal_reached', 'client_stopped', 'no_show', 'referred'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The names Table B (and reports) use for each kind of work. */
export const KIND_OF_WORK_REPORT_NAME: Record<KindOfWork, string> = {
  algemeen_mw: 'Algemeen MW',
  hulp_online: 'Hulp Online',
  school_mw: 'School MW PO/VO',
};

/** A client of the worker's organisation, as found by `GET /api/dossier/clients?query=`: nothing from any dossier. */
export interface ClientSearchResult {
  id: string;
  name: string | null;
  /** Null for a client admitted without an e-mail address (who logs in with a login name). */
  email: string | null;
  /** `YYYY-MM-DD`, or null when unknown. */
  birthDate: string | null;
  financierName: string | null;
  /** Whether the client has an open case in the organisation (with any worker). */
  hasOpenCase: boolean;
}

/**
 * How a client came in, recorded when a case is opened (issue 20): a postcode check and registration
 * online, an anonymous chat or anonymous question that was converted, a referral by a GP, a school
 * or the municipality, a walk-in, or a phone call. Cases opened before this was asked have none.
 */
export const INTAKE_CHANNELS = [
  'online_registration',
  'anonymous_chat',
  'anonymous_question',
  'referral_gp',
  'referral_school',
  'referral_municipality',
  'walk_in',
  'phone',
] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
/** The channels that start online (the organisation wants to know whether these reach new groups). */
export const ONLINE_INTAKE_CHANNELS: readonly IntakeChannel[] = ['online_registration', 'anonymous_chat', 'anonymous_question'];

/**
 * "Tolk nodig" (issue 17): the languages a worker can book an interpreter for, as ISO 639 codes
 * (`dse` is Dutch Sign Language, `ber` Tamazight/Berber). Labels are in the portal's i18n files.
 */
export const INTERPRETER_LANGUAGES = [
  'ar',
  'tr',
  'pl',
  'ti',
  'prs',
  'fa',
  'ps',
  'so',
  'am',
  'ber',
  'ku',
  'uk',
  'ru',
  'bg',
  'ro',
  'en',
  'fr',
  'es',
  'pt',
  'zh',
  'ur',
  'dse',
] as const;
export type InterpreterLanguage = (typeof INTERPRETER_LANGUAGES)[number];

/** `PATCH /api/dossier/cases/:caseId/interpreter`: the language, or null when no interpreter is needed any more. */
export interface SetInterpreterRequest {
  language: InterpreterLanguage | null;
}

/**
 * A client's request to move an appointment that waits for the worker's new time, as the worker's
 * list `GET /api/dossier/appointment-requests` shows it; answered on the case page.
 */
export interface OpenAppointmentRequest {
  id: string;
  caseId: string;
  appointmentId: string;
  client: { id: string; name: string | null };
  startsAt: string;
  requestedAt: string;
  reason: string;
}

/** The worker's menu badge: requests to move that wait for an answer (a number only). */
export interface AppointmentRequestCount {
  open: number;
}
