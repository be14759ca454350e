import type { Language } from '@nabij/platform/contracts';
export interface PostcodeCheckRequest {
  postcode: string;
}

/** A place to go when Nabij cannot help; the portal has the description text per `id`. */
export interface ReferralPlace {
  id: string;
  name: string;
  phone?: string;
  url?: string;
}

/**
 * A place from the social map of the person's own municipality (a service that serves their
 * four-digit postcode area), for a postcode Nabij does not serve. Nearest first.
 */
export interface LocalReferralService {
  id: string;
  providerName: string;
  name: string;
  description: string;
  municipality: string;
  address: string | null;
  openingHours: string | null;
  phone: string | null;
  website: string | null;
  /** 'self': you can go there yourself; 'worker': a social worker signs you up. */
  referral: 'self' | 'worker';
  /** Approximate kilometres from the person's postcode area; null when Nabij does not know where it lies. */
  distanceKm: number | null;
}

export type PostcodeCheckResponse =
  | {
      served: true;
      postcode: string;
      /** Pass this to POST /api/registrations; it binds the registration to this check. */
      checkId: string;
      expiresAt: string;
      financier: string;
      financierId: string;
      organisation: string;
      /** For calls that name the organisation, such as `GET /api/chat/status?organisation=`. */
      organisationSlug: string;
    }
  | {
      served: false;
      postcode: string;
      /** `localServices` from the social map of the own municipality first (may be empty), then the national `places`. */
      referral: { localServices: LocalReferralService[]; places: ReferralPlace[] };
    };

/** POST with `{ postcode }` (under `/api`); registration and anonymous chat both ask it. */
export const POSTCODE_CHECK_PATH = '/postcode-check';
/**
 * Where the portal keeps this tab's last check (sessionStorage, with `tabStoredSignal`): a served
 * check is used up once, by a registration or an anonymous chat, so both read and clear this one.
 */
export const POSTCODE_CHECK_TAB_KEY = 'nabij.intake.check';

export interface RegistrationRequest {
  checkId: string;
  email: string;
  password: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  name?: string;
  /** The portal's language when the client registered (nl, en, ar, tr, pl); Dutch when left out. */
  language?: Language;
}

/** Always the same answer, whether or not the e-mail address already has an account. */
export interface RegistrationAccepted {
  status: 'check_your_mail';
  email: string;
}

export interface VerifyRequest {
  token: string;
  /** Only for clients admitted by a worker, who choose their password here. */
  password?: string;
}

export interface VerifyResponse {
  status: 'verified';
  email: string;
}

export interface ResendRequest {
  email: string;
}

export interface AdmissionRequest {
  /** Leave out for someone without a stable e-mail address: they get a login name and a printed code. */
  email?: string;
  name: string;
  birthDate: string;
  financierId: string;
  reason: string;
  /**
   * The language the client reads, as the worker heard it (issue 17); Dutch when left out. The
   * account reads Nabij in it, and the admission mail or the printed letter is in it, with Dutch.
   */
  language?: Language;
}

export interface AdmissionCreated {
  id: string;
  email: string | null;
  loginName: string | null;
  /** Only without an e-mail address: the letter with the one-time code, shown once. */
  letter: ActivationLetter | null;
}

/**
 * The printed letter for a client admitted without an e-mail address (POST /api/admissions, or
 * POST /api/admissions/:clientId/activation-code for a new code). The code is in no other answer.
 */
export interface ActivationLetter {
  clientId: string;
  clientName: string;
  loginName: string;
  /** As printed, `K7M4-Q2XA-9RTD`. */
  code: string;
  /** ISO timestamp; the code works until then, once. */
  expiresAt: string;
  /** Where to activate: `<portal>/activeren`. */
  activationUrl: string;
  /** Where to log in afterwards. */
  loginUrl: string;
  organisation: string;
  /** The worker who printed the letter: the person to call or visit. */
  worker: string;
  financier: { name: string; socialTeamName: string | null; socialTeamPhone: string | null };
  /** The language the client reads: the letter is printed in it and in Dutch (Dutch and English for either of those). */
  language: Language;
}

/** GET /api/admissions/without-email (worker): the organisation's clients who log in with a login name. */
export interface LoginNameClient {
  id: string;
  name: string | null;
  loginName: string;
  /** Has chosen a password with a code. */
  activated: boolean;
  /** ISO timestamp until which the latest code works; null when no code works any more. */
  codeValidUntil: string | null;
}

/** `code` of the 409 when a new activation code is asked for a client who logs in with an e-mail address. */
export const CLIENT_HAS_EMAIL = 'client_has_email';

export interface ServiceArea {
  id: string;
  financierId: string;
  financier: string;
  postcodeFrom: number;
  postcodeTo: number;
}

export interface ServiceAreaInput {
  financierId: string;
  postcodeFrom: number;
  postcodeTo: number;
}

export interface Financier {
  id: string;
  name: string;
  organisation: string;
}
