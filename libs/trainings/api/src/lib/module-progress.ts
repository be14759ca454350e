import type { ModuleStatus, StepKind, SubmissionStatus } from '@nabij/trainings/contracts';

export interface ProgressModule {
  id: string;
  requiresFeedback: boolean;
  steps: Array<{ id: string; kind: StepKind }>;
}

export interface ProgressFacts {
  completedStepIds: ReadonlySet<string>;
  submissionStatusByStep: ReadonlyMap<string, SubmissionStatus>;
  /** Modules of a group that opens them per session whose session date has not come yet: locked whatever was done. */
  notYetOpen?: ReadonlySet<string>;
}

export interface ModuleState {
  id: string;
  status: ModuleStatus;
  stepsDone: number;
  stepsTotal: number;
  /** Every step done and, at a feedback moment, feedback given: the next module opens. */
  passed: boolean;
}

/**
 * Modules open one after another. A module is passed when each of its steps is done; a module
 * with a feedback moment also needs the trainer's feedback on all its homework. The first module
 * is always open, unless the participant's group opens modules per session and that module's
 * session is still to come. Derived from the facts each time, so it never drifts from what happened.
 */
export function moduleStates(modules: ProgressModule[], facts: ProgressFacts): ModuleState[] {
  let open = true;
  return modules.map((m) => {
    if (facts.notYetOpen?.has(m.id)) open = false;
    const stepsDone = m.steps.filter((s) => facts.completedStepIds.has(s.id)).length;
    const homework = m.steps.filter((s) => s.kind === 'assignment').map((s) => facts.submissionStatusByStep.get(s.id));
    const allDone = stepsDone === m.steps.length;
    const feedbackOk = !m.requiresFeedback || homework.every((s) => s === 'feedback_given');
    const passed = open && allDone && feedbackOk;
    let status: ModuleStatus;
    if (!open) status = 'locked';
    else if (homework.includes('returned')) status = 'returned';
    else if (passed) status = 'done';
    else if (m.requiresFeedback && allDone && homework.includes('submitted')) status = 'waiting_for_feedback';
    else status = 'open';
    open = passed;
    return { id: m.id, status, stepsDone, stepsTotal: m.steps.length, passed };
  });
}

/** The first step not done yet in the first open module; null when nothing waits for the client. */
export function nextStepOf(
  modules: ProgressModule[],
  states: ModuleState[],
  facts: ProgressFacts,
): { moduleId: string; stepId: string } | null {
  for (let i = 0; i < modules.length; i++) {
    const state = states[i];
    if (state.status === 'locked') return null;
    const m = modules[i];
    const returned = m.steps.find((s) => facts.submissionStatusByStep.get(s.id) === 'returned');
    if (returned) return { moduleId: m.id, stepId: returned.id };
    const todo = m.steps.find((s) => !facts.completedStepIds.has(s.id));
    if (todo) return { moduleId: m.id, stepId: todo.id };
  }
  return null;
}
