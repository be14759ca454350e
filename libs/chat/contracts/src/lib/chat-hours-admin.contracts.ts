/** A time of day in Europe/Amsterdam, `HH:mm` (00:00 … 23:59). */
export const CHAT_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A closure covers at most this many days, so a typo in a year cannot write thousands of rows. */
export const CHAT_CLOSURE_MAX_DAYS = 92;
export const CHAT_CLOSURE_REASON_MAX = 200;

/** A weekly opening; weekday is ISO (1 = Monday … 7 = Sunday). */
export interface ChatWeeklySlot {
  weekday: number;
  start: string;
  end: string;
}

/** A date on which chat stays closed all day, with the reason (holiday, training day …). */
export interface ChatClosureView {
  id: string;
  date: string;
  reason: string | null;
}

/** GET /api/chat/hours: the weekly hours, sorted, and the closures from today on. */
export interface ChatHoursView {
  slots: ChatWeeklySlot[];
  closures: ChatClosureView[];
}

/** PUT /api/chat/hours: replaces all weekly hours of the organisation. */
export interface ReplaceChatHoursRequest {
  slots: ChatWeeklySlot[];
}

/** POST /api/chat/hours/closures: one date, or `from` … `to` inclusive. */
export interface AddChatClosureRequest {
  from: string;
  to?: string;
  reason: string;
}

/** The rota looks this many days ahead for openings that nobody staffs. */
export const CHAT_ROTA_WARNING_DAYS = 14;

/** One worker's duty line inside an opening: weekly (every week on this weekday) or on this date only. */
export interface ChatRotaDuty {
  id: string;
  workerId: string;
  name: string | null;
  weekly: boolean;
  start: string;
  end: string;
  /** Whether the caller may remove it (a team lead: only lines of their own team's workers). */
  editable: boolean;
}

export interface ChatRotaSlot {
  start: string;
  end: string;
  duty: ChatRotaDuty[];
}

export interface ChatRotaDay {
  date: string;
  slots: ChatRotaSlot[];
}

/** An opening in the coming days with nobody on duty. */
export interface ChatOpenSlot {
  date: string;
  start: string;
  end: string;
}

/** GET /api/chat/rota?week=yyyy-MM-dd: the openings of that week (Monday … Sunday) with who is on duty. */
export interface ChatRotaView {
  weekStart: string;
  days: ChatRotaDay[];
  /** Workers the caller may put on duty (a team lead: their own team). */
  workers: Array<{ id: string; name: string | null }>;
  /** Openings from now to CHAT_ROTA_WARNING_DAYS days ahead with nobody on duty. */
  openSlots: ChatOpenSlot[];
}

/** POST /api/chat/rota: puts a worker on duty on one date. */
export interface AddChatDutyRequest {
  workerId: string;
  date: string;
  start: string;
  end: string;
}
