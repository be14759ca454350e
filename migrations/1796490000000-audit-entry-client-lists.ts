import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A list view in the access log (issue 12): a worker's inbox or caseload shows many clients at once,
 * and each view used to be one `audit_entry` row per client shown (27 for the demo worker's inbox),
 * which was nearly all of the inbox's database time. Now one entry names every client it showed, in
 * `client_ids` (with the resource shown for each in `resource_ids`, in the same order), and a GIN
 * index answers "who saw this client" for those entries as the `client_id` index does for the others.
 * The readers turn a list entry back into one line per client, so what the log shows is unchanged.
 */
export class AuditEntryClientLists1796490000000 implements MigrationInterface {
  name = 'AuditEntryClientLists1796490000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE audit_entry
         ADD COLUMN client_ids uuid[],
         ADD COLUMN resource_ids text[],
         ADD CONSTRAINT audit_entry_client_list CHECK (
           client_ids IS NULL AND resource_ids IS NULL
           OR client_id IS NULL AND resource_id IS NULL AND cardinality(client_ids) > 0
              AND cardinality(client_ids) = cardinality(resource_ids))`,
    );
    await db.query(`CREATE INDEX audit_entry_client_ids ON audit_entry USING gin (client_ids) WHERE client_ids IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    // A list entry becomes one entry per client again, as before this migration.
    await db.query(
      `INSERT INTO audit_entry (occurred_at, actor_id, actor_role, client_id, action, resource_type, resource_id, on_behalf_of, reason, ip, user_agent)
       SELECT e.occurred_at, e.actor_id, e.actor_role, c.client_id, e.action, e.resource_type, c.resource_id, e.on_behalf_of, e.reason, e.ip, e.user_agent
         FROM audit_entry e CROSS JOIN LATERAL unnest(e.client_ids, e.resource_ids) WITH ORDINALITY AS c(client_id, resource_id, n)
        WHERE e.client_ids IS NOT NULL
        ORDER BY e.id, c.n`,
    );
    await db.query(`DELETE FROM audit_entry WHERE client_ids IS NOT NULL`);
    await db.query(`ALTER TABLE audit_entry DROP COLUMN client_ids, DROP COLUMN resource_ids`);
  }
}
