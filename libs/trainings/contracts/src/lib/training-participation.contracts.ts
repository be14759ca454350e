import type { TrainingReaderLang } from './training-translation.contracts';
import type {
  AssignmentStepContent,
  MediaSources,
  StepKind,
  TextStepContent,
  TrainingKind,
  VideoStepContent,
} from './training-content.contracts';

export const ENROLMENT_MODES = ['blended', 'online'] as const;
/** blended = with group meetings; online = fully online. */
export type EnrolmentMode = (typeof ENROLMENT_MODES)[number];

export const REMINDER_FREQUENCIES = ['weekly', 'twice_weekly'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];

export const SUBMISSION_STATUSES = ['submitted', 'returned', 'feedback_given'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const MODULE_STATUSES = ['locked', 'open', 'waiting_for_feedback', 'returned', 'done'] as const;
export type ModuleStatus = (typeof MODULE_STATUSES)[number];

export const STALL_REASONS = ['no_activity', 'one_word_answers'] as const;
export type StallReason = (typeof STALL_REASONS)[number];

// ---- Catalogue ----

export interface CatalogueTraining {
  id: string;
  title: string;
  summary: string;
  /** A client enrols themself only in a self-help training; a worker enrols them in a guided one. */
  kind: TrainingKind;
  moduleCount: number;
  goalExamples: string[];
  /** The caller's own enrolment (clients only). */
  myEnrolmentId: string | null;
}

export interface TrainingOutline extends CatalogueTraining {
  modules: Array<{ id: string; position: number; title: string; requiresFeedback: boolean; stepCount: number }>;
}

// ---- Enrolment and progress ----

export interface EnrolRequest {
  mode: EnrolmentMode;
  goals: string[];
  /** Only when a worker enrols a client of their caseload. */
  clientId?: string;
}

export interface ReminderSettingsRequest {
  enabled: boolean;
  frequency?: ReminderFrequency;
}

export interface EnrolmentView {
  id: string;
  trainingId: string;
  trainingTitle: string;
  trainingKind: TrainingKind;
  clientId: string;
  mode: EnrolmentMode;
  goals: string[];
  startedAt: string;
  lastActivityAt: string;
  reminders: { enabled: boolean; frequency: ReminderFrequency };
}

export interface ModuleProgress {
  id: string;
  position: number;
  title: string;
  requiresFeedback: boolean;
  status: ModuleStatus;
  stepsDone: number;
  stepsTotal: number;
}

export interface NextStep {
  moduleId: string;
  moduleTitle: string;
  stepId: string;
  stepTitle: string;
  kind: StepKind;
}

export interface ProgressView {
  enrolment: EnrolmentView;
  modulesDone: number;
  modulesTotal: number;
  modules: ModuleProgress[];
  /** Submissions the trainer has not answered yet. */
  waitingForFeedback: Array<{ submissionId: string; moduleId: string; stepId: string; submittedAt: string }>;
  /** What to do now; null when everything open is done (or waits for feedback). */
  nextStep: NextStep | null;
  finished: boolean;
}

// ---- Reading a module ----

/** A self-test as the client sees it: options without points (scored on the server). */
export interface ClientSelfTestContent {
  intro?: string;
  questions: Array<
    | { id: string; type: 'multiple_choice'; text: string; options: Array<{ id: string; label: string }> }
    | { id: string; type: 'scale'; text: string; min: number; max: number; minLabel: string; maxLabel: string }
  >;
}

export interface SelfTestResult {
  score: number;
  maxScore: number;
  title: string;
  text: string;
  takenAt: string;
}

export interface SubmissionView {
  id: string;
  enrolmentId: string;
  stepId: string;
  moduleId: string;
  answers: Record<string, string>;
  status: SubmissionStatus;
  revision: number;
  submittedAt: string;
  feedback: string | null;
  feedbackAt: string | null;
}

export type ModuleStepView = { id: string; position: number; title: string; done: boolean } & (
  | { kind: 'text'; content: TextStepContent }
  /** shownIn (issue 17): the language of the written version (`content.captions`); the film itself stays Dutch. */
  | { kind: 'video'; content: VideoStepContent; media: MediaSources; shownIn: TrainingReaderLang }
  /** shownIn (issue 17): the language of the questions, answer labels and result texts; Dutch when the translation lacks them. */
  | { kind: 'self_test'; content: ClientSelfTestContent; lastResult: SelfTestResult | null; shownIn: TrainingReaderLang }
  | { kind: 'assignment'; content: AssignmentStepContent; submission: SubmissionView | null; shownIn: TrainingReaderLang }
);

export interface ModuleView {
  id: string;
  position: number;
  title: string;
  intro: string;
  requiresFeedback: boolean;
  status: ModuleStatus;
  steps: ModuleStepView[];
  /** Issue 17: the language asked for, and the one shown (Dutch when there is no published translation). */
  requested: TrainingReaderLang;
  shownIn: TrainingReaderLang;
}

export interface SelfTestAnswersRequest {
  /** questionId → option id (multiple choice) or the chosen number (scale). */
  answers: Record<string, string | number>;
}

export interface HomeworkRequest {
  /** Open questions: questionId → answer. Diary: situation, thoughts, feelings, actions, wish. */
  answers: Record<string, string>;
}

// ---- Trainer ----

/** A self-test in the homework's module, as the client last saw its result. */
export interface ModuleSelfTestScore {
  stepId: string;
  stepTitle: string;
  /** null: the client has not taken it. */
  result: SelfTestResult | null;
}

/** A participant's homework as the trainer reviews it, with the self-test scores of that module. */
export interface TrainerSubmissionView extends SubmissionView {
  selfTests: ModuleSelfTestScore[];
}

export interface FeedbackRequest {
  feedback: string;
}

export interface TrainerTask {
  submissionId: string;
  enrolmentId: string;
  clientId: string;
  clientName: string | null;
  trainingTitle: string;
  moduleTitle: string;
  stepTitle: string;
  submittedAt: string;
  waitingHours: number;
  /** Feedback on this one opens the next module. */
  unlocksNextModule: boolean;
}

export interface ParticipantOverview {
  enrolmentId: string;
  clientId: string;
  clientName: string | null;
  trainingTitle: string;
  mode: EnrolmentMode;
  startedAt: string;
  lastActivityAt: string;
  modulesDone: number;
  modulesTotal: number;
  waitingForFeedback: number;
  stalled: boolean;
  stallReasons: StallReason[];
}
