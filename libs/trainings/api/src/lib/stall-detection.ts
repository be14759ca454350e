import { DIARY_FIELDS, StallReason, TRAINING_LIMITS } from '@nabij/trainings/contracts';

const DAY = 86_400_000;

export interface StallInput {
  now: Date;
  lastActivityAt: Date;
  /** Answers of the participant's diary forms (latest first is fine; all are checked). */
  diaryAnswers: Array<Record<string, string>>;
  /** The participant waits for the trainer: silence is then not theirs. */
  waitingForFeedback: boolean;
  finished: boolean;
}

/** An answer like "ja", "nee" or "-": one word or less. */
export function isOneWordAnswer(answer: string | undefined): boolean {
  return (
    (answer ?? '')
      .trim()
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 1
  );
}

/**
 * Who is about to drop out: no activity for 14 days, or diary forms filled in with one word per
 * field. The two drop-out signals trainers named; both are shown, so the trainer knows why.
 */
export function detectStall(input: StallInput): StallReason[] {
  if (input.finished) return [];
  const reasons: StallReason[] = [];
  const idleMs = input.now.getTime() - input.lastActivityAt.getTime();
  if (!input.waitingForFeedback && idleMs >= TRAINING_LIMITS.stallDays * DAY) reasons.push('no_activity');
  const oneWord = input.diaryAnswers.some((answers) => {
    const filled = DIARY_FIELDS.filter((f) => f in answers);
    return filled.length > 0 && filled.filter((f) => isOneWordAnswer(answers[f])).length >= Math.ceil(filled.length / 2);
  });
  if (oneWord) reasons.push('one_word_answers');
  return reasons;
}
