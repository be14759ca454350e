import type { StepContent, StepKind } from '@nabij/trainings/contracts';
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
