/** What a report tab's filter form holds: a period and, when the form shows them, a team and a financier. */
export interface PeriodFormValue {
  from: string;
  to: string;
  teamId?: string;
  financierId?: string;
}

/**
 * Reads a report tab's filter form (fields `from`, `to`, `teamId`, `financierId`); null when the
 * period is missing or ends before it starts. An empty choice ("Alle") is left out.
 */
export function readPeriodForm(form: HTMLFormElement): PeriodFormValue | null {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '') || undefined;
  const from = value('from');
  const to = value('to');
  if (!from || !to || to < from) return null;
  return { from, to, teamId: value('teamId'), financierId: value('financierId') };
}
