import { askedQuestions } from '@nabij/outreach/contracts';
import type { AnswerValue, QuestionDefinition, QuestionnaireDefinition, TaskKind } from '@nabij/outreach/contracts';

export interface PlannedTask {
  kind: TaskKind;
  dueOn: string;
  note: string | null;
}

/** How many days after the call a task is due when the answers name no day: a call-back in a week, help within two days. */
const DEFAULT_DAYS: Record<TaskKind, number> = { call_back: 7, follow_up: 2 };

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function shown(q: QuestionDefinition, value: AnswerValue): string {
  if (Array.isArray(value)) return value.map((v) => q.options?.find((o) => o.value === v)?.label ?? v).join(', ');
  if (q.type === 'choice') return q.options?.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

/**
 * The tasks a call's answers set in motion: a yes to a question with follow-up `call_back` ("mogen
 * we je nog eens bellen") is a call-back on the day a question that depends on it names (never
 * before today); a yes to `help` ("kunnen we iets voor je doen") is a follow-up whose note holds
 * what the family asked for, to turn into a case or referral later.
 */
export function plannedTasks(definition: QuestionnaireDefinition, answers: Record<string, AnswerValue>, today: string): PlannedTask[] {
  const questions = definition.sections.flatMap((s) => s.questions);
  const asked = askedQuestions(definition, answers);
  const tasks: PlannedTask[] = [];
  for (const q of questions) {
    // Consent makes no task of its own: it allows the follow-up task to become a referral or case.
    if (!q.followUp || q.followUp === 'consent' || answers[q.key] !== true) continue;
    const kind: TaskKind = q.followUp === 'call_back' ? 'call_back' : 'follow_up';
    const dependents = questions.filter((d) => d.showIf?.question === q.key && asked.has(d.key) && answers[d.key] !== undefined);
    const day = dependents.find((d) => d.type === 'date')?.key;
    const dueOn = day ? [answers[day] as string, today].sort().at(-1)! : addDays(today, DEFAULT_DAYS[kind]);
    const note = dependents
      .filter((d) => d.type !== 'date' && d.followUp !== 'consent')
      .map((d) => `${d.text} ${shown(d, answers[d.key])}`)
      .join('\n');
    tasks.push({ kind, dueOn, note: note || null });
  }
  return tasks;
}
