import { detectStall, isOneWordAnswer } from './stall-detection';

const DAY = 86_400_000;
const now = new Date('2026-03-20T09:00:00Z');
const base = { now, lastActivityAt: now, diaryAnswers: [], waitingForFeedback: false, finished: false };
const full = {
  situation: 'Mijn buurman zette zijn fiets voor mijn deur.',
  thoughts: 'Dat is niet eerlijk.',
  feelings: 'Boos en moe.',
  actions: 'Ik zei er niets van.',
  wish: 'Ik had het willen zeggen.',
};

describe('stall detection', () => {
  it('flags 14 days without activity, not 13', () => {
    expect(detectStall({ ...base, lastActivityAt: new Date(now.getTime() - 13 * DAY) })).toEqual([]);
    expect(detectStall({ ...base, lastActivityAt: new Date(now.getTime() - 14 * DAY) })).toEqual(['no_activity']);
  });

  it('does not blame the participant for silence while they wait for the trainer', () => {
    expect(detectStall({ ...base, lastActivityAt: new Date(now.getTime() - 30 * DAY), waitingForFeedback: true })).toEqual([]);
  });

  it('flags diary forms answered with one word per field, like "ja" and "nee"', () => {
    expect(
      detectStall({ ...base, diaryAnswers: [{ situation: 'werk', thoughts: 'nee', feelings: 'ja', actions: 'niks', wish: 'weet niet' }] }),
    ).toEqual(['one_word_answers']);
  });

  it('accepts a diary with real sentences, even with one short field', () => {
    expect(detectStall({ ...base, diaryAnswers: [{ ...full, feelings: 'Boos.' }] })).toEqual([]);
  });

  it('gives both reasons when both apply, and none once the training is finished', () => {
    const stalled = {
      ...base,
      lastActivityAt: new Date(now.getTime() - 20 * DAY),
      diaryAnswers: [{ situation: 'ja', thoughts: 'ja', feelings: 'ja', actions: 'ja', wish: 'ja' }],
    };
    expect(detectStall(stalled)).toEqual(['no_activity', 'one_word_answers']);
    expect(detectStall({ ...stalled, finished: true })).toEqual([]);
  });

  it.each([
    ['ja', true],
    ['  nee. ', true],
    ['-', true],
    ['', true],
    ['ik weet het niet', false],
    ['Ja, want ik was moe', false],
  ])('treats %p as one word: %p', (answer, expected) => {
    expect(isOneWordAnswer(answer)).toBe(expected);
  });
});
