// On the demo seed on purpose: this spec tests the caseload part of the demo itself.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoContext, DemoModule, DemoSeedService, seedCaseloadDemo } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { DeadlineService, MessagesModule } from '@nabij/messages/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { DossierModule } from '../index';

async function demoContext(t: TestApp): Promise<DemoContext> {
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const account = async (email: string) => (await q(`SELECT id, organisation_id, password_hash FROM account WHERE email = $1`, [email]))[0];
  const worker = await account(DEMO_ACCOUNTS.worker);
  return {
    organisationId: worker.organisation_id,
    financierIds: Object.fromEntries((await q(`SELECT name, id FROM financier`)).map((f: { name: string; id: string }) => [f.name, f.id])),
    teamIds: Object.fromEntries((await q(`SELECT name, id FROM team`)).map((f: { name: string; id: string }) => [f.name, f.id])),
    accountIds: {
      client: (await account(DEMO_ACCOUNTS.client)).id,
      worker: worker.id,
      teamLead: (await account(DEMO_ACCOUNTS.teamLead)).id,
      admin: (await account(DEMO_ACCOUNTS.admin)).id,
    },
    passwordHash: worker.password_hash,
  };
}

describe('caseload demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DemoModule, DossierModule, MessagesModule] });
    await t.app.get(DemoSeedService).seedOnce();
    // The demo uses the database's now(); put the test clock there too.
    t.clock.set((await t.dataSource.query(`SELECT now() AS now`))[0].now);
    const ctx = await demoContext(t);
    await t.dataSource.transaction((db) => seedCaseloadDemo(db, ctx));
  });
  afterAll(() => t.close());

  it('gives the demo worker about 30 open cases across the four financiers', async () => {
    const token = await t.login(DEMO_ACCOUNTS.worker, DEMO_PASSWORD);
    const cases = (await t.http().get('/api/dossier/cases').set('Authorization', `Bearer ${token}`)).body;
    expect(cases).toHaveLength(30);
    expect(new Set(cases.map((c: { financier: { name: string } }) => c.financier.name))).toEqual(
      new Set(['Leiden', 'Alphen aan den Rijn', 'Gouda', 'Lisse']),
    );
  });

  it('has threads answered, due soon and overdue, which the deadline check picks up', async () => {
    const token = await t.login(DEMO_ACCOUNTS.worker, DEMO_PASSWORD);
    const inbox: Array<{ dueAt: string | null; overdue: boolean; secondsLeft: number | null }> = (
      await t.http().get('/api/messages/inbox').set('Authorization', `Bearer ${token}`)
    ).body;
    expect(inbox.some((x) => x.dueAt === null)).toBe(true);
    expect(inbox.some((x) => x.overdue)).toBe(true);
    expect(inbox.some((x) => !x.overdue && x.secondsLeft !== null && x.secondsLeft < 6 * 3600)).toBe(true);
    expect(inbox.some((x) => x.secondsLeft !== null && x.secondsLeft > 24 * 3600)).toBe(true);
    const result = await t.app.get(DeadlineService).check();
    expect(result.warned).toBeGreaterThan(0);
    expect(result.escalated).toBeGreaterThan(0);
  });

  it("fills the demo client's own dossier and lets extra demo clients log in", async () => {
    const token = await t.login(DEMO_ACCOUNTS.client, DEMO_PASSWORD);
    const [mine] = (await t.http().get('/api/dossier/mine').set('Authorization', `Bearer ${token}`)).body;
    const dossier = (await t.http().get(`/api/dossier/mine/${mine.id}`).set('Authorization', `Bearer ${token}`)).body;
    expect(dossier).toMatchObject({ case: { financier: { name: 'Leiden' } }, readOnly: false });
    expect(dossier.goals).toHaveLength(3);
    expect(dossier.reports).toHaveLength(1);
    expect(dossier.appointments.map((a: { status: string }) => a.status)).toEqual(['attended', 'planned']);
    const threads = (await t.http().get('/api/messages/mine').set('Authorization', `Bearer ${token}`)).body;
    expect(threads[0].answerBy).not.toBeNull();
    await t.login('client07@demo.nabij.nl', DEMO_PASSWORD);
  });
});
