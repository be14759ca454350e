import { ASSERTIVENESS_COURSE } from './assertiveness-course';
import { validateStepContent } from '../step-content';
import type { TextStepContent, VideoStepContent } from '@nabij/trainings/contracts';

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('the assertiveness course', () => {
  const modules = ASSERTIVENESS_COURSE.modules;

  it('has the eight modules in order, feedback moments after 1, 3, 5 and 8', () => {
    expect(modules.map((m) => m.title)).toEqual([
      'Wat is assertief?',
      'Grenzen voelen',
      'Nee zeggen',
      'Kritiek geven',
      'Kritiek ontvangen',
      'Om iets vragen',
      'Complimenten',
      'Volhouden en terugvallen',
    ]);
    expect(modules.map((m, i) => (m.requiresFeedback ? i + 1 : null)).filter(Boolean)).toEqual([1, 3, 5, 8]);
  });

  it.each(modules.map((m, i) => [i + 1, m] as const))(
    'module %i reads, shows, tests and gives homework, and passes the editor checks',
    (_n, m) => {
      expect(m.steps.map((s) => s.kind)).toEqual(['text', 'video', 'self_test', 'assignment']);
      for (const step of m.steps) expect(validateStepContent(step.kind, step.content)).toEqual({});
      const body = (m.steps[0].content as TextStepContent).body;
      expect(words(body)).toBeGreaterThanOrEqual(150);
      expect(words(body)).toBeLessThanOrEqual(320);
      expect(body.split('\n').filter((l) => l.startsWith('## ')).length).toBeGreaterThanOrEqual(3);
      expect((m.steps[1].content as VideoStepContent).captions.length).toBeGreaterThan(200);
      const questions = (m.steps[2].content as { questions: unknown[] }).questions;
      expect(questions.length).toBeGreaterThanOrEqual(4);
      expect(questions.length).toBeLessThanOrEqual(5);
    },
  );

  it('keeps reading sentences short (B1): on average under 12 words', () => {
    for (const m of modules) {
      const body = (m.steps[0].content as TextStepContent).body.replace(/^## .*$/gm, '');
      const sentences = body.split(/[.!?]+\s/).filter((s) => words(s) > 0);
      expect(words(body) / sentences.length).toBeLessThan(12);
    }
  });

  it('starts with a diary form (the homework the first module teaches) and uses open questions in modules 7 and 8', () => {
    expect(modules.map((m) => (m.steps[3].content as { type: string }).type)).toEqual([
      'diary',
      'diary',
      'diary',
      'diary',
      'diary',
      'diary',
      'open_questions',
      'open_questions',
    ]);
  });

  it('offers goal examples to pick from', () => {
    expect(ASSERTIVENESS_COURSE.goalExamples).toEqual(
      expect.arrayContaining(['Grenzen aangeven', 'Opkomen voor mijn eigen belangen', 'Standvastig blijven zonder schuldgevoel']),
    );
  });
});
