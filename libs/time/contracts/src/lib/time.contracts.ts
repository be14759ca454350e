/** What a worker can register minutes for. */
export const CONTACT_TYPES = [
  'chat',
  'message',
  'homework_feedback',
  'face_to_face',
  'phone',
  'video',
  'letter',
  'other',
  'preparation',
  'consultation',
  'group_training',
  // The report (verslag) of a contact, prefilled as its second line when the organisation sets one.
  'report',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/**
 * How contact types map onto the columns of the caseload report (Table B):
 * - onlineDossier: work done in the online dossier ("tijd online dossier");
 * - registration: face-to-face/phone work registered on the case ("tijd registratie");
 * - nonClient: time not bound to one client; such entries never have a case.
 * Client-bound time (for the 80% norm) is registration + onlineDossier.
 */
export const TIME_CONTACT_GROUPS = {
  onlineDossier: ['chat', 'message', 'homework_feedback'],
  registration: ['face_to_face', 'phone', 'video', 'letter', 'other', 'report'],
  nonClient: ['preparation', 'consultation', 'group_training'],
} as const satisfies Record<string, readonly ContactType[]>;

export function isNonClientContact(type: ContactType): boolean {
  return (TIME_CONTACT_GROUPS.nonClient as readonly ContactType[]).includes(type);
}

/** Where an entry came from: typed in, or prefilled by the module where the contact happened. */
export const TIME_SOURCES = ['manual', 'chat', 'message', 'homework', 'appointment', 'outreach', 'group_session'] as const;
export type TimeSource = (typeof TIME_SOURCES)[number];
export type PrefillSource = Exclude<TimeSource, 'manual'>;

export const TIME_ENTRY_STATUSES = ['to_confirm', 'confirmed'] as const;
export type TimeEntryStatus = (typeof TIME_ENTRY_STATUSES)[number];

/**
 * Built-in default minutes for a prefilled contact. The organisation's settings
 * (`/api/time/defaults`) override them for ORGANISATION_DEFAULT_TYPES; a chat uses its real
 * duration (35 is only a fallback when a chat reports none).
 */
export const DEFAULT_CONTACT_MINUTES: Partial<Record<ContactType, number>> = {
  chat: 35,
  message: 20,
  homework_feedback: 15,
  face_to_face: 60,
  phone: 15,
};

export const MAX_ENTRY_MINUTES = 1440;
/** Entries can be corrected this long after they were registered; then a team lead must unlock. */
export const CORRECTION_WINDOW_DAYS = 14;
/** How long a team lead's unlock lasts. */
export const UNLOCK_DAYS = 7;
/** Share of client-bound time a worker should reach. */
export const CLIENT_BOUND_NORM = 0.8;

export interface TimeEntry {
  id: string;
  caseId: string | null;
  contactType: ContactType;
  minutes: number;
  occurredOn: string;
  source: TimeSource;
  sourceId: string | null;
  status: TimeEntryStatus;
  createdAt: string;
  updatedAt: string;
  /** True when the correction window has passed and no unlock is active. */
  locked: boolean;
}

export interface TimeEntryInput {
  caseId?: string | null;
  contactType: ContactType;
  minutes: number;
  occurredOn: string;
}

export type TimeEntryUpdate = Partial<Pick<TimeEntryInput, 'contactType' | 'minutes' | 'occurredOn'>>;

export interface TimeEntryChange {
  action: 'create' | 'prefill' | 'update' | 'confirm' | 'delete' | 'unlock';
  changedBy: string | null;
  changedAt: string;
  oldValues: Record<string, unknown> | null;
  newValues: Record<string, unknown> | null;
}

export interface WeekDay {
  date: string;
  minutes: number;
  hours: string;
}

export interface WeekView {
  weekStart: string;
  weekEnd: string;
  days: WeekDay[];
  totalMinutes: number;
  clientBoundMinutes: number;
  /** clientBound / total, 0..1 (null when nothing is registered). */
  clientBoundShare: number | null;
  norm: number;
  meetsNorm: boolean | null;
  toConfirm: TimeEntry[];
}

/** Contact types whose prefill minutes an organisation sets (a chat always uses its real duration). */
export const ORGANISATION_DEFAULT_TYPES = ['message', 'homework_feedback', 'face_to_face', 'phone'] as const;
export type OrganisationDefaultType = (typeof ORGANISATION_DEFAULT_TYPES)[number];

/** The organisation's default minutes per contact type, e.g. { message: 20, phone: 15, … }. */
export type ContactDefaults = Record<OrganisationDefaultType, number>;
/** A change: any subset of the types, each 1..MAX_ENTRY_MINUTES. */
export type ContactDefaultsUpdate = Partial<ContactDefaults>;

/**
 * Contact types that can carry a prefilled second line for the report ("1 uur gesprek + 1 uur
 * verslag"), with minutes per organisation (`/api/time/defaults/report-lines`; none set: no line).
 */
export const REPORT_LINE_TYPES = ['face_to_face', 'phone'] as const;
export type ReportLineType = (typeof REPORT_LINE_TYPES)[number];
/** The organisation's report minutes per contact type; null: that contact gets no report line. */
export type ReportLineDefaults = Record<ReportLineType, number | null>;
export type ReportLineDefaultsUpdate = Partial<ReportLineDefaults>;
/** The source id of a contact's report line: the contact's own source id with this suffix. */
export const REPORT_LINE_SUFFIX = ':report';
