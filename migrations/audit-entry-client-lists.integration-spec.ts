import { createEmptyDatabase, TestDatabase } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntryClientLists1796490000000 } from './1796490000000-audit-entry-client-lists';
import { ALL_MIGRATIONS } from './index';

jest.setTimeout(120_000);

/**
 * Undoing the list entries of the access log (issue 12) loses nothing: each list entry becomes one
 * entry per client it showed again, with that client's resource, in the list's order, and the
 * other entries stay as they were.
 */
describe('migration AuditEntryClientLists undone', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createEmptyDatabase();
    const upTo = ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf(AuditEntryClientLists1796490000000) + 1);
    ds = new DataSource({ type: 'postgres', url: db.url, migrations: upTo });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('turns each list entry back into one entry per client shown', async () => {
    const [worker, a, b, single] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await ds.query(
      `INSERT INTO audit_entry (occurred_at, actor_id, actor_role, action, resource_type, ip, user_agent, client_ids, resource_ids)
       VALUES ('2026-12-04T10:00:00Z', $1, 'worker', 'read', 'message_inbox', '192.0.2.7', 'jest', $2, $3)`,
      [worker, [a, b], ['thread-a', 'thread-b']],
    );
    await ds.query(
      `INSERT INTO audit_entry (occurred_at, actor_id, actor_role, client_id, action, resource_type, resource_id)
       VALUES ('2026-12-04T11:00:00Z', $1, 'worker', $2, 'read', 'dossier', 'case-1')`,
      [worker, single],
    );

    await ds.undoLastMigration({ transaction: 'each' });

    const rows = await ds.query(
      `SELECT occurred_at, actor_id, actor_role, client_id, action, resource_type, resource_id, ip, user_agent FROM audit_entry ORDER BY id`,
    );
    const inboxLine = (clientId: string, resourceId: string) => ({
      occurred_at: new Date('2026-12-04T10:00:00Z'),
      actor_id: worker,
      actor_role: 'worker',
      client_id: clientId,
      action: 'read',
      resource_type: 'message_inbox',
      resource_id: resourceId,
      ip: '192.0.2.7',
      user_agent: 'jest',
    });
    expect(rows).toEqual([
      {
        occurred_at: new Date('2026-12-04T11:00:00Z'),
        actor_id: worker,
        actor_role: 'worker',
        client_id: single,
        action: 'read',
        resource_type: 'dossier',
        resource_id: 'case-1',
        ip: null,
        user_agent: null,
      },
      inboxLine(a, 'thread-a'),
      inboxLine(b, 'thread-b'),
    ]);
    const columns = await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'audit_entry' AND column_name LIKE '%_ids'`);
    expect(columns).toEqual([]);
  });
});
