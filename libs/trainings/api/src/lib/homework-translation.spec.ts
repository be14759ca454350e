import type { AssignmentStepContent, SelfTestStepContent } from '@nabij/trainings/contracts';
import { homeworkTranslationProblems, translatedAssignment, translatedResult, translatedSelfTest } from './homework-translation';

const TEST: SelfTestStepContent = {
  intro: 'Denk aan de afgelopen maand.',
  questions: [
    { id: 'q1', type: 'scale', text: 'Ik lig wakker van geldzorgen.', min: 1, max: 5, minLabel: 'Bijna nooit', maxLabel: 'Bijna altijd' },
    {
      id: 'q2',
      type: 'multiple_choice',
      text: 'Weet je wat er binnenkomt?',
      options: [
        { id: 'a', label: 'Ja', points: 0 },
        { id: 'b', label: 'Nee', points: 2 },
      ],
    },
  ],
  bands: [
    { minScore: 0, maxScore: 3, title: 'Het gaat goed', text: 'Ga zo door.' },
    { minScore: 4, maxScore: 6, title: 'Let op', text: 'Vraag hulp.' },
  ],
};

const POLISH = {
  intro: 'Pomyśl o ostatnim miesiącu.',
  questions: [
    {
      id: 'q2',
      text: 'Czy wiesz, ile dostajesz?',
      options: [
        { id: 'b', label: 'Nie' },
        { id: 'a', label: 'Tak' },
      ],
    },
    { id: 'q1', text: 'Nie mogę spać przez pieniądze.', minLabel: 'Prawie nigdy', maxLabel: 'Prawie zawsze' },
  ],
  bands: [
    { title: 'Jest dobrze', text: 'Tak trzymaj.' },
    { title: 'Uważaj', text: 'Poproś o pomoc.' },
  ],
};

const HOMEWORK: AssignmentStepContent = {
  type: 'open_questions',
  intro: 'Maak je overzicht.',
  questions: [{ id: 'inkomen', text: 'Wat komt er binnen?', hint: 'Bijvoorbeeld: loon' }],
};

describe('homework translations', () => {
  it('accepts a whole self-test translation in any order of questions and options', () => {
    expect(homeworkTranslationProblems('self_test', TEST, { selfTest: POLISH })).toEqual([]);
  });

  it.each([
    ['selfTest.questions', { ...POLISH, questions: POLISH.questions.slice(0, 1) }],
    [
      'selfTest.questions.0.options',
      { ...POLISH, questions: [{ ...POLISH.questions[0], options: [{ id: 'a', label: 'Tak' }] }, POLISH.questions[1]] },
    ],
    ['selfTest.questions.1', { ...POLISH, questions: [POLISH.questions[0], { id: 'q1', text: 'Bez etykiet' }] }],
    ['selfTest.bands', { ...POLISH, bands: POLISH.bands.slice(1) }],
  ])('names %s when the translation does not fit the step', (field, selfTest) => {
    expect(homeworkTranslationProblems('self_test', TEST, { selfTest }).map(([f]) => f)).toEqual([field]);
  });

  it('refuses homework texts on another kind of step, and questions for a diary', () => {
    expect(homeworkTranslationProblems('text', { body: 'x' }, { selfTest: POLISH }).map(([f]) => f)).toEqual(['selfTest']);
    expect(homeworkTranslationProblems('self_test', TEST, { assignment: { intro: 'x' } }).map(([f]) => f)).toEqual(['assignment']);
    const diary: AssignmentStepContent = { type: 'diary', intro: 'Houd een week bij.' };
    expect(homeworkTranslationProblems('assignment', diary, { assignment: { intro: 'Prowadź dziennik.' } })).toEqual([]);
    expect(homeworkTranslationProblems('assignment', diary, { assignment: { intro: 'x', questions: [] } }).map(([f]) => f)).toEqual([
      'assignment.questions',
    ]);
  });

  it('puts the translated texts on the Dutch points, and tells a kept Dutch result with the same band translated', () => {
    const translated = translatedSelfTest(TEST, POLISH);
    expect(translated.intro).toBe('Pomyśl o ostatnim miesiącu.');
    expect(translated.questions[0]).toMatchObject({
      id: 'q1',
      text: 'Nie mogę spać przez pieniądze.',
      min: 1,
      max: 5,
      minLabel: 'Prawie nigdy',
    });
    expect(translated.questions[1]).toMatchObject({
      options: [
        { id: 'a', label: 'Tak', points: 0 },
        { id: 'b', label: 'Nie', points: 2 },
      ],
    });
    expect(translated.bands.map((b) => [b.minScore, b.title])).toEqual([
      [0, 'Jest dobrze'],
      [4, 'Uważaj'],
    ]);
    const kept = { score: 5, maxScore: 6, title: 'Let op', text: 'Vraag hulp.', takenAt: '2026-12-01T10:00:00.000Z' };
    expect(translatedResult(kept, TEST, POLISH)).toMatchObject({ score: 5, title: 'Uważaj', text: 'Poproś o pomoc.' });
    expect(translatedResult(kept, TEST, undefined)).toEqual(kept);
    expect(translatedSelfTest(TEST, undefined)).toBe(TEST);
  });

  it('gives homework the translated intro and questions, without the Dutch hint', () => {
    expect(translatedAssignment(HOMEWORK, { intro: 'Zrób przegląd.', questions: [{ id: 'inkomen', text: 'Ile dostajesz?' }] })).toEqual({
      type: 'open_questions',
      intro: 'Zrób przegląd.',
      questions: [{ id: 'inkomen', text: 'Ile dostajesz?' }],
    });
    expect(translatedAssignment(HOMEWORK, undefined)).toBe(HOMEWORK);
  });
});
