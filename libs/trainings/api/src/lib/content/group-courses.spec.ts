import type { TextStepContent } from '@nabij/trainings/contracts';
import { validateStepContent } from '../step-content';
import type { CourseDefinition } from './course-definition';
import { MONEY_COURSE } from './money-course';
import { STRESS_COURSE } from './stress-course';

const sentences = (s: string) =>
  s
    .replace(/^#+ .*$/gm, '')
    .split(/[.!?]\s/)
    .map((x) => x.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length)
    .filter((n) => n > 0);

describe.each([
  ['Grip op geld', MONEY_COURSE],
  ['Omgaan met stress', STRESS_COURSE],
] as Array<[string, CourseDefinition]>)('the group course "%s"', (title, course) => {
  it('is a guided course of six modules with at least one self-test and one homework form, all passing the editor checks', () => {
    expect(course.title).toBe(title);
    expect(course.kind ?? 'guided').toBe('guided');
    expect(course.modules).toHaveLength(6);
    const steps = course.modules.flatMap((m) => m.steps);
    expect(steps.filter((s) => s.kind === 'self_test').length).toBeGreaterThanOrEqual(1);
    expect(steps.filter((s) => s.kind === 'assignment').length).toBeGreaterThanOrEqual(1);
    for (const step of steps)
      expect({ step: step.title, errors: validateStepContent(step.kind, step.content) }).toEqual({ step: step.title, errors: {} });
    // A feedback moment needs homework to give feedback on.
    for (const m of course.modules.filter((x) => x.requiresFeedback)) expect(m.steps.some((s) => s.kind === 'assignment')).toBe(true);
  });

  it('keeps reading sentences short (B1): on average under 14 words, none over 35', () => {
    const counts = course.modules.flatMap((m) =>
      m.steps.filter((s) => s.kind === 'text').flatMap((s) => sentences((s.content as TextStepContent).body)),
    );
    expect(counts.reduce((a, b) => a + b, 0) / counts.length).toBeLessThan(14);
    expect(Math.max(...counts)).toBeLessThanOrEqual(35);
  });

  it('names where to get help, without placeholder text', () => {
    const all = JSON.stringify(course);
    expect(all).not.toMatch(/lorem|ipsum|TODO|xxx/i);
    expect(all).toMatch(/hulpverlener/);
  });
});
