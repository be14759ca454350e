import {
  maxSelfTestScore,
  scoreSelfTest,
  selfTestProblems,
  selfTestShownIn,
  selfTestTexts,
  selfTestTranslations,
  type SelfTestContent,
  type SelfTestDefinition,
} from '@nabij/library/contracts';
import { LIBRARY_ARTICLES } from './library-content';
import { LIBRARY_SELF_TESTS } from './self-tests';

describe('the seeded self-tests', () => {
  it.each(LIBRARY_SELF_TESTS.map((test) => [test.slug, test] as const))('%s has bands that cover every score once', (_, test) => {
    expect(selfTestProblems(test.content)).toEqual([]);
  });

  it('advises only articles the library has', () => {
    const slugs = new Set(LIBRARY_ARTICLES.map((a) => a.slug));
    const advised = LIBRARY_SELF_TESTS.flatMap((t) =>
      t.content.bands.flatMap((b) => b.steps.flatMap((s) => (s.kind === 'article' ? [s.slug] : []))),
    );
    expect(advised.length).toBeGreaterThan(5);
    expect(advised.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('advises in steps from light to heavy: reading before chat, chat before registering', () => {
    const order = ['article', 'training', 'chat', 'register', 'urgent'];
    for (const test of LIBRARY_SELF_TESTS)
      for (const band of test.content.bands) {
        const ranks = band.steps.map((s) => order.indexOf(s.kind));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
  });

  it('has every text in Dutch and English', () => {
    const texts = LIBRARY_SELF_TESTS.flatMap((t) => [
      t.content.title,
      t.content.intro,
      ...t.content.questions.flatMap((q) => [q.text, ...q.options.map((o) => o.label)]),
      ...t.content.bands.flatMap((b) => [b.title, b.text]),
    ]);
    expect(texts.filter((text) => !text.nl.trim() || !text.en.trim() || text.nl === text.en)).toEqual([]);
  });

  it.each(LIBRARY_SELF_TESTS.map((test) => [test.slug, test] as const))(
    '%s is translated whole into Arabic, Turkish and Polish (issue 17), the training step included',
    (_, test) => {
      expect(selfTestTranslations(test.content)).toEqual(['ar', 'tr', 'pl']);
      // A copied Dutch or English text is no translation; Arabic is written in Arabic script.
      const texts = selfTestTexts(test.content).map((t) => t.text);
      const copied = texts.filter((t) => [t.ar, t.tr, t.pl].some((x) => x === t.nl || x === t.en));
      // One-word answers may coincide across languages ("Nie" is no "Nee"), so only longer texts count.
      expect(copied.filter((t) => t.nl.length > 4)).toEqual([]);
      expect(texts.filter((t) => !/[\u0600-\u06ff]/.test(t.ar ?? ''))).toEqual([]);
    },
  );
});

describe('self-test translations', () => {
  const content = (): SelfTestContent => ({
    title: { nl: 'Slaaptest', en: 'Sleep test', tr: 'Uyku testi' },
    intro: { nl: 'Twee vragen.', en: 'Two questions.', tr: 'İki soru.' },
    questions: [
      {
        key: 'slaap',
        text: { nl: 'Ik slaap slecht.', en: 'I sleep badly.', tr: 'Kötü uyuyorum.' },
        options: [
          { points: 0, label: { nl: 'Nee', en: 'No', tr: 'Hayır' } },
          { points: 1, label: { nl: 'Ja', en: 'Yes', tr: 'Evet' } },
        ],
      },
    ],
    bands: [
      {
        key: 'alles',
        min: 0,
        max: 1,
        title: { nl: 'Klaar', en: 'Done', tr: 'Bitti' },
        text: { nl: 'Lees meer.', en: 'Read more.', tr: 'Daha fazla oku.' },
        steps: [{ kind: 'chat' }],
      },
    ],
  });

  it('shows a test in a translation language only when every text has it, else in Dutch', () => {
    expect(selfTestTranslations(content())).toEqual(['tr']);
    expect(selfTestShownIn(content(), 'tr')).toBe('tr');
    expect(selfTestShownIn(content(), 'ar')).toBe('nl');
    expect(selfTestShownIn(content(), 'en')).toBe('en');
  });

  it('refuses a version translated in part, naming the texts without the language', () => {
    const partly = content();
    delete partly.questions[0].options[1].label.tr;
    partly.bands[0].text.tr = '  ';
    expect(selfTestProblems(partly)).toEqual(['is partly translated into tr: question slaap option 2, band alles text have no tr text']);
    expect(selfTestShownIn(partly, 'tr')).toBe('nl');
    expect(selfTestProblems(content())).toEqual([]);
  });
});

describe('scoreSelfTest', () => {
  const test = {
    questions: [{ options: [{ points: 0 }, { points: 2 }] }, { options: [{ points: 1 }, { points: 0 }] }],
    bands: [
      { key: 'low', min: 0, max: 1 },
      { key: 'high', min: 2, max: 3 },
    ],
  };

  it('adds the chosen options’ points and finds the band', () => {
    expect(scoreSelfTest(test, [0, 1])).toEqual({ score: 0, maxScore: 3, band: 'low' });
    expect(scoreSelfTest(test, [1, 0])).toEqual({ score: 3, maxScore: 3, band: 'high' });
    expect(scoreSelfTest(test, [1, 1])).toEqual({ score: 2, maxScore: 3, band: 'high' });
  });

  it('refuses answers that do not fit: too few, too many, an option that does not exist', () => {
    expect(scoreSelfTest(test, [0])).toBeNull();
    expect(scoreSelfTest(test, [0, 0, 0])).toBeNull();
    expect(scoreSelfTest(test, [0, 2])).toBeNull();
    expect(scoreSelfTest(test, [0, 0.5])).toBeNull();
  });
});

describe('the seeded self-tests, scored per band', () => {
  /** Answers (option indexes) that add up to `score`: each question takes as many points as still fit. */
  function answersFor(questions: SelfTestDefinition['content']['questions'], score: number): number[] {
    let left = score;
    return questions.map((q) => {
      const fitting = q.options.map((o, i) => ({ points: o.points, i })).filter((o) => o.points <= left);
      const best = fitting.reduce((a, b) => (b.points > a.points ? b : a));
      left -= best.points;
      return best.i;
    });
  }

  it.each(
    LIBRARY_SELF_TESTS.flatMap((t) => t.content.bands.flatMap((b) => [[t.slug, b.key, b.min] as const, [t.slug, b.key, b.max] as const])),
  )('%s gives band %s at score %i', (slug, band, score) => {
    const test = LIBRARY_SELF_TESTS.find((t) => t.slug === slug)!.content;
    expect(scoreSelfTest(test, answersFor(test.questions, score))).toEqual({ score, maxScore: maxSelfTestScore(test), band });
  });
});
