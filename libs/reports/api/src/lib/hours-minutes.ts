/** Minutes as Table B writes time: hours (not capped at 24) and two-digit minutes, e.g. 9201:30. */
export function formatHoursMinutes(minutes: number): string {
  const whole = Math.trunc(minutes);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** The reverse of formatHoursMinutes ("431:10" → 25870). */
export function parseHoursMinutes(text: string): number {
  const match = /^(\d+):([0-5]\d)$/.exec(text.trim());
  if (!match) throw new Error(`Not an h:mm time: ${text}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
