/**
 * The pg-boss queue of the AppointmentChanged event: the dossier sends it in its own transaction
 * whenever an appointment is planned, moved, cancelled or marked; reminders (re)plan its reminders.
 */
export const APPOINTMENT_CHANGED = 'reminders.appointment-changed';

export interface AppointmentChanged {
  appointmentId: string;
}

/** When a reminder goes out, in minutes before the appointment starts. */
export const REMINDER_SLOTS = { '24h': 24 * 60, '2h': 2 * 60 } as const;
export type ReminderSlot = keyof typeof REMINDER_SLOTS;

/** The client's own way to be reminded: e-mail always (when they have an address), SMS when opted in. */
export interface ReminderContact {
  mobile: string | null;
  smsOptIn: boolean;
}

export interface ReminderContactRequest {
  mobile: string | null;
  smsOptIn: boolean;
}

/** The organisation's setting: reminders on since this Dutch day (YYYY-MM-DD), or off (null). */
export interface ReminderSetting {
  enabledSince: string | null;
}

export interface ReminderSettingRequest {
  enabledSince: string | null;
}

/** One month of the no-show report: appointments marked attended or no-show that month. */
export interface NoShowMonth {
  /** YYYY-MM */
  month: string;
  attended: number;
  noShow: number;
  /** no-show / (attended + no-show) in whole percent; null without marked appointments. */
  noShowPercent: number | null;
  /** Reminders were on for the whole month or part of it (the month reminders were switched on counts as after). */
  remindersOn: boolean;
}

export interface NoShowReport {
  enabledSince: string | null;
  months: NoShowMonth[];
  /** Over all months before / after reminders were switched on. */
  before: { attended: number; noShow: number; noShowPercent: number | null };
  after: { attended: number; noShow: number; noShowPercent: number | null };
}

/**
 * A Dutch mobile number as typed (06 12345678, +31 6-1234 5678, 0031612345678) in E.164
 * (+31612345678), or null when it is not one.
 */
export function normaliseMobile(input: string): string | null {
  const digits = input.replace(/[\s\-().]/g, '');
  const m = /^(?:\+31|0031|0)(6\d{8})$/.exec(digits);
  return m ? `+31${m[1]}` : null;
}
