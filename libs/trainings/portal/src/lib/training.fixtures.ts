import type { EnrolmentView, ModuleProgress, ProgressView, SubmissionView } from '@nabij/trainings/contracts';

/** For specs only: API answers as the trainings API gives them. */
export const ENROLMENT: EnrolmentView = {
  id: 'e1',
  trainingId: 't1',
  trainingTitle: 'Assertiviteit: voor jezelf opkomen',
  trainingKind: 'guided',
  clientId: 'c1',
  mode: 'online',
  goals: ['Grenzen aangeven', 'Nee zeggen als ik nee bedoel'],
  startedAt: '2026-11-01T10:00:00Z',
  lastActivityAt: '2026-11-01T10:00:00Z',
  reminders: { enabled: false, frequency: 'weekly' },
};

const mod = (position: number, status: ModuleProgress['status'], requiresFeedback = false): ModuleProgress => ({
  id: `m${position}`,
  position,
  title: ['Wat is assertief?', 'Grenzen voelen', 'Nee zeggen'][position - 1],
  requiresFeedback,
  status,
  stepsDone: status === 'open' || status === 'locked' ? 0 : 4,
  stepsTotal: 4,
});

export function progress(first: ModuleProgress['status'], second: ModuleProgress['status'] = 'locked'): ProgressView {
  const modules = [mod(1, first, true), mod(2, second), mod(3, 'locked')];
  return {
    enrolment: ENROLMENT,
    modulesDone: modules.filter((m) => m.status === 'done').length,
    modulesTotal: 3,
    modules,
    waitingForFeedback:
      first === 'waiting_for_feedback' ? [{ submissionId: 's1', moduleId: 'm1', stepId: 'st4', submittedAt: '2026-11-02T10:00:00Z' }] : [],
    nextStep:
      first === 'open' ? { moduleId: 'm1', moduleTitle: 'Wat is assertief?', stepId: 'st1', stepTitle: 'Lezen', kind: 'text' } : null,
    finished: false,
  };
}

export function submission(status: SubmissionView['status'], feedback: string | null = null): SubmissionView {
  return {
    id: 's1',
    enrolmentId: 'e1',
    stepId: 'st4',
    moduleId: 'm1',
    answers: {
      situation: 'Mijn zus vroeg iets.',
      thoughts: 'Ze wordt boos.',
      feelings: 'Gespannen.',
      actions: 'Ik zei ja.',
      wish: 'Nee zeggen.',
    },
    status,
    revision: 1,
    submittedAt: '2026-11-02T10:00:00Z',
    feedback,
    feedbackAt: feedback ? '2026-11-03T10:00:00Z' : null,
  };
}
