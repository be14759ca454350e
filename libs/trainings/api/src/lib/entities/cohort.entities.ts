import type { CohortPacing, SessionPlace } from '@nabij/trainings/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A group that follows a course together, with trainers and group sessions. */
@Entity('training_cohort')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'uuid', name: 'training_id' })
  trainingId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Column({ type: 'text' })
  pacing: CohortPacing;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

@Entity('training_cohort_trainer')
export class CohortTrainerEntity {
  @PrimaryColumn({ type: 'uuid', name: 'cohort_id' })
  cohortId: string;

  @PrimaryColumn({ type: 'uuid', name: 'trainer_id' })
  trainerId: string;
}

/** A participant: invited (no enrolment yet) or active (enrolled in the cohort's course). */
@Entity('training_cohort_member')
export class CohortMemberEntity {
  @PrimaryColumn({ type: 'uuid', name: 'cohort_id' })
  cohortId: string;

  @PrimaryColumn({ type: 'uuid', name: 'client_id' })
  clientId: string;

  @Column({ type: 'text' })
  status: 'invited' | 'active';

  @Column({ type: 'uuid', name: 'enrolment_id', nullable: true })
  enrolmentId: string | null;

  /** What the group sees instead of the first name, chosen by the participant. */
  @Column({ type: 'text', nullable: true })
  nickname: string | null;

  @Column({ type: 'uuid', name: 'added_by' })
  addedBy: string;

  @Column({ type: 'timestamptz', name: 'added_at' })
  addedAt: Date;
}

@Entity('training_group_session')
export class GroupSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'cohort_id' })
  cohortId: string;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt: Date;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'text' })
  place: SessionPlace;

  @Column({ type: 'text', nullable: true })
  room: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Column({ type: 'uuid', name: 'module_id', nullable: true })
  moduleId: string | null;

  /** When attendance was first taken: the session was held. */
  @Column({ type: 'timestamptz', name: 'held_at', nullable: true })
  heldAt: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

@Entity('training_session_attendance')
export class SessionAttendanceEntity {
  @PrimaryColumn({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', name: 'client_id' })
  clientId: string;

  @Column({ type: 'boolean' })
  present: boolean;

  @Column({ type: 'uuid', name: 'recorded_by' })
  recordedBy: string;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}

/** A trainer's time for a session held: time registration prefills it once per (session, trainer). */
@Entity('training_group_contact')
export class GroupContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @Column({ type: 'uuid', name: 'trainer_id' })
  trainerId: string;
}
