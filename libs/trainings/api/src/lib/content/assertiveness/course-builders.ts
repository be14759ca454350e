import type { AssignmentStepContent, ChoiceOption, ScoreBand, SelfTestQuestion, StepContent, StepKind } from '@nabij/trainings/contracts';

/** Small helpers so the course files read like the course, not like JSON. */
type Step = { kind: StepKind; title: string; content: StepContent };

export const text = (title: string, lines: string[]): Step => ({ kind: 'text', title, content: { body: lines.join('\n') } });

/** No recording yet: url and fileRef stay empty until the organisation uploads the film. */
export const video = (title: string, captions: string[]): Step => ({
  kind: 'video',
  title,
  content: { url: null, fileRef: null, captions: captions.join('\n') },
});

export const choice = (id: string, question: string, options: Array<[label: string, points: number]>): SelfTestQuestion => ({
  id,
  type: 'multiple_choice',
  text: question,
  options: options.map(([label, points], i): ChoiceOption => ({ id: String.fromCharCode(97 + i), label, points })),
});

export const scale = (id: string, question: string, reverse = false): SelfTestQuestion => ({
  id,
  type: 'scale',
  text: question,
  min: 1,
  max: 5,
  minLabel: 'Bijna nooit',
  maxLabel: 'Bijna altijd',
  ...(reverse ? { reverse: true } : {}),
});

type BandText = [title: string, text: string];

/** A self-test with three result bands over thirds of the possible score. */
export const selfTest = (
  title: string,
  intro: string,
  questions: SelfTestQuestion[],
  [low, mid, high]: [BandText, BandText, BandText],
): Step => {
  const max = questions.reduce((sum, q) => sum + (q.type === 'scale' ? q.max - q.min : Math.max(...q.options.map((o) => o.points))), 0);
  const a = Math.floor(max / 3);
  const b = Math.floor((2 * max) / 3);
  const bands: ScoreBand[] = [
    { minScore: 0, maxScore: a, title: low[0], text: low[1] },
    { minScore: a + 1, maxScore: b, title: mid[0], text: mid[1] },
    { minScore: b + 1, maxScore: max, title: high[0], text: high[1] },
  ];
  return { kind: 'self_test', title, content: { intro, questions, bands } };
};

export const diary = (title: string, intro: string): Step => ({
  kind: 'assignment',
  title,
  content: { type: 'diary', intro } satisfies AssignmentStepContent,
});

export const openQuestions = (title: string, intro: string, questions: Array<[id: string, text: string, hint?: string]>): Step => ({
  kind: 'assignment',
  title,
  content: {
    type: 'open_questions',
    intro,
    questions: questions.map(([id, q, hint]) => (hint ? { id, text: q, hint } : { id, text: q })),
  } satisfies AssignmentStepContent,
});

/** Added to every diary intro: one-word answers are the drop-out signal trainers see most. */
export const DIARY_HINT = 'Schrijf in hele zinnen. Hoe meer je vertelt, hoe beter je trainer je kan helpen.';
