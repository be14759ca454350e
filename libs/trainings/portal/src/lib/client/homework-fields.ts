import { AssignmentStepContent, DIARY_FIELDS } from '@nabij/trainings/contracts';

/** One homework field as the forms show it: either i18n keys (diary) or the course's own text. */
export interface HomeworkField {
  id: string;
  label: string;
  hint: string | null;
  /** true: label and hint are i18n keys; false: text from the course content. */
  translate: boolean;
}

export function homeworkFields(content: AssignmentStepContent): HomeworkField[] {
  if (content.type === 'diary') {
    return DIARY_FIELDS.map((id) => ({ id, label: `training.hw.diary.${id}`, hint: `training.hw.diary.${id}Hint`, translate: true }));
  }
  return content.questions.map((q) => ({ id: q.id, label: q.text, hint: q.hint ?? null, translate: false }));
}

/**
 * All answers of a submission with their field, in the form's order; answers under a key the form
 * does not know (older content) are still shown, under their key.
 */
export function answerRows(fields: HomeworkField[], answers: Record<string, string>): Array<{ field: HomeworkField; answer: string }> {
  const known = fields.filter((f) => f.id in answers).map((field) => ({ field, answer: answers[field.id] }));
  const extra = Object.keys(answers)
    .filter((k) => !fields.some((f) => f.id === k))
    .map((k) => ({ field: { id: k, label: k, hint: null, translate: false }, answer: answers[k] }));
  return [...known, ...extra];
}
