import type { MediaContentType, MediaKind, StepContent, StepKind, TrainingKind } from '@nabij/trainings/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('training')
export class TrainingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** guided: a trainer and feedback moments; self_help: no trainer, no feedback moments, clients enrol themselves. */
  @Column({ type: 'text' })
  kind: TrainingKind;

  /** The trainer who answers homework when the client's case has no assigned worker. */
  @Column({ type: 'uuid', name: 'trainer_id', nullable: true })
  trainerId: string | null;

  @Column({ type: 'text', array: true, name: 'goal_examples' })
  goalExamples: string[];

  @Column({ type: 'boolean' })
  published: boolean;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@Entity('training_module')
export class TrainingModuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'training_id' })
  trainingId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  intro: string;

  /** A feedback moment: the next module opens only after the trainer answered this module's homework. */
  @Column({ type: 'boolean', name: 'requires_feedback' })
  requiresFeedback: boolean;
}

@Entity('training_step')
export class TrainingStepEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'module_id' })
  moduleId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  kind: StepKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'jsonb' })
  content: StepContent;
}

/** An uploaded film or its WebVTT captions for a video step; the bytes live in the document store. */
@Entity('training_media')
export class TrainingMediaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'step_id' })
  stepId: string;

  @Column({ type: 'text' })
  kind: MediaKind;

  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Column({ type: 'text', name: 'content_type' })
  contentType: MediaContentType;

  /** bigint comes back from pg as a string; numbers here stay far below 2^53. */
  @Column({ type: 'bigint', name: 'size_bytes', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text', name: 'storage_key' })
  storageKey: string;

  @Column({ type: 'uuid', name: 'uploaded_by' })
  uploadedBy: string;

  @Column({ type: 'timestamptz', name: 'uploaded_at' })
  uploadedAt: Date;
}
