import type { CloseReason, IntakeChannel, InterpreterLanguage, KindOfWork, ProblemArea } from '@nabij/dossier/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One help trajectory of one client (table from the care-cases migration). */
@Entity('care_case')
export class CareCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'uuid', name: 'client_id' })
  clientId: string;

  @Column({ type: 'uuid', name: 'financier_id' })
  financierId: string;

  @Column({ type: 'uuid', name: 'team_id', nullable: true })
  teamId: string | null;

  @Column({ type: 'uuid', name: 'assigned_worker_id', nullable: true })
  assignedWorkerId: string | null;

  @Column({ type: 'text', name: 'kind_of_work' })
  kindOfWork: KindOfWork;

  @Column({ type: 'text', name: 'problem_areas', array: true })
  problemAreas: ProblemArea[];

  @Column({ type: 'boolean', name: 'uses_online_dossier' })
  usesOnlineDossier: boolean;

  /** How the client came in (INTAKE_CHANNELS); null for cases opened before it was asked. */
  @Column({ type: 'text', name: 'intake_channel', nullable: true })
  intakeChannel: IntakeChannel | null;

  @Column({ type: 'date', name: 'opened_on' })
  openedOn: string;

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn: string | null;

  @Column({ type: 'text', name: 'close_reason', nullable: true })
  closeReason: CloseReason | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** "Tolk nodig": the interpreter's language (INTERPRETER_LANGUAGES); null when none is needed. */
  @Column({ type: 'text', name: 'interpreter_language', nullable: true })
  interpreterLanguage: InterpreterLanguage | null;

  /** Set when the case's content was erased (deletion request or retention); the numbers stay. */
  @Column({ type: 'timestamptz', name: 'anonymised_at', nullable: true })
  anonymisedAt: Date | null;
}

@Entity('case_handover')
export class CaseHandoverEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId: string;

  @Column({ type: 'uuid', name: 'from_worker_id', nullable: true })
  fromWorkerId: string | null;

  @Column({ type: 'uuid', name: 'to_worker_id' })
  toWorkerId: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', name: 'handed_over_at' })
  handedOverAt: Date;
}
