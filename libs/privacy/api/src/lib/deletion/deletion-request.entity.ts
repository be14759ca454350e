import type { DeletionRequestStatus } from '@nabij/privacy/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A client's request to delete their data (table from the deletion-requests migration). */
@Entity('deletion_request')
export class DeletionRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'client_id' })
  clientId: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text' })
  status: DeletionRequestStatus;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'uuid', name: 'handled_by', nullable: true })
  handledBy: string | null;

  @Column({ type: 'timestamptz', name: 'handled_at', nullable: true })
  handledAt: Date | null;

  @Column({ type: 'text', name: 'decision_note', nullable: true })
  decisionNote: string | null;
}
