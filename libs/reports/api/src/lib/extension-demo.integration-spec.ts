// On the demo seed on purpose: this spec tests that the demo makes the conversation limit meaningful.
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoModule, DemoSeedService, seedCaseloadDemo, seedConversationLimitDemo } from '@nabij/demo/api';
import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { bearer, createTestApp, TestApp } from '@nabij/platform/testing';
import type { ExtensionReport } from '@nabij/reports/contracts';
import { TimeModule } from '@nabij/time/api';
import type { ConversationAllowance, ExtensionForLead } from '@nabij/time/contracts';
import { ReportsModule } from '../index';
import { loadDemoContext } from './testing/report-test-data';

jest.setTimeout(180_000);

describe('conversation limit demo data', () => {
  let t: TestApp;
  let lead: { token: string };
  let worker: { token: string };

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DemoModule, DossierModule, TimeModule, ReportsModule] });
    await t.app.get(DemoSeedService).seedOnce();
    await t.dataSource.transaction(async (db) => {
      const ctx = await loadDemoContext(db);
      await seedCaseloadDemo(db, ctx);
      await seedConversationLimitDemo(db, ctx);
    });
    lead = { token: await t.login(DEMO_ACCOUNTS.teamLead, DEMO_PASSWORD) };
    worker = { token: await t.login(DEMO_ACCOUNTS.worker, DEMO_PASSWORD) };
  });
  afterAll(() => t.close());

  it('sets five conversations in general social work and face to face 60 + 60 report', async () => {
    expect((await t.http().get('/api/time/limits').set(bearer(worker))).body).toEqual({
      algemeen_mw: 5,
      hulp_online: null,
      school_mw: null,
    });
    expect((await t.http().get('/api/time/defaults').set(bearer(worker))).body.face_to_face).toBe(60);
    expect((await t.http().get('/api/time/defaults/report-lines').set(bearer(worker))).body).toEqual({ face_to_face: 60, phone: null });
  });

  it('shows the team lead one request waiting, which the demo worker sees on the case', async () => {
    const waiting = (await t.http().get('/api/time/extensions').set(bearer(lead))).body as ExtensionForLead[];
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ status: 'pending', extra: 2, kindOfWork: 'algemeen_mw', allowed: 5 });
    const view = (await t.http().get(`/api/time/cases/${waiting[0].caseId}/conversations`).set(bearer(worker)))
      .body as ConversationAllowance;
    expect(view).toMatchObject({ limit: 5, allowed: 5, pending: { id: waiting[0].id } });
    const decided = (await t.http().get('/api/time/extensions?status=decided').set(bearer(lead))).body as ExtensionForLead[];
    expect(decided.map((r) => r.status).sort()).toEqual(['approved', 'refused']);
  });

  it('gives the report of the last quarter one approved, one refused and one waiting request', async () => {
    const [{ from, to }] = await t.dataSource.query(
      `SELECT to_char(now() - interval '90 days', 'YYYY-MM-DD') AS from, to_char(now() + interval '1 day', 'YYYY-MM-DD') AS to`,
    );
    const res = await t.http().get(`/api/reports/extensions?from=${from}&to=${to}`).set(bearer(lead));
    expect(res.status).toBe(200);
    expect((res.body as ExtensionReport).total).toEqual({ requested: 3, approved: 1, refused: 1, pending: 1, extraApproved: 3 });
  });
});
