import type {
  AssignmentStepContent,
  AssignmentTranslation,
  SelfTestResult,
  SelfTestStepContent,
  SelfTestTranslation,
  StepContent,
  StepKind,
  StepTranslation,
} from '@nabij/trainings/contracts';

/**
 * Issue 17: what a client fills in, in their language. A translation of a self-test or homework step
 * holds all of its texts, matched to the Dutch step by question and option id (result texts by the
 * order of the score bands); points, scale numbers and ids stay the Dutch step's, so scoring and the
 * stored answers are the same in every language.
 */

/** What is wrong with a step translation's homework texts, as [field below the step, message]; empty when right. */
export function homeworkTranslationProblems(
  kind: StepKind,
  content: StepContent,
  t: Pick<StepTranslation, 'selfTest' | 'assignment'>,
): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  if (t.selfTest !== undefined) {
    if (kind !== 'self_test') problems.push(['selfTest', 'only a self-test step has self-test texts']);
    else problems.push(...selfTestProblems(content as SelfTestStepContent, t.selfTest));
  }
  if (t.assignment !== undefined) {
    if (kind !== 'assignment') problems.push(['assignment', 'only a homework step has homework texts']);
    else problems.push(...assignmentProblems(content as AssignmentStepContent, t.assignment));
  }
  return problems;
}

function selfTestProblems(content: SelfTestStepContent, t: SelfTestTranslation): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  if (!sameIds(content.questions, t.questions)) problems.push(['selfTest.questions', 'must hold every question of the step once, by id']);
  else
    t.questions.forEach((q, i) => {
      const dutch = content.questions.find((d) => d.id === q.id)!;
      const field = `selfTest.questions.${i}`;
      if (dutch.type === 'multiple_choice') {
        if (!q.options || !sameIds(dutch.options, q.options))
          problems.push([`${field}.options`, 'must hold every option of the question once, by id']);
        if (q.minLabel !== undefined || q.maxLabel !== undefined) problems.push([field, 'only a scale question has end labels']);
      } else {
        if (q.options !== undefined) problems.push([`${field}.options`, 'only a multiple-choice question has options']);
        if (!q.minLabel?.trim() || !q.maxLabel?.trim()) problems.push([field, 'a scale question needs minLabel and maxLabel']);
      }
    });
  if (t.bands.length !== content.bands.length)
    problems.push(['selfTest.bands', `must hold ${content.bands.length} result texts, in order`]);
  return problems;
}

function assignmentProblems(content: AssignmentStepContent, t: AssignmentTranslation): Array<[string, string]> {
  if (content.type === 'diary') return t.questions !== undefined ? [['assignment.questions', 'a diary has no questions to translate']] : [];
  return t.questions && sameIds(content.questions, t.questions)
    ? []
    : [['assignment.questions', 'must hold every question of the step once, by id']];
}

function sameIds(dutch: ReadonlyArray<{ id: string }>, translated: ReadonlyArray<{ id: string }>): boolean {
  const ids = new Set(translated.map((x) => x.id));
  return ids.size === translated.length && translated.length === dutch.length && dutch.every((x) => ids.has(x.id));
}

/** The self-test with its texts in the translation (the Dutch step when there is none); points unchanged. */
export function translatedSelfTest(content: SelfTestStepContent, t: SelfTestTranslation | undefined): SelfTestStepContent {
  if (!t) return content;
  const texts = new Map(t.questions.map((q) => [q.id, q]));
  return {
    // A Dutch intro above translated questions would mix languages: the intro is the translation's or none.
    ...(t.intro?.trim() ? { intro: t.intro } : {}),
    questions: content.questions.map((q) => {
      const tq = texts.get(q.id);
      if (!tq) return q;
      if (q.type === 'scale') return { ...q, text: tq.text, minLabel: tq.minLabel ?? q.minLabel, maxLabel: tq.maxLabel ?? q.maxLabel };
      const labels = new Map((tq.options ?? []).map((o) => [o.id, o.label]));
      return { ...q, text: tq.text, options: q.options.map((o) => ({ ...o, label: labels.get(o.id) ?? o.label })) };
    }),
    bands: content.bands.map((b, i) => (t.bands[i] ? { ...b, title: t.bands[i].title, text: t.bands[i].text } : b)),
  };
}

/** A result kept with the Dutch band title, told with the translated band's texts (the same band by position). */
export function translatedResult(result: SelfTestResult, content: SelfTestStepContent, t: SelfTestTranslation | undefined): SelfTestResult {
  const i = content.bands.findIndex((b) => b.title === result.title);
  const band = t && i >= 0 ? t.bands[i] : undefined;
  return band ? { ...result, title: band.title, text: band.text } : result;
}

/** The homework step with its intro and questions in the translation (the Dutch step when there is none). */
export function translatedAssignment(content: AssignmentStepContent, t: AssignmentTranslation | undefined): AssignmentStepContent {
  if (!t) return content;
  if (content.type === 'diary') return { ...content, intro: t.intro };
  const texts = new Map((t.questions ?? []).map((q) => [q.id, q]));
  return {
    ...content,
    intro: t.intro,
    questions: content.questions.map((q) => {
      const tq = texts.get(q.id);
      // A Dutch hint under a translated question would mix languages: the hint is the translation's or none.
      return tq ? { id: q.id, text: tq.text, ...(tq.hint?.trim() ? { hint: tq.hint } : {}) } : q;
    }),
  };
}
