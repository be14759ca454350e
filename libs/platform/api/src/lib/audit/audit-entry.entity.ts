import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the access log (NEN 7513): who did what with which client's data, when, from where
 * and on whose behalf. Rows are only ever inserted.
 */
@Entity('audit_entry')
@Check(
  'audit_entry_client_list',
  `client_ids IS NULL AND resource_ids IS NULL
   OR client_id IS NULL AND resource_id IS NULL AND cardinality(client_ids) > 0 AND cardinality(client_ids) = cardinality(resource_ids)`,
)
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', name: 'actor_role', nullable: true })
  actorRole: string | null;

  /** The client whose data this is about (null on a list entry: see `clientIds`). */
  @Column({ type: 'uuid', name: 'client_id', nullable: true })
  clientId: string | null;

  /**
   * A list entry (a worker's inbox or caseload as seen): every client the list showed, and the
   * resource shown for each in `resourceIds` (same order). The readers show it as one line per client.
   */
  @Column({ type: 'uuid', name: 'client_ids', array: true, nullable: true })
  clientIds: string[] | null;

  @Column({ type: 'text', name: 'resource_ids', array: true, nullable: true })
  resourceIds: string[] | null;

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
