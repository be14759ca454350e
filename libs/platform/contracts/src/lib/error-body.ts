/** The one error shape every API error has. `fields` names each invalid input field. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  fields?: Record<string, string[]>;
  /** A stable machine-readable reason where the portal needs one, e.g. 'email_not_verified'. */
  code?: string;
  /** What a 409 lists for the caller to act on, e.g. the open cases to hand over before deactivating. */
  details?: Record<string, unknown>;
}

/** A mail as shown on the local demo outbox page. */
export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}
