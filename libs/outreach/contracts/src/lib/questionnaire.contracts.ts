/**
 * Questionnaires as data (issue 15, the conversation tool): sections of typed questions, some shown
 * only when an earlier answer meets a condition ("if the score is below 6, ask …"). A version is a
 * draft until it is published; a published version never changes, so recorded answers always mean
 * what they meant when they were given.
 */
export const QUESTION_TYPES = ['number', 'choice', 'multiple_choice', 'yes_no', 'scale', 'text', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** lt/lte/gt/gte compare numbers (number, scale); eq/neq any single answer; includes one option of a multiple choice. */
export const CONDITION_OPS = ['lt', 'lte', 'gt', 'gte', 'eq', 'neq', 'includes'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/**
 * What a yes to this yes/no question sets in motion after the call: a call-back task, a task to
 * arrange help, or (consent) the family's permission to turn that help into a referral or a case.
 */
export const QUESTION_FOLLOW_UPS = ['call_back', 'help', 'consent'] as const;
export type QuestionFollowUp = (typeof QUESTION_FOLLOW_UPS)[number];

export const VERSION_STATUSES = ['draft', 'published'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const QUESTION_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const QUESTION_TEXT_MAX = 500;
export const QUESTION_HELP_MAX = 1000;
export const ANSWER_TEXT_MAX = 2000;
export const QUESTIONNAIRE_MAX_QUESTIONS = 100;
export const QUESTION_MAX_OPTIONS = 20;
export const SCALE_MIN = 1;
export const SCALE_MAX = 10;

export interface QuestionCondition {
  /** The key of an earlier question. */
  question: string;
  op: ConditionOp;
  value: number | string | boolean;
}

export interface QuestionOption {
  value: string;
  label: string;
}

export interface QuestionDefinition {
  key: string;
  type: QuestionType;
  text: string;
  /** Read out or kept in mind by the worker, e.g. the confidentiality statement. */
  help?: string | null;
  required?: boolean;
  /** choice and multiple_choice only. */
  options?: QuestionOption[] | null;
  /** number and scale (a scale is 1–10 unless set). */
  min?: number | null;
  max?: number | null;
  showIf?: QuestionCondition | null;
  followUp?: QuestionFollowUp | null;
}

export interface SectionDefinition {
  title: string;
  intro?: string | null;
  questions: QuestionDefinition[];
}

export interface QuestionnaireDefinition {
  title: string;
  intro?: string | null;
  sections: SectionDefinition[];
}

export type AnswerValue = number | string | boolean | string[];
export type Answers = Record<string, AnswerValue | null>;

/** Why an answer was refused; the field is `answers.<key>`. */
export type AnswerProblem = 'required' | 'type' | 'range' | 'option' | 'not_asked' | 'unknown' | 'too_long';

/** GET /api/outreach/questionnaires (admin, worker, team lead): each questionnaire with its versions. */
export interface QuestionnaireSummary {
  id: string;
  title: string;
  versions: Array<{ id: string; number: number; status: VersionStatus; publishedAt: string | null }>;
  /** The newest published version: the one new calls use. */
  currentVersionId: string | null;
}

export interface QuestionnaireVersionView {
  id: string;
  questionnaireId: string;
  number: number;
  status: VersionStatus;
  publishedAt: string | null;
  definition: QuestionnaireDefinition;
}

/** POST /api/outreach/questionnaires and POST …/:id/versions (admin): a new draft from JSON. */
export interface SaveQuestionnaireDraft {
  definition: QuestionnaireDefinition;
}

const allQuestions = (definition: QuestionnaireDefinition): QuestionDefinition[] => definition.sections.flatMap((s) => s.questions);

const isMissing = (value: AnswerValue | null | undefined): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function meets(condition: QuestionCondition, value: AnswerValue): boolean {
  const { op, value: expected } = condition;
  switch (op) {
    case 'lt':
      return typeof value === 'number' && value < Number(expected);
    case 'lte':
      return typeof value === 'number' && value <= Number(expected);
    case 'gt':
      return typeof value === 'number' && value > Number(expected);
    case 'gte':
      return typeof value === 'number' && value >= Number(expected);
    case 'eq':
      return value === expected;
    case 'neq':
      return value !== expected;
    case 'includes':
      return Array.isArray(value) && value.includes(String(expected));
  }
}

/**
 * The keys of the questions that are asked with these answers, in order: a conditional question is
 * asked only when the question it depends on was asked, answered, and its answer meets the condition.
 */
export function askedQuestions(definition: QuestionnaireDefinition, answers: Answers): Set<string> {
  const asked = new Set<string>();
  for (const q of allQuestions(definition)) {
    const c = q.showIf;
    if (!c) asked.add(q.key);
    else if (asked.has(c.question) && !isMissing(answers[c.question]) && meets(c, answers[c.question] as AnswerValue)) asked.add(q.key);
  }
  return asked;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isCalendarDay(value: unknown): boolean {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function rangeOf(q: QuestionDefinition): { min: number; max: number } {
  if (q.type === 'scale') return { min: q.min ?? SCALE_MIN, max: q.max ?? SCALE_MAX };
  return { min: q.min ?? Number.MIN_SAFE_INTEGER, max: q.max ?? Number.MAX_SAFE_INTEGER };
}

function problemOf(q: QuestionDefinition, value: AnswerValue): AnswerProblem | null {
  const options = new Set((q.options ?? []).map((o) => o.value));
  switch (q.type) {
    case 'number':
    case 'scale': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'type';
      const { min, max } = rangeOf(q);
      return value < min || value > max ? 'range' : null;
    }
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'type';
    case 'choice':
      if (typeof value !== 'string') return 'type';
      return options.has(value) ? null : 'option';
    case 'multiple_choice':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'type';
      return value.every((v) => options.has(v)) && new Set(value).size === value.length ? null : 'option';
    case 'text':
      if (typeof value !== 'string') return 'type';
      return value.length > ANSWER_TEXT_MAX ? 'too_long' : null;
    case 'date':
      return isCalendarDay(value) ? null : 'type';
  }
}

/**
 * What is wrong with these answers to this version, per question key (empty: nothing). Unknown keys,
 * answers of the wrong type or outside the range or options, required questions left open, and
 * answers to conditional questions that were skipped (their condition not met) are all refused.
 */
export function validateAnswers(definition: QuestionnaireDefinition, answers: Answers): Record<string, AnswerProblem> {
  const problems: Record<string, AnswerProblem> = {};
  const byKey = new Map(allQuestions(definition).map((q) => [q.key, q]));
  for (const key of Object.keys(answers)) if (!byKey.has(key)) problems[key] = 'unknown';
  const asked = askedQuestions(definition, answers);
  for (const q of byKey.values()) {
    const value = answers[q.key];
    if (!asked.has(q.key)) {
      if (!isMissing(value)) problems[q.key] = 'not_asked';
    } else if (isMissing(value)) {
      if (q.required) problems[q.key] = 'required';
    } else {
      const problem = problemOf(q, value as AnswerValue);
      if (problem) problems[q.key] = problem;
    }
  }
  return problems;
}

/** The answers without empty ones, as they are stored. */
export function storedAnswers(answers: Answers): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => !isMissing(v))) as Record<string, AnswerValue>;
}

function conditionProblem(q: QuestionDefinition, earlier: Map<string, QuestionDefinition>): string | null {
  const c = q.showIf!;
  const source = earlier.get(c.question);
  if (!source) return `showIf.question must name an earlier question`;
  const numeric = source.type === 'number' || source.type === 'scale';
  if (['lt', 'lte', 'gt', 'gte'].includes(c.op))
    return numeric && typeof c.value === 'number' ? null : `showIf.op ${c.op} needs a number question and a number value`;
  if (c.op === 'includes')
    return source.type === 'multiple_choice' && (source.options ?? []).some((o) => o.value === c.value)
      ? null
      : 'showIf.op includes needs a multiple choice question and one of its options';
  if (source.type === 'yes_no') return typeof c.value === 'boolean' ? null : 'showIf.value must be true or false';
  if (numeric) return typeof c.value === 'number' ? null : 'showIf.value must be a number';
  if (source.type === 'choice')
    return (source.options ?? []).some((o) => o.value === c.value) ? null : 'showIf.value must be one of the options';
  return `showIf.op ${c.op} cannot test a ${source.type} question`;
}

/**
 * What is wrong with a questionnaire definition beyond its shape, by field path from the definition
 * (`sections.1.questions.0.showIf`): duplicate keys, options on the wrong types, ranges that are
 * empty, conditions on later or unknown questions, follow-ups on anything but a yes/no question.
 */
export function validateDefinition(definition: QuestionnaireDefinition): Record<string, string> {
  const problems: Record<string, string> = {};
  const earlier = new Map<string, QuestionDefinition>();
  if (allQuestions(definition).length > QUESTIONNAIRE_MAX_QUESTIONS)
    problems['sections'] = `at most ${QUESTIONNAIRE_MAX_QUESTIONS} questions`;
  definition.sections.forEach((section, s) =>
    section.questions.forEach((q, i) => {
      const at = `sections.${s}.questions.${i}`;
      const choice = q.type === 'choice' || q.type === 'multiple_choice';
      const options = q.options ?? [];
      if (earlier.has(q.key)) problems[`${at}.key`] = `key ${q.key} is used twice`;
      if (choice && (options.length < 2 || new Set(options.map((o) => o.value)).size !== options.length))
        problems[`${at}.options`] = 'a choice needs at least two options with different values';
      if (!choice && options.length) problems[`${at}.options`] = `a ${q.type} question has no options`;
      const numeric = q.type === 'number' || q.type === 'scale';
      if (!numeric && (q.min != null || q.max != null)) problems[`${at}.min`] = `a ${q.type} question has no range`;
      if (numeric) {
        const { min, max } = rangeOf(q);
        if (min > max) problems[`${at}.min`] = 'min must not be above max';
      }
      if (q.followUp && q.type !== 'yes_no') problems[`${at}.followUp`] = 'only a yes/no question can have a follow-up';
      if (q.showIf) {
        const problem = conditionProblem(q, earlier);
        if (problem) problems[`${at}.showIf`] = problem;
      }
      earlier.set(q.key, q);
    }),
  );
  return problems;
}
