/** The one error shape every API error has. `fields` names each invalid input field. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  fields?: Record<string, string[]>;
  /**
   * Per invalid field a stable code of what is wrong with it, `<field>.<reason>` (e.g. `file.type`,
   * `email.email`, `reason.too_short`): the portal shows its own text for it in the page's language
   * instead of the English `message`. Reasons are FIELD_ERROR_REASONS.
   */
  fieldCodes?: Record<string, string>;
  /** A stable machine-readable reason where the portal needs one, e.g. 'email_not_verified'. */
  code?: string;
  /** What a 409 lists for the caller to act on, e.g. the open cases to hand over before deactivating. */
  details?: Record<string, unknown>;
}

/** Why a field was refused: the `<reason>` part of an ErrorBody field code. */
export const FIELD_ERROR_REASONS = [
  'required',
  'too_long',
  'too_short',
  'email',
  'not_allowed',
  'id',
  'unknown',
  'number',
  'date',
  'text',
  'yes_no',
  'characters',
  'invalid',
  // Uploads
  'missing',
  'too_large',
  'type',
  'virus',
  'too_many',
] as const;
export type FieldErrorReason = (typeof FIELD_ERROR_REASONS)[number];

/** A mail as shown on the local demo outbox page. */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}
