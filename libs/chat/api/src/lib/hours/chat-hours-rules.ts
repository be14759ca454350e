import type { ChatWeeklySlot } from '@nabij/chat/contracts';

/**
 * Why the weekly hours cannot be saved, per field (`slots.<i>.end`), or null when they can.
 * Times are `HH:mm`, so comparing them as strings compares them as times.
 */
export function weeklyHoursProblems(slots: ChatWeeklySlot[]): Record<string, string[]> | null {
  const problems: Record<string, string[]> = {};
  slots.forEach((slot, i) => {
    if (slot.start >= slot.end) problems[`slots.${i}.end`] = ['end must be later than start'];
  });
  slots.forEach((slot, i) => {
    if (problems[`slots.${i}.end`]) return;
    const clash = slots.findIndex(
      (other, j) => j < i && other.weekday === slot.weekday && other.start < other.end && other.start < slot.end && slot.start < other.end,
    );
    if (clash >= 0) problems[`slots.${i}.start`] = [`slots.${i} overlaps slots.${clash} on the same weekday`];
  });
  return Object.keys(problems).length ? problems : null;
}
