import { createEmptyDatabase, TestDatabase } from '@nabij/platform/testing';
import { DataSource } from 'typeorm';
import { EnrolmentCase1764105200000 } from './1764105200000-enrolment-case';
import { ALL_MIGRATIONS } from './index';

/**
 * The enrolment-case migration binds existing enrolments to the case that was running when they
 * started. A case another worker opened later (the hole of issue 9, finding 4) must not win.
 */
describe('migration EnrolmentCase: backfill of training_enrolment.case_id', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const q = <T = Record<string, string>>(sql: string, params: unknown[] = []) => ds.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    db = await createEmptyDatabase();
    const before = ALL_MIGRATIONS.slice(0, ALL_MIGRATIONS.indexOf(EnrolmentCase1764105200000));
    ds = new DataSource({ type: 'postgres', url: db.url, migrations: before });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('picks the case running at enrolment (the enrolling worker’s first), never a later one or a closed one', async () => {
    const [org] = await q(`INSERT INTO organisation (name, slug) VALUES ('MW', 'mw-backfill') RETURNING id`);
    const [fin] = await q(`INSERT INTO financier (organisation_id, name) VALUES ($1, 'Leiden') RETURNING id`, [org.id]);
    const account = async (email: string, role: string) => (await q(`INSERT INTO account (email, role, name, organisation_id) VALUES ($1, $2, $1, $3) RETURNING id`, [email, role, org.id]))[0].id;
    const first = await account('first@backfill.test', 'worker');
    const second = await account('second@backfill.test', 'worker');
    const client = await account('client@backfill.test', 'client');
    const both = await account('both@backfill.test', 'client');
    const closedClient = await account('closed@backfill.test', 'client');
    const loner = await account('loner@backfill.test', 'client');
    const [training] = await q(`INSERT INTO training (organisation_id, title, created_at, updated_at) VALUES ($1, 'Assertiviteit', now(), now()) RETURNING id`, [org.id]);
    const careCase = async (clientId: string, workerId: string, day: string, closedOn: string | null = null) =>
      (
        await q(
          `INSERT INTO care_case (organisation_id, client_id, financier_id, assigned_worker_id, kind_of_work, opened_on, created_at, closed_on, close_reason)
           VALUES ($1, $2, $3, $4, 'hulp_online', $5::date, $5::timestamptz, $6::date, CASE WHEN $6::date IS NULL THEN NULL ELSE 'goal_reached' END) RETURNING id`,
          [org.id, clientId, fin.id, workerId, day, closedOn],
        )
      )[0].id;
    const enrol = async (clientId: string, enrolledBy: string, startedAt: string) =>
      (
        await q(
          `INSERT INTO training_enrolment (training_id, client_id, enrolled_by, mode, goals, started_at, last_activity_at) VALUES ($1, $2, $3, 'online', '{Een doel,Twee doelen}', $4, $4) RETURNING id`,
          [training.id, clientId, enrolledBy, startedAt],
        )
      )[0].id;

    const running = await careCase(client, first, '2026-01-05');
    await careCase(client, second, '2026-02-10'); // opened later by another worker: must not take the work
    const clientEnrolment = await enrol(client, client, '2026-02-01T10:00:00Z');
    await careCase(both, first, '2026-01-05');
    const secondsCase = await careCase(both, second, '2026-01-20');
    const workerEnrolment = await enrol(both, second, '2026-02-01T10:00:00Z');
    await careCase(closedClient, first, '2025-10-01', '2025-12-01');
    const closedEnrolment = await enrol(closedClient, closedClient, '2026-02-01T10:00:00Z');
    const lonerEnrolment = await enrol(loner, loner, '2026-02-01T10:00:00Z');

    const runner = ds.createQueryRunner();
    try {
      await new EnrolmentCase1764105200000().up(runner);
      const rows = await q<{ id: string; case_id: string | null }>(`SELECT id, case_id FROM training_enrolment`);
      const caseOf = (id: string) => rows.find((r) => r.id === id)?.case_id;
      expect(caseOf(clientEnrolment)).toBe(running);
      expect(caseOf(workerEnrolment)).toBe(secondsCase);
      expect(caseOf(closedEnrolment)).toBeNull();
      expect(caseOf(lonerEnrolment)).toBeNull();

      await new EnrolmentCase1764105200000().down(runner);
      expect(await q(`SELECT column_name FROM information_schema.columns WHERE table_name = 'training_enrolment' AND column_name = 'case_id'`)).toEqual([]);
    } finally {
      await runner.release();
    }
  });
});
