import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the access log (NEN 7513): who did what with which client's data, when, from where
 * and on whose behalf. Rows are only ever inserted.
 */
@Entity('audit_entry')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', name: 'actor_role', nullable: true })
  actorRole: string | null;

  /** The client whose data this is about. */
  @Column({ type: 'uuid', name: 'client_id', nullable: true })
  clientId: string | null;

  @Column({ type: 'text' })
  action: 'read' | 'create' | 'update' | 'delete' | 'admit' | 'login' | 'export';

  @Column({ type: 'text', name: 'resource_type' })
  resourceType: string;

  @Column({ type: 'text', name: 'resource_id', nullable: true })
  resourceId: string | null;

  @Column({ type: 'uuid', name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', name: 'user_agent', nullable: true })
  userAgent: string | null;
}
