import type { SubmissionStatus } from '@nabij/trainings/contracts';
import { moduleStates, nextStepOf, ProgressModule } from './module-progress';

const modules: ProgressModule[] = [
  {
    id: 'm1',
    requiresFeedback: true,
    steps: [
      { id: 's1', kind: 'text' },
      { id: 'h1', kind: 'assignment' },
    ],
  },
  {
    id: 'm2',
    requiresFeedback: false,
    steps: [
      { id: 's2', kind: 'text' },
      { id: 'h2', kind: 'assignment' },
    ],
  },
  { id: 'm3', requiresFeedback: false, steps: [{ id: 's3', kind: 'text' }] },
];
const facts = (done: string[], subs: Record<string, SubmissionStatus> = {}) => ({
  completedStepIds: new Set(done),
  submissionStatusByStep: new Map(Object.entries(subs)),
});
const statuses = (done: string[], subs: Record<string, SubmissionStatus> = {}) =>
  moduleStates(modules, facts(done, subs)).map((s) => s.status);

describe('module progress', () => {
  it('opens only the first module at the start', () => {
    expect(statuses([])).toEqual(['open', 'locked', 'locked']);
    expect(nextStepOf(modules, moduleStates(modules, facts([])), facts([]))).toEqual({ moduleId: 'm1', stepId: 's1' });
  });

  it('keeps the next module locked at a feedback moment until feedback is given', () => {
    expect(statuses(['s1', 'h1'], { h1: 'submitted' })).toEqual(['waiting_for_feedback', 'locked', 'locked']);
    expect(statuses(['s1', 'h1'], { h1: 'feedback_given' })).toEqual(['done', 'open', 'locked']);
  });

  it('shows returned homework and keeps the next module locked', () => {
    const f = facts(['s1', 'h1'], { h1: 'returned' });
    expect(moduleStates(modules, f).map((s) => s.status)).toEqual(['returned', 'locked', 'locked']);
    expect(nextStepOf(modules, moduleStates(modules, f), f)).toEqual({ moduleId: 'm1', stepId: 'h1' });
  });

  it('opens the next module without feedback when the module has no feedback moment', () => {
    expect(statuses(['s1', 'h1', 's2', 'h2'], { h1: 'feedback_given', h2: 'submitted' })).toEqual(['done', 'done', 'open']);
  });

  it('has no next step when everything is done', () => {
    const f = facts(['s1', 'h1', 's2', 'h2', 's3'], { h1: 'feedback_given', h2: 'feedback_given' });
    const states = moduleStates(modules, f);
    expect(states.every((s) => s.passed)).toBe(true);
    expect(nextStepOf(modules, states, f)).toBeNull();
  });

  it('keeps a module of a group that opens per session locked until its session date, even when the one before is done', () => {
    const f = { ...facts(['s1', 'h1'], { h1: 'feedback_given' }), notYetOpen: new Set(['m2']) };
    expect(moduleStates(modules, f).map((s) => s.status)).toEqual(['done', 'locked', 'locked']);
    expect(nextStepOf(modules, moduleStates(modules, f), f)).toBeNull();
    const first = { ...facts([]), notYetOpen: new Set(['m1']) };
    expect(moduleStates(modules, first).map((s) => s.status)).toEqual(['locked', 'locked', 'locked']);
  });
});
