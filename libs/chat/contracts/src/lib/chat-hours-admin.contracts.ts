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
