import { askedQuestions, QuestionnaireDefinition, validateAnswers, validateDefinition } from './questionnaire.contracts';

const DEFINITION: QuestionnaireDefinition = {
  title: 'Test',
  sections: [
    {
      title: 'Gezin',
      questions: [
        { key: 'kinderen', type: 'number', text: 'Hoeveel kinderen?', min: 0, max: 15, required: true },
        {
          key: 'cijfer_kind',
          type: 'scale',
          text: 'Cijfer kinderen',
          required: true,
          showIf: { question: 'kinderen', op: 'gt', value: 0 },
        },
        { key: 'nodig', type: 'text', text: 'Wat is nodig?', required: true, showIf: { question: 'cijfer_kind', op: 'lt', value: 6 } },
        {
          key: 'steun',
          type: 'multiple_choice',
          text: 'Wie steunt je?',
          options: [
            { value: 'familie', label: 'Familie' },
            { value: 'buren', label: 'Buren' },
          ],
        },
        { key: 'buren_hoe', type: 'text', text: 'Hoe helpen de buren?', showIf: { question: 'steun', op: 'includes', value: 'buren' } },
        { key: 'bellen', type: 'yes_no', text: 'Mogen we bellen?' },
        { key: 'datum', type: 'date', text: 'Wanneer?', showIf: { question: 'bellen', op: 'eq', value: true } },
      ],
    },
  ],
};

describe('askedQuestions', () => {
  it('asks a follow-up only when its question was asked and the answer meets the condition, along a chain', () => {
    expect([...askedQuestions(DEFINITION, { kinderen: 2, cijfer_kind: 4 })]).toEqual([
      'kinderen',
      'cijfer_kind',
      'nodig',
      'steun',
      'bellen',
    ]);
    expect(askedQuestions(DEFINITION, { kinderen: 2, cijfer_kind: 6 }).has('nodig')).toBe(false);
    // No children: the score is skipped, and so is what hangs on it, even with a low score sent along.
    expect(askedQuestions(DEFINITION, { kinderen: 0, cijfer_kind: 3 }).has('nodig')).toBe(false);
    expect(askedQuestions(DEFINITION, { steun: ['familie', 'buren'] }).has('buren_hoe')).toBe(true);
    expect(askedQuestions(DEFINITION, { bellen: false }).has('datum')).toBe(false);
  });
});

describe('validateAnswers', () => {
  it('accepts a complete, consistent set of answers', () => {
    expect(
      validateAnswers(DEFINITION, {
        kinderen: 2,
        cijfer_kind: 4,
        nodig: 'Rust',
        steun: ['buren'],
        buren_hoe: 'Oppassen',
        bellen: true,
        datum: '2026-12-10',
      }),
    ).toEqual({});
  });

  it('refuses an answer to a skipped conditional question, and asks for a required one that is shown', () => {
    expect(validateAnswers(DEFINITION, { kinderen: 2, cijfer_kind: 8, nodig: 'Rust' })).toEqual({ nodig: 'not_asked' });
    expect(validateAnswers(DEFINITION, { kinderen: 2, cijfer_kind: 5 })).toEqual({ nodig: 'required' });
    expect(validateAnswers(DEFINITION, { kinderen: 0 })).toEqual({});
    expect(validateAnswers(DEFINITION, { kinderen: 0, cijfer_kind: null, nodig: '' })).toEqual({});
  });

  it('refuses wrong types, values outside the range or options, impossible dates and unknown questions', () => {
    expect(validateAnswers(DEFINITION, { kinderen: 2.5, bellen: 'ja', steun: ['familie', 'collega'], onbekend: 1 })).toEqual({
      kinderen: 'type',
      cijfer_kind: 'required',
      bellen: 'type',
      steun: 'option',
      onbekend: 'unknown',
    });
    expect(validateAnswers(DEFINITION, { kinderen: -1 })).toEqual({ kinderen: 'range' });
    expect(validateAnswers(DEFINITION, { kinderen: 1, cijfer_kind: 11 })).toEqual({ cijfer_kind: 'range' });
    expect(validateAnswers(DEFINITION, { kinderen: 1, cijfer_kind: 7, bellen: true, datum: '2026-02-30' })).toEqual({ datum: 'type' });
    expect(validateAnswers(DEFINITION, { kinderen: 1, cijfer_kind: 7, steun: ['buren', 'buren'] })).toEqual({ steun: 'option' });
  });
});

describe('validateDefinition', () => {
  it('accepts the test definition and names what is wrong in a broken one', () => {
    expect(validateDefinition(DEFINITION)).toEqual({});
    const broken: QuestionnaireDefinition = {
      title: 'Kapot',
      sections: [
        {
          title: 'A',
          questions: [
            { key: 'a', type: 'text', text: 'A', showIf: { question: 'b', op: 'eq', value: true } },
            { key: 'b', type: 'yes_no', text: 'B', options: [{ value: 'x', label: 'X' }] },
            { key: 'b', type: 'scale', text: 'C', min: 5, max: 2, followUp: 'help' },
            { key: 'd', type: 'text', text: 'D', showIf: { question: 'a', op: 'eq', value: 'x' } },
          ],
        },
      ],
    };
    expect(Object.keys(validateDefinition(broken)).sort()).toEqual(
      [
        'sections.0.questions.0.showIf',
        'sections.0.questions.1.options',
        'sections.0.questions.2.key',
        'sections.0.questions.2.min',
        'sections.0.questions.2.followUp',
        'sections.0.questions.3.showIf',
      ].sort(),
    );
  });
});
