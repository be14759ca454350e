// On the full demo seed on purpose: what `npm start` shows under Herinneringen and in the client's agenda.
import { DemoModule, DemoSeedService, DEMO_ACCOUNTS, DEMO_PASSWORD } from '@nabij/demo/api';
import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { bearer, createTestApp, FixedClock, TestApp } from '@nabij/platform/testing';
import type { NoShowReport } from '@nabij/reminders/contracts';
import { RemindersModule } from './reminders.module';

jest.setTimeout(180_000);

describe('reminders in the demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The demo is written relative to the database's now(): the clock stands there too.
    t = await createTestApp({ imports: [IdentityModule, DossierModule, RemindersModule, DemoModule], clock: new FixedClock(new Date()) });
    await t.app.get(DemoSeedService).seedOnce(true);
  });
  afterAll(() => t?.close());

  it('shows the team lead a year of no-shows, fewer since reminders were switched on', async () => {
    const lead = await t.login(DEMO_ACCOUNTS.teamLead, DEMO_PASSWORD);
    const report: NoShowReport = (await t.http().get('/api/reminders/no-show-report').set(bearer(lead)).expect(200)).body;
    expect(report.enabledSince).toMatch(/^\d{4}-\d{2}-01$/);
    expect(report.months.filter((m) => m.remindersOn)).toHaveLength(4);
    expect(report.before.attended + report.before.noShow).toBeGreaterThan(40);
    expect(report.before.noShowPercent!).toBeGreaterThan(report.after.noShowPercent!);
  });

  it('gives the demo client SMS reminders and an open request to move that the worker sees', async () => {
    const client = await t.login(DEMO_ACCOUNTS.client, DEMO_PASSWORD);
    expect((await t.http().get('/api/reminders/contact').set(bearer(client)).expect(200)).body).toEqual({
      mobile: '+31612345678',
      smsOptIn: true,
    });
    const cases: Array<{ id: string; closedOn: string | null }> = (await t.http().get('/api/dossier/mine').set(bearer(client)).expect(200))
      .body;
    const mine = (
      await t
        .http()
        .get(`/api/dossier/mine/${cases.find((c) => !c.closedOn)!.id}`)
        .set(bearer(client))
        .expect(200)
    ).body;
    const open = mine.appointments.filter(
      (a: { change: { kind: string; answeredAt: string | null } | null }) => a.change?.kind === 'move' && !a.change.answeredAt,
    );
    expect(open).toHaveLength(1);
    const worker = await t.login(DEMO_ACCOUNTS.worker, DEMO_PASSWORD);
    const seen = (await t.http().get(`/api/dossier/cases/${mine.case.id}`).set(bearer(worker)).expect(200)).body;
    expect(seen.appointments.find((a: { id: string }) => a.id === open[0].id).change.reason).toContain('huisarts');
    const [planned] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM appointment_reminder r JOIN appointment a ON a.id = r.appointment_id WHERE a.case_id = $1 AND r.state = 'scheduled'`,
      [mine.case.id],
    );
    expect(planned.n).toBeGreaterThan(0);
  });
});
