import { createTestApp, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { AuditLogReader, AuditService, AuthUser } from '../../index';

/**
 * A list view (inbox, caseload, …) is one access-log entry naming every client it showed (issue 12:
 * one row per client was nearly all of the inbox's database time). Whoever reads the log still sees
 * one line per client: the client's own log, the data export, the admin's search and the check for
 * unusual reads.
 */
describe('access log list entries', () => {
  let t: TestApp;
  let audit: AuditService;
  let reader: AuditLogReader;
  const meta = { ip: '192.0.2.7', userAgent: 'jest' };

  beforeAll(async () => {
    t = await createTestApp({ imports: [] });
    audit = t.app.get(AuditService);
    reader = t.app.get(AuditLogReader);
  });
  afterAll(() => t.close());

  const worker = (): AuthUser => ({ id: randomUUID(), role: 'worker', organisationId: randomUUID() });
  const today = () => t.clock.now().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

  it('writes one row for a list view and shows a line per client, in the order shown', async () => {
    const who = worker();
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    // Resource ids are text: quotes, backslashes, commas and braces arrive as they were.
    const shown = [
      { clientId: a, resourceId: randomUUID() },
      { clientId: b, resourceId: 'thread "7", {b}\\c' },
      { clientId: c, resourceId: null },
    ];
    await audit.recordList({ actor: who, action: 'read', resourceType: 'message_inbox', ...meta }, shown);

    const rows = await t.dataSource.query(`SELECT client_id, resource_id, client_ids, resource_ids FROM audit_entry WHERE actor_id = $1`, [
      who.id,
    ]);
    expect(rows).toEqual([{ client_id: null, resource_id: null, client_ids: [a, b, c], resource_ids: shown.map((s) => s.resourceId) }]);

    const lines = await reader.search({ accountIds: [who.id] }, 10, 0);
    expect(lines.map((l) => [l.clientId, l.resourceId])).toEqual(shown.map((s) => [s.clientId, s.resourceId]));
    expect(new Set(lines.map((l) => l.id)).size).toBe(3);
    expect(lines[0]).toMatchObject({
      actorId: who.id,
      actorRole: 'worker',
      action: 'read',
      resourceType: 'message_inbox',
      ip: '192.0.2.7',
    });
    expect(await reader.count({ accountIds: [who.id] })).toBe(3);
  });

  it("shows a list entry in each listed client's own log, counts and export, beside their other entries", async () => {
    const who = worker();
    const client = randomUUID();
    const threadId = randomUUID();
    await audit.record({ actor: who, action: 'read', resourceType: 'dossier', resourceId: 'case-1', clientId: client, ...meta });
    await audit.recordList({ actor: who, action: 'read', resourceType: 'message_inbox', ...meta }, [
      { clientId: randomUUID(), resourceId: randomUUID() },
      { clientId: client, resourceId: threadId },
    ]);

    const mine = await reader.aboutClient(client);
    expect(mine.map((l) => [l.clientId, l.resourceType, l.resourceId])).toEqual(
      expect.arrayContaining([
        [client, 'message_inbox', threadId],
        [client, 'dossier', 'case-1'],
      ]),
    );
    expect(mine).toHaveLength(2);
    expect(await reader.countAboutClient(client)).toBe(2);
    const groups = await reader.groupedAboutClient(client, { message_inbox: 'messages', dossier: 'dossier' }, 10, 0);
    expect(groups.map((g) => [g.kind, g.times]).sort()).toEqual([
      ['dossier', 1],
      ['messages', 1],
    ]);
    // The admin's search for this client finds the list line too, and only this client's line of it.
    const searched = await reader.search({ accountIds: [who.id], clientId: client }, 10, 0);
    expect(searched.map((l) => l.resourceId).sort()).toEqual(['case-1', threadId].sort());
    expect(await reader.count({ accountIds: [who.id], clientId: client })).toBe(2);
  });

  it('counts every client of a list view as read for the unusual-reads check', async () => {
    const who = worker();
    const clients = Array.from({ length: 4 }, () => randomUUID());
    await audit.recordList(
      { actor: who, action: 'read', resourceType: 'caseload', ...meta },
      clients.map((clientId) => ({ clientId, resourceId: randomUUID() })),
    );
    const filter = { staffIds: [who.id], clientIds: clients.slice(0, 3), from: today(), to: today() };
    expect((await reader.clientsReadBy(filter)).sort()).toEqual(clients.slice(0, 3).sort());
    expect(await reader.readsAbove(filter, 2, [])).toEqual([{ actorId: who.id, day: today(), clientCount: 3 }]);
    expect(await reader.readsAbove(filter, 2, [{ clientId: clients[0], actorId: who.id }])).toEqual([]);
  });

  it('writes nothing for an empty list', async () => {
    const who = worker();
    await audit.recordList({ actor: who, action: 'read', resourceType: 'caseload', ...meta }, []);
    expect(await t.dataSource.query(`SELECT 1 FROM audit_entry WHERE actor_id = $1`, [who.id])).toEqual([]);
  });

  it('refuses a list entry whose clients and resources do not pair up', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO audit_entry (occurred_at, action, resource_type, client_ids, resource_ids) VALUES (now(), 'read', 'x', $1, $2)`,
        [[randomUUID(), randomUUID()], ['only-one']],
      ),
    ).rejects.toThrow(/audit_entry_client_list/);
  });
});
