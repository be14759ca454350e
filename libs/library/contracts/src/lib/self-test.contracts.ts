import { TRANSLATION_LANGS, type ContentLang, type LibraryTheme, type TranslationLang } from './library.contracts';

/**
 * Self-tests (issue 14): short questionnaires with a score, bands and stepped-care advice. A
 * definition is data, versioned: a published version never changes, so a kept result always reads
 * with the questions and advice it was given. The shape (questions with scored options, bands over
 * the sum) is meant to be shared by other questionnaires later.
 */
export interface LocalText {
  nl: string;
  en: string;
  /**
   * Translations for clients (issue 17). A version has a translation language only when every text
   * of it has one: a reader of that language gets the whole test in it, else the whole test in Dutch.
   */
  ar?: string;
  tr?: string;
  pl?: string;
}

export interface SelfTestOptionDefinition {
  points: number;
  label: LocalText;
}

export interface SelfTestQuestionDefinition {
  /** Stable within a test, e.g. `slaap`. */
  key: string;
  text: LocalText;
  options: SelfTestOptionDefinition[];
}

/**
 * One step of the advice, lightest first (stepped care): read an article, try a self-help course or
 * training, chat with us, register. `urgent` shows the emergency numbers.
 */
export type AdviceStepDefinition =
  | { kind: 'article'; slug: string }
  | { kind: 'training'; name: LocalText; text: LocalText }
  | { kind: 'chat' }
  | { kind: 'register' }
  | { kind: 'urgent' };

export interface SelfTestBandDefinition {
  key: string;
  /** Inclusive score range; the bands of a test cover every possible score exactly once. */
  min: number;
  max: number;
  title: LocalText;
  text: LocalText;
  steps: AdviceStepDefinition[];
}

/** What a version holds (stored as JSON). */
export interface SelfTestContent {
  title: LocalText;
  intro: LocalText;
  questions: SelfTestQuestionDefinition[];
  bands: SelfTestBandDefinition[];
}

export interface SelfTestDefinition {
  slug: string;
  theme: LibraryTheme;
  content: SelfTestContent;
}

/** The advice as the API hands it out: in one language, an article with its current title. */
export type AdviceStep =
  /** shownIn: the article title's language (Dutch when the article has no translation into the test's language). */
  | { kind: 'article'; slug: string; title: string; shownIn: ContentLang }
  | { kind: 'training'; name: string; text: string }
  | { kind: 'chat' }
  | { kind: 'register' }
  | { kind: 'urgent' };

export interface SelfTestSummary {
  slug: string;
  theme: LibraryTheme;
  title: string;
  intro: string;
  questionCount: number;
  /** The language of every text of the test: the one asked for, or Dutch when this version has no translation into it. */
  shownIn: ContentLang;
  /** The language the reader asked for; differs from shownIn when the test is not translated into it yet. */
  requested: ContentLang;
}

export interface SelfTestBand {
  key: string;
  min: number;
  max: number;
  title: string;
  text: string;
  steps: AdviceStep[];
}

export interface SelfTestView extends SelfTestSummary {
  /** The published version this is; a kept result names it. */
  versionId: string;
  version: number;
  questions: { key: string; text: string; options: { points: number; label: string }[] }[];
  bands: SelfTestBand[];
  maxScore: number;
}

/** POST /api/library/self-test-results (a logged-in client who chooses to keep a result). */
export interface KeepSelfTestResult {
  versionId: string;
  /** Per question, in order: the index of the chosen option. */
  answers: number[];
}

/** A kept result in the client's own overview. */
export interface KeptSelfTestResult {
  id: string;
  slug: string;
  title: string;
  version: number;
  score: number;
  maxScore: number;
  band: { key: string; title: string };
  takenAt: string;
  /** The language of title and band: the one asked for when the answered version has it, else Dutch. */
  shownIn: ContentLang;
}

export const SELF_TEST_MAX_QUESTIONS = 40;
export const SELF_TEST_MAX_OPTIONS = 10;

export interface SelfTestScore {
  score: number;
  maxScore: number;
  band: string;
}

interface Scorable {
  questions: { options: { points: number }[] }[];
  bands: { key: string; min: number; max: number }[];
}

/** The highest score a test can give: the most points of every question. */
export function maxSelfTestScore(test: Scorable): number {
  return test.questions.reduce((sum, q) => sum + Math.max(...q.options.map((o) => o.points)), 0);
}

/**
 * The score (sum of the chosen options' points) and its band; null when the answers do not fit the
 * test (another number of answers, an option that does not exist). The API scores a kept result
 * with this, never trusting a score from the browser; the portal scores with it without sending
 * anything.
 */
export function scoreSelfTest(test: Scorable, answers: readonly number[]): SelfTestScore | null {
  if (answers.length !== test.questions.length) return null;
  let score = 0;
  for (const [i, question] of test.questions.entries()) {
    const option = question.options[answers[i]];
    if (!Number.isInteger(answers[i]) || !option) return null;
    score += option.points;
  }
  const band = test.bands.find((b) => score >= b.min && score <= b.max);
  return band ? { score, maxScore: maxSelfTestScore(test), band: band.key } : null;
}

/** Every text of a definition, each with where it is (for the editor's problems). */
export function selfTestTexts(content: SelfTestContent): Array<{ where: string; text: LocalText }> {
  return [
    { where: 'title', text: content.title },
    { where: 'intro', text: content.intro },
    ...content.questions.flatMap((q) => [
      { where: `question ${q.key}`, text: q.text },
      ...q.options.map((o, i) => ({ where: `question ${q.key} option ${i + 1}`, text: o.label })),
    ]),
    ...content.bands.flatMap((b) => [
      { where: `band ${b.key} title`, text: b.title },
      { where: `band ${b.key} text`, text: b.text },
      ...b.steps.flatMap((s, i) =>
        s.kind === 'training'
          ? [
              { where: `band ${b.key} step ${i + 1} name`, text: s.name },
              { where: `band ${b.key} step ${i + 1} text`, text: s.text },
            ]
          : [],
      ),
    ]),
  ];
}

function hasText(text: LocalText, lang: TranslationLang): boolean {
  const value = text[lang];
  return typeof value === 'string' && /\S/.test(value);
}

/** The translation languages every text of the definition has: the ones a reader gets it in. */
export function selfTestTranslations(content: SelfTestContent): TranslationLang[] {
  const texts = selfTestTexts(content);
  return TRANSLATION_LANGS.filter((lang) => texts.every(({ text }) => hasText(text, lang)));
}

/**
 * The language a reader of `lang` gets this definition in: Dutch and English always exist, a
 * translation language only when the version has it complete; otherwise Dutch.
 */
export function selfTestShownIn(content: SelfTestContent, lang: ContentLang): ContentLang {
  if (lang === 'nl' || lang === 'en') return lang;
  return selfTestTranslations(content).includes(lang) ? lang : 'nl';
}

/** A text in a language `selfTestShownIn` chose (so it is there). */
export function localText(text: LocalText, lang: ContentLang): string {
  return text[lang] ?? text.nl;
}

/** What is wrong with a definition (empty when it may be published): bands must cover every score once. */
export function selfTestProblems(content: SelfTestContent): string[] {
  const problems: string[] = [];
  // A translation is all or nothing: a reader never gets a test half in their language.
  const texts = selfTestTexts(content);
  for (const lang of TRANSLATION_LANGS) {
    const missing = texts.filter(({ text }) => !hasText(text, lang));
    if (missing.length && missing.length < texts.length)
      problems.push(
        `is partly translated into ${lang}: ${missing.map((m) => m.where).join(', ')} ha${missing.length === 1 ? 's' : 've'} no ${lang} text`,
      );
  }
  if (!content.questions.length) problems.push('has no questions');
  if (content.questions.length > SELF_TEST_MAX_QUESTIONS) problems.push(`has more than ${SELF_TEST_MAX_QUESTIONS} questions`);
  const keys = new Set(content.questions.map((q) => q.key));
  if (keys.size !== content.questions.length) problems.push('has two questions with one key');
  for (const q of content.questions) {
    if (q.options.length < 2 || q.options.length > SELF_TEST_MAX_OPTIONS)
      problems.push(`question ${q.key} needs 2 to ${SELF_TEST_MAX_OPTIONS} options`);
    if (q.options.some((o) => !Number.isInteger(o.points) || o.points < 0))
      problems.push(`question ${q.key} has points that are not whole numbers ≥ 0`);
  }
  if (problems.length) return problems;
  const min = content.questions.reduce((sum, q) => sum + Math.min(...q.options.map((o) => o.points)), 0);
  const max = maxSelfTestScore(content);
  for (let score = min; score <= max; score++) {
    const bands = content.bands.filter((b) => score >= b.min && score <= b.max);
    if (bands.length !== 1) problems.push(`score ${score} falls in ${bands.length} bands`);
  }
  return problems;
}
