// On the demo seed on purpose: this spec tests that the demo makes the "Evaluaties" and "Instroom" tabs meaningful.
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DemoModule,
  DemoSeedService,
  seedCaseloadDemo,
  seedEvaluationDemo,
  seedIntakeDemo,
  seedTableBYear,
} from '@nabij/demo/api';
import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { bearer, createTestApp, TestApp } from '@nabij/platform/testing';
import type { EvaluationReport, IntakeReport } from '@nabij/reports/contracts';
import { ReportsModule } from '../index';
import { loadDemoContext } from './testing/report-test-data';

jest.setTimeout(180_000);

describe('evaluation and intake demo data', () => {
  let t: TestApp;
  let period: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DemoModule, DossierModule, ReportsModule] });
    await t.app.get(DemoSeedService).seedOnce();
    const [{ now, from }] = await t.dataSource.query(
      `SELECT to_char(now(), 'YYYY-MM-DD') AS now, to_char(now() - interval '179 days', 'YYYY-MM-DD') AS from`,
    );
    period = `from=${from}&to=${now}`;
    await t.dataSource.transaction(async (db) => {
      const ctx = await loadDemoContext(db);
      await seedCaseloadDemo(db, ctx);
      await seedTableBYear(db, ctx);
      await seedEvaluationDemo(db, ctx);
      await seedIntakeDemo(db, ctx);
    });
  });
  afterAll(() => t.close());

  it('shows the demo team lead figures for chat and messages, a trend and remarks without names', async () => {
    const lead = { token: await t.login(DEMO_ACCOUNTS.teamLead, DEMO_PASSWORD) };
    const res = await t.http().get(`/api/reports/evaluations?${period}`).set(bearer(lead));
    expect(res.status).toBe(200);
    const report = res.body as EvaluationReport;
    const shown = report.groups.filter((g) => !g.suppressed).map((g) => [g.team, g.channel]);
    expect(shown).toEqual([
      ['Team Leiden', 'chat'],
      ['Team Leiden', 'message'],
    ]);
    expect(report.trend.some((p) => p.suppressed)).toBe(true);
    expect(report.trend.some((p) => !p.suppressed)).toBe(true);
    const remarks = report.remarks.flatMap((g) => g.remarks);
    expect(remarks.length).toBeGreaterThan(3);
    expect(remarks).toContain('[…] legde de brief van de gemeente goed uit.');
    expect(remarks.join(' ')).not.toMatch(/Youssef|06-1234/);
  });

  it('shows the admin Team Rijnstreek as well', async () => {
    const admin = { token: await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD) };
    const report = (await t.http().get(`/api/reports/evaluations?${period}`).set(bearer(admin))).body as EvaluationReport;
    expect(report.groups.find((g) => g.team === 'Team Rijnstreek' && g.channel === 'chat')).toMatchObject({ suppressed: false });
  });

  it('shows the demo team lead how the new cases of the last half year came in, young clients mostly online', async () => {
    const lead = { token: await t.login(DEMO_ACCOUNTS.teamLead, DEMO_PASSWORD) };
    const report = (await t.http().get(`/api/reports/intake?${period}`).set(bearer(lead))).body as IntakeReport;
    expect(report.total).toBeGreaterThan(10);
    expect(report.channels.filter((c) => c.cases > 0).length).toBeGreaterThanOrEqual(6);
    expect(report.youngPercent.online).toBeGreaterThan(report.youngPercent.other ?? 0);
    expect(report.ages.some((a) => a.online !== null && a.online >= 5)).toBe(true);
  });
});
