import type { SelfTestStepContent } from '@nabij/trainings/contracts';
import { bandFor, maxScore, scoreSelfTest } from './self-test-scoring';

const test: SelfTestStepContent = {
  questions: [
    {
      id: 'q1',
      type: 'multiple_choice',
      text: 'Wat doe je?',
      options: [
        { id: 'a', label: 'Niets', points: 0 },
        { id: 'b', label: 'Iets', points: 2 },
      ],
    },
    { id: 'q2', type: 'scale', text: 'Ik zeg nee.', min: 1, max: 5, minLabel: 'Nooit', maxLabel: 'Altijd' },
    { id: 'q3', type: 'scale', text: 'Ik voel me schuldig.', min: 1, max: 5, minLabel: 'Nooit', maxLabel: 'Altijd', reverse: true },
  ],
  bands: [
    { minScore: 0, maxScore: 3, title: 'Laag', text: 'l' },
    { minScore: 4, maxScore: 7, title: 'Midden', text: 'm' },
    { minScore: 8, maxScore: 10, title: 'Hoog', text: 'h' },
  ],
};

describe('self-test scoring', () => {
  it('adds option points, scale distance from min, and reversed scales from max', () => {
    const r = scoreSelfTest(test, { q1: 'b', q2: 4, q3: 2 });
    expect(r).toEqual({ ok: true, result: { score: 2 + 3 + 3, maxScore: 10, band: test.bands[2] } });
  });

  it('accepts a scale answer sent as a numeric string', () => {
    const r = scoreSelfTest(test, { q1: 'a', q2: '1', q3: '5' });
    expect(r.ok && r.result.score).toBe(0);
  });

  it('names every missing, invalid or unknown answer', () => {
    const r = scoreSelfTest(test, { q1: 'z', q3: 9, extra: 'x' });
    expect(r.ok).toBe(false);
    expect(Object.keys((r as { errors: object }).errors).sort()).toEqual(['answers.extra', 'answers.q1', 'answers.q2', 'answers.q3']);
  });

  it('computes the maximum from the best option and the scale width', () => {
    expect(maxScore(test)).toBe(10);
  });

  it('falls back to the nearest band when the author left a gap', () => {
    expect(
      bandFor(
        [
          { minScore: 0, maxScore: 2, title: 'a', text: '' },
          { minScore: 6, maxScore: 9, title: 'b', text: '' },
        ],
        5,
      ).title,
    ).toBe('b');
  });
});
