// On the demo seed on purpose: this spec tests that the demo makes the targets, topics and trainings tabs meaningful.
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DemoModule,
  DemoSeedService,
  seedCaseloadDemo,
  seedEvaluationDemo,
  seedInsightDemo,
  seedIntakeDemo,
  seedTableBYear,
  seedTrainingsDemo,
} from '@nabij/demo/api';
import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { bearer, createTestApp, FixedClock, TestApp } from '@nabij/platform/testing';
import type { OnlineTargetReport, TopicTrendReport, TrainingDropoutReport } from '@nabij/reports/contracts';
import { ReportsModule } from '../index';
import { loadDemoContext } from './testing/report-test-data';

jest.setTimeout(240_000);

describe('targets, topics and trainings demo data', () => {
  let t: TestApp;
  let year: number;
  let halfYear: string;
  let lead: { token: string };
  let admin: { token: string };

  beforeAll(async () => {
    // The demo is written relative to today, so the report's clock is today too.
    t = await createTestApp({ imports: [IdentityModule, DemoModule, DossierModule, ReportsModule], clock: new FixedClock(new Date()) });
    await t.app.get(DemoSeedService).seedOnce();
    const [row] = await t.dataSource.query(
      `SELECT extract(year FROM now() AT TIME ZONE 'Europe/Amsterdam')::int AS year, to_char(now(), 'YYYY-MM-DD') AS now,
              to_char(date_trunc('month', now()) - interval '6 months', 'YYYY-MM-DD') AS from,
              to_char(date_trunc('month', now()) - interval '1 day', 'YYYY-MM-DD') AS to`,
    );
    year = row.year;
    halfYear = `from=${row.from}&to=${row.to}`;
    await t.dataSource.transaction(async (db) => {
      const ctx = await loadDemoContext(db);
      await seedCaseloadDemo(db, ctx);
      await seedTrainingsDemo(db, ctx);
      await seedTableBYear(db, ctx);
      await seedEvaluationDemo(db, ctx);
      await seedIntakeDemo(db, ctx);
      await seedInsightDemo(db, ctx);
    });
    lead = { token: await t.login(DEMO_ACCOUNTS.teamLead, DEMO_PASSWORD) };
    admin = { token: await t.login(DEMO_ACCOUNTS.admin, DEMO_PASSWORD) };
  });
  afterAll(() => t.close());

  const ok = async <T>(path: string, who: { token: string }) => {
    const res = await t.http().get(`/api/reports/${path}`).set(bearer(who));
    expect(res.status).toBe(200);
    return res.body as T;
  };

  it('shows last year about 18 % reached against 30 %, and 90 % set for this year', async () => {
    const last = await ok<OnlineTargetReport>(`online-targets?year=${year - 1}`, admin);
    expect(last.total.actualPercent).toBeGreaterThanOrEqual(16);
    expect(last.total.actualPercent).toBeLessThanOrEqual(20);
    expect(last.rows.find((r) => r.financier === 'Leiden')?.targetPercent).toBe(30);
    const now = await ok<OnlineTargetReport>(`online-targets?year=${year}`, lead);
    const leiden = now.rows.find((r) => r.financier === 'Leiden')!;
    expect(leiden.targetPercent).toBe(90);
    expect(leiden.actualPercent).toBeLessThan(90);
    expect(leiden.movable).toBeGreaterThan(0);
  });

  it('shows the team lead a rise in money problems over the last six months', async () => {
    const r = await ok<TopicTrendReport>(`topics?${halfYear}`, lead);
    const money = r.months.map((m) => m.areas['materiele_problematiek'] ?? 0);
    expect(money).toHaveLength(6);
    expect(money[5]).toBe(Math.max(...money));
    expect(money[5]).toBeGreaterThan(money[1]);
    expect(money.filter((n) => n >= 5).length).toBeGreaterThanOrEqual(3);
  });

  it('shows drop-out right after module 1 of the assertiveness course, and the trainer’s response time', async () => {
    const from = new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date().toISOString().slice(0, 10);
    const r = await ok<TrainingDropoutReport>(`trainings?from=${from}&to=${to}`, admin);
    const course = r.courses.find((c) => c.title.startsWith('Assertiviteit'))!;
    expect(course.started).toBeGreaterThanOrEqual(20);
    const dropped = course.modules.map((m) => m.droppedHere ?? 0);
    expect(Math.max(...dropped)).toBe(dropped[1]);
    expect(dropped[1]).toBeGreaterThanOrEqual(5);
    expect(course.medianResponseHours).not.toBeNull();
  });
});
