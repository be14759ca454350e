import { UPLOAD_CONTENT_TYPES, UPLOAD_MAX_BYTES } from '@nabij/platform/contracts';
import type { Language, UploadContentType } from '@nabij/platform/contracts';
import type { CloseReason, IntakeChannel, InterpreterLanguage, KindOfWork, ProblemArea } from './case.contracts';

export const APPOINTMENT_KINDS = ['face_to_face', 'phone', 'video', 'chat'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export const APPOINTMENT_STATUSES = ['planned', 'attended', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** What a client can ask of the worker: "bel mij", "ik heb een brief nodig voor…". */
export const CLIENT_ACTION_KINDS = ['call_me', 'letter_needed', 'other'] as const;
export type ClientActionKind = (typeof CLIENT_ACTION_KINDS)[number];

export const CASE_STATUS_FILTERS = ['open', 'closed', 'all'] as const;
export type CaseStatusFilter = (typeof CASE_STATUS_FILTERS)[number];

/** Documents a client or worker may upload: the platform's upload rule (sniffed, at most 10 MB). */
export const DOCUMENT_CONTENT_TYPES = UPLOAD_CONTENT_TYPES;
export type DocumentContentType = UploadContentType;
export const DOCUMENT_MAX_BYTES = UPLOAD_MAX_BYTES;

export const MAX_GOALS_PER_CASE = 3;

export interface CaseSummary {
  id: string;
  client: { id: string; name: string | null };
  financier: { id: string; name: string };
  kindOfWork: KindOfWork;
  problemAreas: ProblemArea[];
  usesOnlineDossier: boolean;
  openedOn: string;
  closedOn: string | null;
  closeReason: CloseReason | null;
  assignedWorker: { id: string; name: string | null } | null;
  /** "Tolk nodig": the language an interpreter is booked for with every appointment; null when none is needed. */
  interpreterLanguage: InterpreterLanguage | null;
}

export interface Goal {
  id: string;
  position: number;
  text: string;
  achieved: boolean;
  updatedAt: string;
}

export interface ReportReaction {
  id: string;
  text: string;
  createdAt: string;
}

export interface ConversationReport {
  id: string;
  heldOn: string;
  summary: string;
  tips: string;
  /** null while the worker is still writing it (draft; never shown to the client). */
  publishedAt: string | null;
  author: { id: string; name: string | null };
  reactions: ReportReaction[];
}

export interface Appointment {
  id: string;
  kind: AppointmentKind;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  note: string | null;
  status: AppointmentStatus;
  /** The client's latest cancellation or request to move, with the worker's answer; null when none. */
  change?: AppointmentChange | null;
}

export const APPOINTMENT_CHANGE_KINDS = ['cancel', 'move'] as const;
export type AppointmentChangeKind = (typeof APPOINTMENT_CHANGE_KINDS)[number];

/** A client cancelled (done at once) or asked to move (open until the worker answers with a new time). */
export interface AppointmentChange {
  id: string;
  kind: AppointmentChangeKind;
  reason: string;
  requestedAt: string;
  /** The start before the client asked. */
  previousStartsAt: string;
  /** Move only: set when the worker answered. */
  answeredAt: string | null;
  newStartsAt: string | null;
}

/** The client cancels or asks to move, always with a reason the worker reads. */
export interface AppointmentChangeRequest {
  reason: string;
}

/** The worker's answer to a request to move: the new start. */
export interface AppointmentMoveAnswer {
  startsAt: string;
}

export interface ClientAction {
  id: string;
  kind: ClientActionKind;
  text: string | null;
  createdAt: string;
  doneAt: string | null;
}

export interface DossierDocument {
  id: string;
  fileName: string;
  contentType: DocumentContentType;
  sizeBytes: number;
  uploadedBy: { id: string; name: string | null; role: 'client' | 'worker' };
  createdAt: string;
}

/** One case as its worker or client sees it. The client's view has only published reports. */
export interface Dossier {
  case: CaseSummary;
  /** Closed trajectories are read-only for everyone. */
  readOnly: boolean;
  goals: Goal[];
  reports: ConversationReport[];
  appointments: Appointment[];
  actions: ClientAction[];
  documents: DossierDocument[];
  /**
   * In the worker's case view only (GET /api/dossier/cases/:id): the language the client reads
   * Nabij in (issue 17), so the worker knows it; absent in the client's own dossier.
   */
  clientLanguage?: Language;
}

export interface PrivateNote {
  id: string;
  caseId: string | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * What of the client's data someone touched, in words a client understands (never a table name):
 * the API maps every access-log resource type to one of these, unknown ones to 'other'.
 */
export const ACCESS_KINDS = [
  'dossier',
  'care',
  'appointments',
  'documents',
  'chat',
  'messages',
  'training',
  'caseload',
  'account',
  'privacy',
  'other',
] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];
export type AccessAction = 'read' | 'create' | 'update' | 'delete' | 'other';

/** Every access-log resource type that names a client, as the kind of data a client recognises. */
export const ACCESS_KIND_OF: Readonly<Record<string, AccessKind>> = {
  dossier: 'dossier',
  goal: 'dossier',
  report: 'dossier',
  action: 'dossier',
  note: 'dossier',
  case: 'care',
  case_close: 'care',
  case_interpreter: 'care',
  case_reopen: 'care',
  case_handover: 'care',
  appointment: 'appointments',
  video_room: 'appointments',
  video_upcoming: 'appointments',
  appointment_change: 'appointments',
  appointment_calendar: 'appointments',
  document: 'documents',
  // A pupil's parents (guardians domain): the link itself, the parent thread, the pupil's consent.
  guardian_link: 'care',
  guardian_message: 'messages',
  guardian_consent: 'privacy',
  chat_session: 'chat',
  chat_transcript: 'chat',
  message: 'messages',
  message_thread: 'messages',
  message_inbox: 'messages',
  message_attachment: 'messages',
  training: 'training',
  training_enrolment: 'training',
  training_submission: 'training',
  caseload: 'caseload',
  client_search: 'caseload',
  login_name_clients: 'caseload',
  account: 'account',
  email: 'account',
  activation_code: 'account',
  password: 'account',
  two_factor: 'account',
  personal_data: 'privacy',
  deletion_request: 'privacy',
  retention: 'privacy',
};
/** The kind of data an access-log resource type is, 'other' for a type not in the map. */
export function accessKindOf(resourceType: string): AccessKind {
  return Object.hasOwn(ACCESS_KIND_OF, resourceType) ? ACCESS_KIND_OF[resourceType] : 'other';
}

/** GET /api/dossier/access-log: this many groups per page. */
export const ACCESS_LOG_PAGE_SIZE = 40;

/** One line of "Wie heeft mijn dossier ingezien": one person did one thing with one kind of data on one day, `times` times. */
export interface DossierAccessGroup {
  /** The Dutch calendar day, YYYY-MM-DD. */
  day: string;
  who: { id: string | null; name: string | null; role: string | null };
  action: AccessAction;
  kind: AccessKind;
  times: number;
  /** The last time that day (ISO). */
  lastAt: string;
}

/** A page of groups, newest day first; within a day the most recent first. */
export interface DossierAccessPage {
  groups: DossierAccessGroup[];
  page: number;
  hasMore: boolean;
}

export interface OpenCaseRequest {
  clientId: string;
  kindOfWork: KindOfWork;
  problemAreas?: ProblemArea[];
  financierId?: string;
  usesOnlineDossier?: boolean;
  openedOn?: string;
  /** How the client came in; the portal always asks it. */
  intakeChannel?: IntakeChannel;
}

/** Error `code` of the 409 when the client already has an open case with another worker (a hand-over is the way). */
export const CLIENT_IN_CARE = 'client_in_care';

export interface HandoverRequest {
  toWorkerId: string;
  note?: string;
}

export interface CloseCaseRequest {
  reason: CloseReason;
  closedOn?: string;
}

/**
 * How long after its closing day a case can be reopened (by its worker or the team lead of its
 * team). A client who comes back within a month mostly continues the same question, and the closed
 * case has usually not yet been reported to the financier (reports are made per month or quarter);
 * later, a new question is a new case, so the report and the retention term stay right.
 */
export const CASE_REOPEN_DAYS = 30;
/** 409 when the reopen period is over. */
export const REOPEN_PERIOD_OVER = 'reopen_period_over';
export const CASE_NOT_CLOSED = 'case_not_closed';

/** POST /api/dossier/cases/:caseId/reopen (worker of the case, team lead of its team). */
export interface ReopenCaseRequest {
  /** Why: goes into the access log. */
  reason: string;
}

/** What a reopen answers: only the case's state, no contents (a team lead may reopen too). */
export interface ReopenedCase {
  id: string;
  openedOn: string;
  closedOn: null;
}

/**
 * GET /api/dossier/team/closed-cases: a team lead's list of their team's cases closed within
 * CASE_REOPEN_DAYS, to reopen one. Who, by whom, when and why in a category; never dossier contents.
 */
export interface TeamClosedCase {
  id: string;
  client: { id: string; name: string | null };
  worker: { id: string; name: string | null } | null;
  closedOn: string;
  closeReason: CloseReason | null;
  /** The last day it can be reopened (YYYY-MM-DD). */
  reopenableUntil: string;
}

/** The last day (YYYY-MM-DD) a case closed on `closedOn` can be reopened. */
export function reopenableUntil(closedOn: string): string {
  const day = new Date(`${closedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + CASE_REOPEN_DAYS);
  return day.toISOString().slice(0, 10);
}

export interface GoalRequest {
  text: string;
  achieved?: boolean;
}

export interface ReportRequest {
  heldOn: string;
  summary: string;
  tips?: string;
  publish?: boolean;
}

export interface ReactionRequest {
  text: string;
}

export interface AppointmentRequest {
  kind: AppointmentKind;
  startsAt: string;
  durationMinutes: number;
  location?: string;
  note?: string;
}

export interface AppointmentStatusRequest {
  status: AppointmentStatus;
}

export interface ClientActionRequest {
  kind: ClientActionKind;
  text?: string;
}

export interface PrivateNoteRequest {
  text: string;
  caseId?: string;
}

/** A worker of the same organisation a case can be handed over to (never the caller). */
export interface Colleague {
  id: string;
  name: string | null;
}
