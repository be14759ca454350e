import { Controller, Get, Param } from '@nestjs/common';
import { createTestApp, TEST_JWT_SECRET, TestApp } from '@nabij/platform/testing';
import { sign } from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AuditService, AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '../../index';
import { AuditRepository, type AuditRow } from './audit.repository';

/** A professional's read of client data, as the dossier and inbox routes log it. */
@Controller('audit-probe')
class AuditProbeController {
  constructor(private readonly audit: AuditService) {}

  @Get(':clientId')
  @Roles('worker')
  async read(@CurrentUser() user: AuthUser, @Param('clientId') clientId: string, @ReqMeta() meta: RequestMeta): Promise<{ read: string }> {
    await this.audit.record({ actor: user, action: 'read', resourceType: 'probe', resourceId: clientId, clientId, ...meta });
    return { read: clientId };
  }
}

/** Whether a committed entry for this client exists, seen from a connection of its own. */
async function committedFor(url: string, clientIds: string[]): Promise<Set<string>> {
  const client = new Client(url);
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT client_id FROM audit_entry WHERE client_id = ANY($1::uuid[])`, [clientIds]);
    return new Set(rows.map((r: { client_id: string }) => r.client_id));
  } finally {
    await client.end();
  }
}

/**
 * Reads are logged by group commit (issue 12): entries that arrive while an INSERT runs share the
 * next one. NEN 7513 wants every read logged, so a read is answered only once its entry is
 * committed, a failed write fails the read, and shutdown writes what is still waiting.
 */
describe('audit log group commit', () => {
  let t: TestApp;
  const worker: AuthUser = { id: randomUUID(), role: 'worker', organisationId: randomUUID() };
  const get = (clientId: string, token = t.tokenFor(worker)) =>
    t.http().get(`/api/audit-probe/${clientId}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await createTestApp({ imports: [{ module: class AuditProbeModule {}, controllers: [AuditProbeController] }] });
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('answers each of 30 parallel reads only after its own entry is committed', async () => {
    const clients = Array.from({ length: 30 }, () => randomUUID());
    const seenAtAnswer = await Promise.all(
      clients.map(async (clientId) => {
        const res = await get(clientId);
        expect(res.status).toBe(200);
        return (await committedFor(t.database.url, [clientId])).has(clientId);
      }),
    );
    expect(seenAtAnswer).toEqual(clients.map(() => true));
    const [entry] = await t.dataSource.query(`SELECT * FROM audit_entry WHERE client_id = $1`, [clients[0]]);
    expect(entry).toMatchObject({
      actor_id: worker.id,
      actor_role: 'worker',
      action: 'read',
      resource_type: 'probe',
      resource_id: clients[0],
    });
  });

  it('holds the answer while the INSERT of its entry is still running', async () => {
    const insertMany = AuditRepository.prototype.insertMany;
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let writing!: () => void;
    const started = new Promise<void>((resolve) => (writing = resolve));
    jest.spyOn(AuditRepository.prototype, 'insertMany').mockImplementationOnce(async function (this: AuditRepository, ...args) {
      writing();
      await gate;
      return insertMany.apply(this, args);
    });
    const clientId = randomUUID();
    let answered = false;
    const answer = get(clientId).then((res) => {
      answered = true;
      return res;
    });
    await started;
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    openGate();
    expect((await answer).status).toBe(200);
    expect(await committedFor(t.database.url, [clientId])).toEqual(new Set([clientId]));
  });

  it('writes 30 entries handed in at once with one INSERT, and 30 more that arrive while it runs with the next', async () => {
    const inserts = jest.spyOn(AuditRepository.prototype, 'insertMany');
    const audit = t.app.get(AuditService);
    const record = (clientId: string) => audit.record({ actor: worker, action: 'read', resourceType: 'probe', clientId });
    const first = Array.from({ length: 30 }, () => randomUUID());
    const second = Array.from({ length: 30 }, () => randomUUID());
    const firstWritten = Promise.all(first.map(record));
    // Once the first INSERT is on its way (the group waits one turn of the event loop), hand in more.
    await new Promise((resolve) => setImmediate(resolve));
    const secondWritten = Promise.all(second.map(record));
    await Promise.all([firstWritten, secondWritten]);
    expect(inserts.mock.calls.map(([rows]) => rows.map((r) => r.clientId))).toEqual([first, second]);
    expect(await committedFor(t.database.url, [...first, ...second])).toEqual(new Set([...first, ...second]));
  });

  it('writes every column of each entry as given when entries with different requests share one INSERT, in the order given', async () => {
    const audit = t.app.get(AuditService);
    const colleague: AuthUser = { id: randomUUID(), role: 'team_lead', organisationId: worker.organisationId };
    const clients = Array.from({ length: 5 }, () => randomUUID());
    const inbox = { actor: worker, action: 'read' as const, resourceType: 'probe_list', ip: '192.0.2.7', userAgent: 'Firefox/140' };
    t.clock.set('2026-03-02T09:00:00Z');
    const first = audit.recordMany(clients.slice(0, 3).map((clientId, i) => ({ ...inbox, clientId, resourceId: `thread-${i}` })));
    t.clock.set('2026-03-02T09:00:01Z');
    const second = audit.recordMany([
      {
        actor: colleague,
        action: 'export',
        resourceType: 'probe_export',
        clientId: clients[3],
        onBehalfOf: clients[4],
        reason: 'AVG-verzoek',
      },
      {
        actor: null,
        action: 'read',
        resourceType: 'probe_list',
        clientId: clients[4],
        resourceId: null,
        ip: '192.0.2.7',
        userAgent: 'Firefox/140',
      },
    ]);
    await Promise.all([first, second]);
    await t.dataSource.transaction((db) =>
      audit.recordMany([{ ...inbox, clientId: clients[0], resourceId: 'in-a-transaction', ip: null, userAgent: null }], db),
    );
    const rows = await t.dataSource.query(
      `SELECT occurred_at, actor_id, actor_role, client_id, action, resource_type, resource_id, on_behalf_of, reason, ip, user_agent
         FROM audit_entry WHERE client_id = ANY($1::uuid[]) ORDER BY id`,
      [clients],
    );
    const at = (iso: string) => new Date(iso);
    const head = {
      occurred_at: at('2026-03-02T09:00:00Z'),
      actor_id: worker.id,
      actor_role: 'worker',
      action: 'read',
      resource_type: 'probe_list',
    };
    const plain = { on_behalf_of: null, reason: null };
    expect(rows).toEqual([
      { ...head, ...plain, client_id: clients[0], resource_id: 'thread-0', ip: '192.0.2.7', user_agent: 'Firefox/140' },
      { ...head, ...plain, client_id: clients[1], resource_id: 'thread-1', ip: '192.0.2.7', user_agent: 'Firefox/140' },
      { ...head, ...plain, client_id: clients[2], resource_id: 'thread-2', ip: '192.0.2.7', user_agent: 'Firefox/140' },
      {
        occurred_at: at('2026-03-02T09:00:01Z'),
        actor_id: colleague.id,
        actor_role: 'team_lead',
        client_id: clients[3],
        action: 'export',
        resource_type: 'probe_export',
        resource_id: null,
        on_behalf_of: clients[4],
        reason: 'AVG-verzoek',
        ip: null,
        user_agent: null,
      },
      {
        occurred_at: at('2026-03-02T09:00:01Z'),
        actor_id: null,
        actor_role: null,
        client_id: clients[4],
        action: 'read',
        resource_type: 'probe_list',
        resource_id: null,
        ...plain,
        ip: '192.0.2.7',
        user_agent: 'Firefox/140',
      },
      {
        ...head,
        ...plain,
        occurred_at: at('2026-03-02T09:00:01Z'),
        client_id: clients[0],
        resource_id: 'in-a-transaction',
        ip: null,
        user_agent: null,
      },
    ]);
  });

  it('keeps apart two entries in one INSERT that differ in any one detail of their request', async () => {
    const base: Omit<AuditRow, 'clientId'> = {
      occurredAt: new Date('2026-03-02T09:00:00Z'),
      actorId: worker.id,
      actorRole: 'worker',
      action: 'read',
      resourceType: 'probe',
      resourceId: 'same',
      onBehalfOf: null,
      reason: null,
      ip: '192.0.2.7',
      userAgent: 'Firefox/140',
    };
    const changes: Array<Partial<AuditRow>> = [
      { occurredAt: new Date('2026-03-02T09:00:00.001Z') },
      { actorId: randomUUID() },
      { actorRole: 'team_lead' },
      { action: 'export' },
      { resourceType: 'other' },
      { onBehalfOf: randomUUID() },
      { reason: 'AVG-verzoek' },
      { ip: '192.0.2.8' },
      { userAgent: 'Safari/18' },
    ];
    const rows = changes.flatMap((change) => [
      { ...base, clientId: randomUUID() },
      { ...base, ...change, clientId: randomUUID() },
    ]);
    await new AuditRepository(t.dataSource).insertMany(rows);
    const written = await t.dataSource.query(
      `SELECT occurred_at AS "occurredAt", actor_id AS "actorId", actor_role AS "actorRole", client_id AS "clientId", action,
              resource_type AS "resourceType", resource_id AS "resourceId", on_behalf_of AS "onBehalfOf", reason, ip, user_agent AS "userAgent"
         FROM audit_entry WHERE client_id = ANY($1::uuid[]) ORDER BY id`,
      [rows.map((r) => r.clientId)],
    );
    expect(written).toEqual(rows);
  });

  it('fails the read with 500 when its entry cannot be written, and never answers the data', async () => {
    const refused = randomUUID();
    // As a full disk or a lost connection would: the INSERT of this client's entry fails.
    await t.dataSource.query(`CREATE FUNCTION audit_probe_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.client_id = '${refused}' THEN RAISE EXCEPTION 'could not write the audit log'; END IF; RETURN NEW; END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER audit_probe_refuse BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_probe_refuse()`,
    );
    try {
      const res = await get(refused);
      expect(res.status).toBe(500);
      expect(res.body.read).toBeUndefined();
      expect(await committedFor(t.database.url, [refused])).toEqual(new Set());
    } finally {
      await t.dataSource.query(`DROP TRIGGER audit_probe_refuse ON audit_entry; DROP FUNCTION audit_probe_refuse()`);
    }
  });

  it("lets one entry that cannot be written fail only its own caller, not the others' in the same INSERT", async () => {
    const audit = t.app.get(AuditService);
    const good = Array.from({ length: 5 }, () => randomUUID());
    const results = await Promise.allSettled([
      ...good.map((clientId) => audit.record({ actor: worker, action: 'read', resourceType: 'probe', clientId })),
      audit.record({ actor: worker, action: 'read', resourceType: 'probe', clientId: 'not-a-uuid' }),
    ]);
    expect(results.map((r) => r.status)).toEqual([...good.map(() => 'fulfilled'), 'rejected']);
    expect(await committedFor(t.database.url, good)).toEqual(new Set(good));
  });

  it('refuses a token signed with another secret and an expired one with 401 (the access token check reads a prepared key)', async () => {
    const claims = { sub: worker.id, role: 'worker', org: worker.organisationId, sid: randomUUID() };
    const clientId = randomUUID();
    expect((await get(clientId, sign(claims, 'another-secret-that-is-long-enough-for-hs256', { expiresIn: 60 }))).status).toBe(401);
    expect((await get(clientId, sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 5 }, TEST_JWT_SECRET))).status).toBe(401);
    expect((await get(clientId, sign(claims, TEST_JWT_SECRET, { expiresIn: 60 }))).status).toBe(200);
  });

  it('lets shutdown wait for a write that is still running', async () => {
    const audit = t.app.get(AuditService);
    const insertMany = AuditRepository.prototype.insertMany;
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    jest.spyOn(AuditRepository.prototype, 'insertMany').mockImplementationOnce(async function (this: AuditRepository, ...args) {
      await gate;
      return insertMany.apply(this, args);
    });
    const clients = Array.from({ length: 3 }, () => randomUUID());
    const written = Promise.all(
      clients.map((clientId) => audit.record({ actor: worker, action: 'read', resourceType: 'probe', clientId })),
    );
    await new Promise((resolve) => setImmediate(resolve));
    let shutDown = false;
    const shutdown = audit.beforeApplicationShutdown().then(() => (shutDown = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(shutDown).toBe(false);
    openGate();
    await shutdown;
    await written;
    expect(await committedFor(t.database.url, clients)).toEqual(new Set(clients));
  });

  it('writes the entries still waiting when the app shuts down, before the database connection closes', async () => {
    // Last in this file: a second app in this process takes over passport's 'jwt' strategy, which
    // stays bound to that app's (then closed) database for the requests of the first one.
    const other = await createTestApp({ imports: [] });
    const clients = Array.from({ length: 20 }, () => randomUUID());
    const audit = other.app.get(AuditService);
    const pending = clients.map((clientId) => audit.record({ actor: worker, action: 'read', resourceType: 'probe', clientId }));
    try {
      await other.app.close();
      await expect(Promise.all(pending)).resolves.toBeDefined();
      expect(await committedFor(other.database.url, clients)).toEqual(new Set(clients));
    } finally {
      await other.database.drop();
    }
  });
});
