import type { DossierAccessGroup, DossierAccessPage } from '@nabij/dossier/contracts';
import { ACCESS_KINDS, ACCESS_LOG_PAGE_SIZE } from '@nabij/dossier/contracts';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { AuditService } from '@nabij/platform/api';
import { bearer, createTestApp, HOUR, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { DossierModule } from './dossier.module';
import { makeCase } from './testing/case-factory';

jest.setTimeout(90_000);

/**
 * Issue 19.4: "Wie heeft mijn dossier ingezien" grouped per Dutch day, person, kind of data and action
 * ("Youssef bekeek je chatgesprek (3×)"), in kinds a client understands instead of table names, paged.
 */
describe('the client’s access log, grouped', () => {
  let t: TestApp;
  let orgId: string;
  let financierId: string;
  let teamId: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule] });
    const org = await makeOrganisation(t);
    orgId = org.organisationId;
    financierId = org.financierId;
    teamId = org.teamId;
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T09:00:00Z')); // Monday 10:00 in Amsterdam

  const newClient = () => makeClient(t, { organisationId: orgId, financierId });
  const log = async (client: TestAccount, page?: number): Promise<DossierAccessPage> =>
    (
      await t
        .http()
        .get(`/api/dossier/access-log${page ? `?page=${page}` : ''}`)
        .set(bearer(client))
        .expect(200)
    ).body;
  /** What the services write when a worker reads a chat, a homework hand-in and so on (as chat and trainings do). */
  const read = (worker: TestAccount, client: TestAccount, resourceType: string) =>
    t.app.get(AuditService).record({ actor: worker, action: 'read', resourceType, resourceId: null, clientId: client.id });

  it('groups reads per day and person with how often, in plain kinds, never table names', async () => {
    const client = await newClient();
    const youssef = await makeWorker(t, { organisationId: orgId, teamId, name: 'Youssef Amrani' });
    for (const type of ['chat_transcript', 'chat_session', 'chat_transcript']) await read(youssef, client, type);
    t.clock.advance(HOUR / 60); // the homework a minute later: the most recent first within a day
    await read(youssef, client, 'training_submission');
    t.clock.advance(24 * HOUR); // Tuesday
    await read(youssef, client, 'chat_transcript');

    const { groups, hasMore } = await log(client);
    const lines = groups.map((g: DossierAccessGroup) => [g.day, g.who.name, g.action, g.kind, g.times]);
    expect(lines).toEqual([
      ['2026-03-03', 'Youssef Amrani', 'read', 'chat', 1],
      ['2026-03-02', 'Youssef Amrani', 'read', 'training', 1],
      ['2026-03-02', 'Youssef Amrani', 'read', 'chat', 3],
    ]);
    expect(hasMore).toBe(false);
    expect(JSON.stringify(groups)).not.toMatch(/chat_session|chat_transcript|training_submission/);
    for (const g of groups) expect(ACCESS_KINDS).toContain(g.kind);
  });

  it('puts a read late in the evening (Amsterdam) on that Dutch day, and unknown resource types under other', async () => {
    const client = await newClient();
    const worker = await makeWorker(t, { organisationId: orgId, teamId });
    t.clock.set('2026-03-02T22:30:00Z'); // Monday 23:30 in Amsterdam
    await read(worker, client, 'something_new');
    t.clock.set('2026-03-02T23:30:00Z'); // Tuesday 00:30 in Amsterdam
    await read(worker, client, 'dossier');
    const { groups } = await log(client);
    expect(groups.map((g) => [g.day, g.kind])).toEqual([
      ['2026-03-03', 'dossier'],
      ['2026-03-02', 'other'],
    ]);
  });

  it('pages the groups: 40 a page, hasMore while there are more, and a bad page is a 400 naming page', async () => {
    const client = await newClient();
    const worker = await makeWorker(t, { organisationId: orgId, teamId });
    // One group per day: 41 days with a read each.
    for (let day = 0; day < ACCESS_LOG_PAGE_SIZE + 1; day++) {
      await read(worker, client, 'dossier');
      t.clock.advance(24 * HOUR);
    }
    const first = await log(client);
    expect(first.groups).toHaveLength(ACCESS_LOG_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    const second = await log(client, 2);
    expect(second).toMatchObject({ page: 2, hasMore: false });
    expect(second.groups.map((g) => g.day)).toEqual(['2026-03-02']);
    const bad = await t.http().get('/api/dossier/access-log?page=0').set(bearer(client));
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toHaveProperty('page');
  });

  it('shows only the client’s own entries, never their own actions, and only to clients', async () => {
    const client = await newClient();
    const other = await newClient();
    const worker = await makeWorker(t, { organisationId: orgId, teamId });
    const c = await makeCase(t, { worker, clientId: client.id, openedOn: '2026-02-01' });
    await t.http().get(`/api/dossier/cases/${c.id}`).set(bearer(worker)).expect(200);
    await t.http().get(`/api/dossier/mine/${c.id}`).set(bearer(client)).expect(200);
    const mine = await log(client);
    expect(mine.groups.every((g) => g.who.id !== client.id)).toBe(true);
    expect(mine.groups).toContainEqual(
      expect.objectContaining({ kind: 'dossier', action: 'read', who: expect.objectContaining({ id: worker.id }) }),
    );
    expect((await log(other)).groups).toEqual([]);
    expect((await t.http().get('/api/dossier/access-log').set(bearer(worker))).status).toBe(403);
  });
});
