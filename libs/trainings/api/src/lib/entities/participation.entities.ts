import type { EnrolmentMode, ReminderFrequency, SubmissionStatus } from '@nabij/trainings/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('training_enrolment')
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'training_id' })
  trainingId: string;

  @Column({ type: 'uuid', name: 'client_id' })
  clientId: string;

  @Column({ type: 'uuid', name: 'enrolled_by' })
  enrolledBy: string;

  /**
   * The case this enrolment was made in (null: the client had no open case then). Its worker sees
   * the work and answers the homework; another case of the same client never does.
   */
  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId: string | null;

  @Column({ type: 'text' })
  mode: EnrolmentMode;

  @Column({ type: 'text', array: true })
  goals: string[];

  @Column({ type: 'timestamptz', name: 'started_at' })
  startedAt: Date;

  /** Last thing the client did in this training; the trainer's stall signal reads it. */
  @Column({ type: 'timestamptz', name: 'last_activity_at' })
  lastActivityAt: Date;

  /** Off until the client turns reminders on: the client is in charge. */
  @Column({ type: 'boolean', name: 'reminders_enabled' })
  remindersEnabled: boolean;

  @Column({ type: 'text', name: 'reminder_frequency' })
  reminderFrequency: ReminderFrequency;

  /** When the client last turned reminders on; the first reminder counts from here. */
  @Column({ type: 'timestamptz', name: 'reminders_enabled_at', nullable: true })
  remindersEnabledAt: Date | null;

  /** When the last reminder mail was queued; the next one is due a reminder interval later. */
  @Column({ type: 'timestamptz', name: 'last_reminded_at', nullable: true })
  lastRemindedAt: Date | null;
}

@Entity('training_step_progress')
export class StepProgressEntity {
  @PrimaryColumn({ type: 'uuid', name: 'enrolment_id' })
  enrolmentId: string;

  @PrimaryColumn({ type: 'uuid', name: 'step_id' })
  stepId: string;

  @Column({ type: 'timestamptz', name: 'completed_at' })
  completedAt: Date;
}

@Entity('training_self_test_result')
export class SelfTestResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'enrolment_id' })
  enrolmentId: string;

  @Column({ type: 'uuid', name: 'step_id' })
  stepId: string;

  @Column({ type: 'jsonb' })
  answers: Record<string, string | number>;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'int', name: 'max_score' })
  maxScore: number;

  @Column({ type: 'text', name: 'band_title' })
  bandTitle: string;

  @Column({ type: 'timestamptz', name: 'taken_at' })
  takenAt: Date;
}

/** One homework answer per assignment step; a status `submitted` row is a task for the trainer. */
@Entity('training_submission')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'enrolment_id' })
  enrolmentId: string;

  @Column({ type: 'uuid', name: 'step_id' })
  stepId: string;

  @Column({ type: 'jsonb' })
  answers: Record<string, string>;

  @Column({ type: 'text' })
  status: SubmissionStatus;

  @Column({ type: 'int' })
  revision: number;

  /**
   * Who was to answer it when handed in: the enrolment's case worker, else the training's trainer. A
   * record only: the task list follows the case's current worker, so a hand-over takes it along.
   */
  @Column({ type: 'uuid', name: 'trainer_id', nullable: true })
  trainerId: string | null;

  /** The enrolment's case when handed in, if that case was open; null otherwise (the trainer answers). */
  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId: string | null;

  @Column({ type: 'timestamptz', name: 'first_submitted_at' })
  firstSubmittedAt: Date;

  @Column({ type: 'timestamptz', name: 'submitted_at' })
  submittedAt: Date;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ type: 'uuid', name: 'feedback_by', nullable: true })
  feedbackBy: string | null;

  @Column({ type: 'timestamptz', name: 'feedback_at', nullable: true })
  feedbackAt: Date | null;
}

/**
 * A homework contact in the client's case: one row per (re)submission. When the trainer answers,
 * worker_id / answered_at / outcome are filled; time registration prefills its minutes from that.
 */
@Entity('training_homework_contact')
export class HomeworkContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'submission_id' })
  submissionId: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @Column({ type: 'uuid', name: 'client_id' })
  clientId: string;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'timestamptz', name: 'submitted_at' })
  submittedAt: Date;

  @Column({ type: 'uuid', name: 'worker_id', nullable: true })
  workerId: string | null;

  @Column({ type: 'timestamptz', name: 'answered_at', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome: 'feedback_given' | 'returned' | null;
}
