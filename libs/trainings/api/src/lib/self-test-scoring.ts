import type { ScoreBand, SelfTestQuestion, SelfTestStepContent } from '@nabij/trainings/contracts';
import { addError, FieldErrors } from './field-errors';

export interface SelfTestScore {
  score: number;
  maxScore: number;
  band: ScoreBand;
}

function maxPoints(q: SelfTestQuestion): number {
  if (q.type === 'scale') return q.max - q.min;
  return Math.max(0, ...q.options.map((o) => o.points));
}

/** The highest score anyone can get on this self-test. */
export function maxScore(content: SelfTestStepContent): number {
  return content.questions.reduce((sum, q) => sum + maxPoints(q), 0);
}

/** The band whose range holds `score`; the closest band when the author left a gap. */
export function bandFor(bands: ScoreBand[], score: number): ScoreBand {
  const exact = bands.find((b) => score >= b.minScore && score <= b.maxScore);
  if (exact) return exact;
  const distance = (b: ScoreBand) => (score < b.minScore ? b.minScore - score : score - b.maxScore);
  return [...bands].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * Scores the client's answers on the server (the client never sees the points). Every question
 * needs an answer; unknown question ids are refused, so a typo cannot pass as a full test.
 */
export function scoreSelfTest(
  content: SelfTestStepContent,
  answers: Record<string, unknown>,
): { ok: true; result: SelfTestScore } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  let score = 0;
  for (const q of content.questions) {
    const field = `answers.${q.id}`;
    const given = answers[q.id];
    if (given === undefined || given === null || given === '') {
      addError(errors, field, 'choose an answer');
      continue;
    }
    if (q.type === 'multiple_choice') {
      const option = q.options.find((o) => o.id === String(given));
      if (!option) addError(errors, field, 'choose one of the options');
      else score += option.points;
    } else {
      const value = typeof given === 'number' ? given : Number(given);
      if (!Number.isInteger(value) || value < q.min || value > q.max)
        addError(errors, field, `choose a whole number from ${q.min} to ${q.max}`);
      else score += q.reverse ? q.max - value : value - q.min;
    }
  }
  const known = new Set(content.questions.map((q) => q.id));
  for (const key of Object.keys(answers)) if (!known.has(key)) addError(errors, `answers.${key}`, 'is not a question of this self-test');
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, result: { score, maxScore: maxScore(content), band: bandFor(content.bands, score) } };
}
