import { ASSIGNMENT_TYPES, StepKind, TRAINING_LIMITS } from '@nabij/trainings/contracts';
import { addError, FieldErrors } from './field-errors';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number, min = 1): v is string => typeof v === 'string' && v.trim().length >= min && v.length <= max;
const ID = /^[a-z0-9_-]{1,40}$/;

function checkIds(items: Json[], field: string, errors: FieldErrors): void {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    if (typeof item['id'] !== 'string' || !ID.test(item['id']))
      addError(errors, `${field}[${i}].id`, 'use 1–40 lowercase letters, digits, - or _');
    else if (seen.has(item['id'])) addError(errors, `${field}[${i}].id`, 'is used twice');
    seen.add(item['id']);
  });
}

function checkSelfTest(c: Json, errors: FieldErrors): void {
  const questions = Array.isArray(c['questions']) ? (c['questions'] as unknown[]) : null;
  if (!questions || questions.length === 0 || questions.length > 30 || !questions.every(isObject)) {
    addError(errors, 'content.questions', 'give 1 to 30 questions');
    return;
  }
  checkIds(questions, 'content.questions', errors);
  questions.forEach((q, i) => {
    const f = `content.questions[${i}]`;
    if (!isText(q['text'], 500)) addError(errors, `${f}.text`, 'write the question (up to 500 characters)');
    if (q['type'] === 'multiple_choice') {
      const options = q['options'];
      if (!Array.isArray(options) || options.length < 2 || options.length > 8 || !options.every(isObject)) {
        addError(errors, `${f}.options`, 'give 2 to 8 options');
        return;
      }
      checkIds(options, `${f}.options`, errors);
      options.forEach((o, j) => {
        if (!isText(o['label'], 300)) addError(errors, `${f}.options[${j}].label`, 'write the option (up to 300 characters)');
        if (!Number.isInteger(o['points']) || (o['points'] as number) < 0 || (o['points'] as number) > 100)
          addError(errors, `${f}.options[${j}].points`, 'use a whole number from 0 to 100');
      });
    } else if (q['type'] === 'scale') {
      const { min, max } = q as { min: unknown; max: unknown };
      if (
        !Number.isInteger(min) ||
        !Number.isInteger(max) ||
        (min as number) < 0 ||
        (max as number) > 10 ||
        (min as number) >= (max as number)
      )
        addError(errors, `${f}.min`, 'use whole numbers with 0 ≤ min < max ≤ 10');
      if (!isText(q['minLabel'], 100) || !isText(q['maxLabel'], 100)) addError(errors, `${f}.minLabel`, 'label both ends of the scale');
      if (q['reverse'] !== undefined && typeof q['reverse'] !== 'boolean') addError(errors, `${f}.reverse`, 'must be true or false');
    } else {
      addError(errors, `${f}.type`, 'must be multiple_choice or scale');
    }
  });
  const bands = c['bands'];
  if (!Array.isArray(bands) || bands.length === 0 || !bands.every(isObject)) {
    addError(errors, 'content.bands', 'give at least one result band');
    return;
  }
  bands.forEach((b, i) => {
    if (!Number.isInteger(b['minScore']) || !Number.isInteger(b['maxScore']) || (b['minScore'] as number) > (b['maxScore'] as number))
      addError(errors, `content.bands[${i}].minScore`, 'use whole numbers with minScore ≤ maxScore');
    if (!isText(b['title'], 200)) addError(errors, `content.bands[${i}].title`, 'write a title');
    if (!isText(b['text'], 2000)) addError(errors, `content.bands[${i}].text`, 'write the result text');
  });
}

/**
 * Checks step content against its kind. Content is authored as data in the portal, so the API
 * is the last line between a typo and a client who sees a broken module.
 */
export function validateStepContent(kind: StepKind, content: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!isObject(content)) {
    addError(errors, 'content', 'must be an object');
    return errors;
  }
  const allowed: Record<StepKind, string[]> = {
    text: ['body'],
    video: ['url', 'fileRef', 'captions', 'durationSeconds'],
    self_test: ['intro', 'questions', 'bands'],
    assignment: ['type', 'intro', 'questions'],
  };
  for (const key of Object.keys(content))
    if (!allowed[kind].includes(key)) addError(errors, `content.${key}`, `is not part of a ${kind} step`);
  switch (kind) {
    case 'text':
      if (!isText(content['body'], TRAINING_LIMITS.textBodyMax))
        addError(errors, 'content.body', `write the text (up to ${TRAINING_LIMITS.textBodyMax} characters)`);
      break;
    case 'video': {
      const url = content['url'] ?? null;
      const fileRef = content['fileRef'] ?? null;
      if (url !== null && !(typeof url === 'string' && (url === '' || /^https:\/\/\S{1,1000}$/.test(url))))
        addError(errors, 'content.url', 'must be an https address');
      if (fileRef !== null && !isText(fileRef, 300)) addError(errors, 'content.fileRef', 'must be a file reference');
      if (!isText(content['captions'], TRAINING_LIMITS.textBodyMax))
        addError(errors, 'content.captions', 'write the captions, so the video also works without sound');
      break;
    }
    case 'self_test':
      if (content['intro'] !== undefined && !isText(content['intro'], 1000, 0)) addError(errors, 'content.intro', 'up to 1000 characters');
      checkSelfTest(content, errors);
      break;
    case 'assignment':
      if (!ASSIGNMENT_TYPES.includes(content['type'] as never)) addError(errors, 'content.type', 'must be open_questions or diary');
      if (!isText(content['intro'], 2000, 0)) addError(errors, 'content.intro', 'up to 2000 characters');
      if (content['type'] === 'open_questions') {
        const qs = content['questions'];
        if (!Array.isArray(qs) || qs.length === 0 || qs.length > 10 || !qs.every(isObject))
          addError(errors, 'content.questions', 'give 1 to 10 questions');
        else {
          checkIds(qs, 'content.questions', errors);
          qs.forEach((q, i) => {
            if (!isText(q['text'], 500)) addError(errors, `content.questions[${i}].text`, 'write the question (up to 500 characters)');
            if (q['hint'] !== undefined && !isText(q['hint'], 500, 0))
              addError(errors, `content.questions[${i}].hint`, 'up to 500 characters');
          });
        }
      } else if (content['questions'] !== undefined) addError(errors, 'content.questions', 'a diary form has fixed fields');
      break;
  }
  return errors;
}
