import { AssignmentStepContent, DIARY_FIELDS, TRAINING_LIMITS } from '@nabij/trainings/contracts';
import { addError, FieldErrors } from './field-errors';

/** The answer keys an assignment expects, in order. */
export function expectedAnswerKeys(content: AssignmentStepContent): string[] {
  return content.type === 'diary' ? [...DIARY_FIELDS] : content.questions.map((q) => q.id);
}

/**
 * Checks homework answers: every expected field filled in (not only spaces), none longer than the
 * limit, no unknown fields. Returns the trimmed answers or the errors per field.
 */
export function validateHomeworkAnswers(
  content: AssignmentStepContent,
  answers: Record<string, unknown>,
): { ok: true; answers: Record<string, string> } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const clean: Record<string, string> = {};
  const expected = expectedAnswerKeys(content);
  for (const key of expected) {
    const field = `answers.${key}`;
    const value = answers[key];
    if (typeof value !== 'string' || value.trim() === '') {
      addError(errors, field, 'write an answer');
      continue;
    }
    const trimmed = value.trim();
    if (trimmed.length > TRAINING_LIMITS.answerMax)
      addError(errors, field, `keep the answer under ${TRAINING_LIMITS.answerMax} characters`);
    else clean[key] = trimmed;
  }
  for (const key of Object.keys(answers))
    if (!expected.includes(key)) addError(errors, `answers.${key}`, 'is not a question of this assignment');
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers: clean };
}
