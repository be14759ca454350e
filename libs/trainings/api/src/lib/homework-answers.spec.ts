import { validateHomeworkAnswers } from './homework-answers';

const diary = { type: 'diary' as const, intro: '' };
const full = { situation: 'Op mijn werk', thoughts: 'Niet weer', feelings: 'Boos', actions: 'Ik zei ja', wish: 'Nee zeggen' };

describe('homework answers', () => {
  it('accepts a full diary form and trims the answers', () => {
    expect(validateHomeworkAnswers(diary, { ...full, wish: '  Nee zeggen  ' })).toEqual({ ok: true, answers: full });
  });

  it('names each empty, blank, oversized or unknown field', () => {
    const r = validateHomeworkAnswers(diary, { ...full, situation: '   ', thoughts: 'x'.repeat(4001), feelings: 3, extra: 'hoi' } as never);
    expect(r.ok).toBe(false);
    expect(Object.keys((r as { errors: object }).errors).sort()).toEqual([
      'answers.extra',
      'answers.feelings',
      'answers.situation',
      'answers.thoughts',
    ]);
  });

  it('expects the questions of an open-questions assignment', () => {
    const open = {
      type: 'open_questions' as const,
      intro: '',
      questions: [
        { id: 'a', text: 'Wat?' },
        { id: 'b', text: 'Hoe?' },
      ],
    };
    expect(validateHomeworkAnswers(open, { a: 'Zo' })).toEqual({ ok: false, errors: { 'answers.b': ['write an answer'] } });
  });
});
