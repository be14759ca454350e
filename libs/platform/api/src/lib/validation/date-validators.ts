import { isISO8601, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Dates Nabij deals with (birth dates, appointments, reports, time entries) all fall in this range.
 * Without it, year 0 is refused by PostgreSQL and year 9999 breaks date arithmetic: both were 500s.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
// The ISO 8601 shapes PostgreSQL and JavaScript both read the same way (no week or ordinal dates).
const DATE_TIME = /^(\d{4})-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A real calendar date written as YYYY-MM-DD between 1900-01-01 and 2100-12-31 (2013-02-30 is refused). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** An ISO 8601 date or date-time (`2026-03-09T10:00:00+01:00`) in the years 1900–2100. */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME.exec(value);
  if (!match || !isISO8601(value, { strict: true })) return false;
  const year = Number(match[1]);
  return year >= 1900 && year <= 2100 && !Number.isNaN(new Date(value).getTime());
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: (a) => `${a?.property} must be a date from ${EARLIEST_DATE} to ${LATEST_DATE}, written as YYYY-MM-DD`,
      },
    },
    options,
  );
}

export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateTime',
      validator: {
        validate: isDateTime,
        defaultMessage: (a) => `${a?.property} must be a date and time between the years 1900 and 2100, like 2026-03-09T10:00:00+01:00`,
      },
    },
    options,
  );
}

/** A birth date: a real date from 1900-01-01 up to today. */
export function IsBirthDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBirthDate',
      validator: {
        // The wall clock is right here: "not in the future" guards input, it is no domain rule.
        validate: (v) => isCalendarDate(v) && new Date(`${v}T00:00:00Z`).getTime() <= Date.now(),
        defaultMessage: (a) => `${a?.property} must be a date in the past, written as YYYY-MM-DD`,
      },
    },
    options,
  );
}
