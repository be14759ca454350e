/** guided: a trainer answers homework, feedback moments per module; self_help: on your own, no homework. */
export const TRAINING_KINDS = ['guided', 'self_help'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/**
 * Course content is data: a training has modules in order, a module has steps in order, and each
 * step kind has its own content shape (stored as JSON next to the step).
 */
export const STEP_KINDS = ['text', 'video', 'self_test', 'assignment'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Reading text: short paragraphs; a line starting with "## " is a heading, "- " a list item. */
export interface TextStepContent {
  body: string;
}

/**
 * A video from a URL or an uploaded file (`fileRef`: its training_media id, set by the upload), always
 * with `captions` as a written version so it works without sound; timed WebVTT captions are uploaded.
 */
export interface VideoStepContent {
  url: string | null;
  fileRef: string | null;
  captions: string;
  durationSeconds?: number | null;
}

/** Uploaded files of a video step: the film (MP4 or WebM) and its captions (WebVTT). */
export const MEDIA_KINDS = ['video', 'captions'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const VIDEO_CONTENT_TYPES = ['video/mp4', 'video/webm'] as const;
export type MediaContentType = (typeof VIDEO_CONTENT_TYPES)[number] | 'text/vtt';
/** WebVTT files are small text; the film's limit is a setting (TRAINING_VIDEO_MAX_MB). */
export const CAPTIONS_MAX_BYTES = 512 * 1024;

/** An uploaded file as the editor sees it. */
export interface MediaFileInfo {
  id: string;
  fileName: string;
  contentType: MediaContentType;
  sizeBytes: number;
  uploadedAt: string;
}

/** Addresses a <video> and its <track> can load: they carry a short-lived access key, as a media element sends no login header. */
export interface MediaSources {
  videoUrl: string | null;
  captionsUrl: string | null;
}

export const QUESTION_TYPES = ['multiple_choice', 'scale'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface ChoiceOption {
  id: string;
  label: string;
  points: number;
}

export interface MultipleChoiceQuestion {
  id: string;
  type: 'multiple_choice';
  text: string;
  options: ChoiceOption[];
}

/** A scale from min to max; points = answer − min, or max − answer when `reverse`. */
export interface ScaleQuestion {
  id: string;
  type: 'scale';
  text: string;
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  reverse?: boolean;
}

export type SelfTestQuestion = MultipleChoiceQuestion | ScaleQuestion;

/** The result text for scores from minScore up to and including maxScore. */
export interface ScoreBand {
  minScore: number;
  maxScore: number;
  title: string;
  text: string;
}

export interface SelfTestStepContent {
  intro?: string;
  questions: SelfTestQuestion[];
  bands: ScoreBand[];
}

export const ASSIGNMENT_TYPES = ['open_questions', 'diary'] as const;
export type AssignmentType = (typeof ASSIGNMENT_TYPES)[number];

/** The fixed fields of a diary form (dagboekformulier), in the order the client fills them in. */
export const DIARY_FIELDS = ['situation', 'thoughts', 'feelings', 'actions', 'wish'] as const;
export type DiaryField = (typeof DIARY_FIELDS)[number];

export interface OpenQuestion {
  id: string;
  text: string;
  hint?: string;
}

export type AssignmentStepContent = { type: 'open_questions'; intro: string; questions: OpenQuestion[] } | { type: 'diary'; intro: string };

export type StepContent = TextStepContent | VideoStepContent | SelfTestStepContent | AssignmentStepContent;

/** Limits shared by the API's validation and the portal's forms. */
export const TRAINING_LIMITS = {
  titleMax: 200,
  summaryMax: 2000,
  textBodyMax: 20_000,
  answerMax: 4000,
  feedbackMax: 4000,
  goalMin: 3,
  goalMax: 300,
  goalsMin: 2,
  goalsMax: 3,
  /** No activity for this many days (by the clock) marks a participant as stalled. */
  stallDays: 14,
} as const;

// ---- Authoring (admin, or the worker who is the training's trainer) ----

export interface TrainingInput {
  title: string;
  summary: string;
  kind?: TrainingKind;
  trainerId?: string | null;
  goalExamples?: string[];
  published?: boolean;
}

export interface ModuleInput {
  title: string;
  intro?: string;
  requiresFeedback?: boolean;
  /** 1-based; omitted = at the end. */
  position?: number;
}

export interface StepInput {
  kind: StepKind;
  title: string;
  content: StepContent;
  position?: number;
}

export interface AuthoringStep {
  id: string;
  position: number;
  kind: StepKind;
  title: string;
  content: StepContent;
  /** Video steps: the uploaded film and captions, and addresses to preview them. */
  media?: { video: MediaFileInfo | null; captions: MediaFileInfo | null; sources: MediaSources };
}

export interface AuthoringModule {
  id: string;
  position: number;
  title: string;
  intro: string;
  requiresFeedback: boolean;
  steps: AuthoringStep[];
}

export interface AuthoringTraining {
  id: string;
  title: string;
  summary: string;
  kind: TrainingKind;
  trainerId: string | null;
  goalExamples: string[];
  published: boolean;
  modules: AuthoringModule[];
}
