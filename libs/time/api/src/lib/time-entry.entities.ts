import type { ContactType, TimeEntryChange, TimeEntryStatus, TimeSource } from '@nabij/time/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('time_entry')
export class TimeEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'uuid', name: 'worker_id' })
  workerId: string;

  @Column({ type: 'uuid', name: 'case_id', nullable: true })
  caseId: string | null;

  @Column({ type: 'text', name: 'contact_type' })
  contactType: ContactType;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'date', name: 'occurred_on' })
  occurredOn: string;

  @Column({ type: 'text' })
  source: TimeSource;

  @Column({ type: 'text', name: 'source_id', nullable: true })
  sourceId: string | null;

  @Column({ type: 'text' })
  status: TimeEntryStatus;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', name: 'unlocked_until', nullable: true })
  unlockedUntil: Date | null;

  @Column({ type: 'timestamptz', name: 'deleted_at', nullable: true })
  deletedAt: Date | null;
}

/** Append-only history: who changed an entry, when, and from what to what. */
@Entity('time_entry_change')
export class TimeEntryChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', name: 'time_entry_id' })
  timeEntryId: string;

  @Column({ type: 'uuid', name: 'changed_by', nullable: true })
  changedBy: string | null;

  @Column({ type: 'timestamptz', name: 'changed_at' })
  changedAt: Date;

  @Column({ type: 'text' })
  action: TimeEntryChange['action'];

  @Column({ type: 'jsonb', name: 'old_values', nullable: true })
  oldValues: Record<string, unknown> | null;

  @Column({ type: 'jsonb', name: 'new_values', nullable: true })
  newValues: Record<string, unknown> | null;
}
