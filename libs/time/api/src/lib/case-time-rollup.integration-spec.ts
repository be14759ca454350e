import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, HOUR, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { CONTACT_TYPES, TIME_CONTACT_GROUPS, type ContactType } from '@nabij/time/contracts';
import { TimeModule } from '../index';

/**
 * `case_time_rollup` (migration 1796074000000) is what the caseload report reads instead of the raw
 * entries. It must equal the raw sums after any change, by any writer: these specs compare both.
 */

const DAY = 24 * HOUR;
const CASE_TYPES = CONTACT_TYPES.filter((type) => !(TIME_CONTACT_GROUPS.nonClient as readonly string[]).includes(type));

interface Totals {
  registration: number;
  online: number;
  chat: number;
  message: number;
  homework: number;
}

/** A small deterministic generator, so a failing sequence can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('case time rollup', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule] });
  });
  afterAll(() => t.close());

  async function setUp(caseCount: number): Promise<{ organisationId: string; worker: TestAccount; lead: TestAccount; cases: string[] }> {
    t.clock.set('2026-03-02T09:00:00Z');
    const org = await makeOrganisation(t);
    const team = { organisationId: org.organisationId, teamId: org.teamIds[Object.keys(org.teamIds)[0]] };
    const worker = await makeWorker(t, team);
    const lead = await makeTeamLead(t, team);
    const cases: string[] = [];
    for (let i = 0; i < caseCount; i++) {
      const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
      cases.push((await makeCase(t, { worker, clientId: client.id, openedOn: '2026-02-01' })).id);
    }
    return { organisationId: org.organisationId, worker, lead, cases };
  }

  async function rolledUp(cases: string[]): Promise<Record<string, Totals>> {
    const rows: Array<Totals & { case_id: string }> = await t.dataSource.query(
      `SELECT c.id AS case_id, coalesce(r.registration_minutes, 0) AS registration, coalesce(r.online_minutes, 0) AS online,
              coalesce(r.chat_entries, 0) AS chat, coalesce(r.message_entries, 0) AS message, coalesce(r.homework_entries, 0) AS homework
         FROM care_case c LEFT JOIN case_time_rollup r ON r.case_id = c.id WHERE c.id = ANY ($1) ORDER BY c.id`,
      [cases],
    );
    return Object.fromEntries(rows.map(({ case_id, ...totals }) => [case_id, totals]));
  }

  /** The same totals summed from the raw entries, split by the contracts' groups. */
  async function summed(cases: string[]): Promise<Record<string, Totals>> {
    const rows: Array<Totals & { case_id: string }> = await t.dataSource.query(
      `SELECT c.id AS case_id,
              coalesce(sum(te.minutes) FILTER (WHERE te.contact_type = ANY ($2)), 0)::int AS registration,
              coalesce(sum(te.minutes) FILTER (WHERE te.contact_type = ANY ($3)), 0)::int AS online,
              count(te.id) FILTER (WHERE te.contact_type = 'chat')::int AS chat,
              count(te.id) FILTER (WHERE te.contact_type = 'message')::int AS message,
              count(te.id) FILTER (WHERE te.contact_type = 'homework_feedback')::int AS homework
         FROM care_case c LEFT JOIN time_entry te ON te.case_id = c.id AND te.deleted_at IS NULL
        WHERE c.id = ANY ($1) GROUP BY c.id ORDER BY c.id`,
      [cases, TIME_CONTACT_GROUPS.registration, TIME_CONTACT_GROUPS.onlineDossier],
    );
    return Object.fromEntries(rows.map(({ case_id, ...totals }) => [case_id, totals]));
  }

  function insertSql(rows: number): string {
    const values = Array.from({ length: rows }, (_, i) => {
      const p = i * 4;
      return `($1, $2, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}::date, now(), now())`;
    });
    return `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, created_at, updated_at) VALUES ${values.join(', ')}`;
  }

  it('puts each contact type in the column its group in the contracts names', async () => {
    const { organisationId, worker, cases } = await setUp(CASE_TYPES.length);
    const params: unknown[] = [organisationId, worker.id];
    CASE_TYPES.forEach((type, i) => params.push(cases[i], type, 10 + i, '2026-03-02'));
    await t.dataSource.query(insertSql(CASE_TYPES.length), params);
    const totals = await rolledUp(cases);
    CASE_TYPES.forEach((type: ContactType, i) => {
      const minutes = 10 + i;
      const inGroup = (group: readonly string[]) => (group.includes(type) ? minutes : 0);
      expect({ type, ...totals[cases[i]] }).toEqual({
        type,
        registration: inGroup(TIME_CONTACT_GROUPS.registration),
        online: inGroup(TIME_CONTACT_GROUPS.onlineDossier),
        chat: type === 'chat' ? 1 : 0,
        message: type === 'message' ? 1 : 0,
        homework: type === 'homework_feedback' ? 1 : 0,
      });
    });
  });

  it('equals the raw sums after a random mix of inserts, edits, moves, deletes, restores and unlocks', async () => {
    const { organisationId, worker, cases } = await setUp(4);
    const next = random(20_261_130);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const ids = async (): Promise<string[]> =>
      (await t.dataSource.query(`SELECT id FROM time_entry WHERE case_id = ANY ($1) ORDER BY id`, [cases])).map(
        (r: { id: string }) => r.id,
      );

    for (let step = 0; step < 150; step++) {
      const existing = await ids();
      const op =
        existing.length < 3
          ? 'insert'
          : pick(['insert', 'insert-many', 'minutes', 'type', 'move', 'delete', 'restore', 'purge', 'unlock', 'rollback']);
      const entry = existing.length ? pick(existing) : null;
      switch (op) {
        case 'insert':
        case 'insert-many': {
          const count = op === 'insert' ? 1 : 2 + Math.floor(next() * 5);
          const params: unknown[] = [organisationId, worker.id];
          for (let i = 0; i < count; i++) params.push(pick(cases), pick(CASE_TYPES), 1 + Math.floor(next() * 120), '2026-03-02');
          await t.dataSource.query(insertSql(count), params);
          break;
        }
        case 'minutes':
          await t.dataSource.query(`UPDATE time_entry SET minutes = $2 WHERE id = $1`, [entry, 1 + Math.floor(next() * 120)]);
          break;
        case 'type':
          await t.dataSource.query(`UPDATE time_entry SET contact_type = $2 WHERE id = $1`, [entry, pick(CASE_TYPES)]);
          break;
        case 'move':
          await t.dataSource.query(`UPDATE time_entry SET case_id = $2 WHERE id = $1`, [entry, pick(cases)]);
          break;
        case 'delete':
          await t.dataSource.query(`UPDATE time_entry SET deleted_at = now() WHERE id = $1`, [entry]);
          break;
        case 'restore':
          await t.dataSource.query(`UPDATE time_entry SET deleted_at = NULL WHERE case_id = $1`, [pick(cases)]);
          break;
        case 'purge':
          await t.dataSource.query(`DELETE FROM time_entry_change WHERE time_entry_id = $1`, [entry]);
          await t.dataSource.query(`DELETE FROM time_entry WHERE id = $1`, [entry]);
          break;
        case 'unlock':
          await t.dataSource.query(
            `UPDATE time_entry SET unlocked_until = now() + interval '1 day', status = 'confirmed' WHERE case_id = $1`,
            [pick(cases)],
          );
          break;
        case 'rollback':
          // A change that is rolled back leaves the totals as they were.
          await t.dataSource
            .transaction(async (db) => {
              await db.query(`UPDATE time_entry SET minutes = minutes + 7 WHERE case_id = $1`, [pick(cases)]);
              throw new Error('roll back');
            })
            .catch(() => undefined);
          break;
      }
      expect({ step, op, totals: await rolledUp(cases) }).toEqual({ step, op, totals: await summed(cases) });
    }
  });

  it('counts every entry when many transactions register time on the same cases at once', async () => {
    const { organisationId, worker, cases } = await setUp(2);
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.dataSource.transaction(async (db) => {
          // Both cases in each transaction, in alternating order: the trigger locks them in case order.
          const pair = i % 2 ? [...cases] : [...cases].reverse();
          await db.query(insertSql(2), [organisationId, worker.id, pair[0], 'phone', 10, '2026-03-02', pair[1], 'chat', 5, '2026-03-02']);
        }),
      ),
    );
    const totals = await rolledUp(cases);
    expect(totals).toEqual(await summed(cases));
    expect(totals[cases[0]]).toEqual({ registration: 120, online: 60, chat: 12, message: 0, homework: 0 });
  });

  it('follows the time registration routes: register, correct, unlock and correct, delete', async () => {
    const { worker, lead, cases } = await setUp(1);
    const [caseId] = cases;
    const as = (who: TestAccount) => ({ Authorization: `Bearer ${who.token}` });
    const created = await t
      .http()
      .post('/api/time/entries')
      .set(as(worker))
      .send({ caseId, contactType: 'phone', minutes: 20, occurredOn: '2026-03-02' });
    expect(created.status).toBe(201);
    const second = await t
      .http()
      .post('/api/time/entries')
      .set(as(worker))
      .send({ caseId, contactType: 'video', minutes: 45, occurredOn: '2026-03-02' });
    expect((await rolledUp(cases))[caseId].registration).toBe(65);

    expect((await t.http().patch(`/api/time/entries/${created.body.id}`).set(as(worker)).send({ minutes: 35 })).status).toBe(200);
    expect((await rolledUp(cases))[caseId].registration).toBe(80);

    t.clock.advance(20 * DAY);
    expect((await t.http().post(`/api/time/entries/${created.body.id}/unlock`).set(as(lead))).status).toBe(200);
    expect((await t.http().patch(`/api/time/entries/${created.body.id}`).set(as(worker)).send({ minutes: 5 })).status).toBe(200);
    expect((await rolledUp(cases))[caseId].registration).toBe(50);

    expect((await t.http().post(`/api/time/entries/${second.body.id}/unlock`).set(as(lead))).status).toBe(200);
    expect((await t.http().delete(`/api/time/entries/${second.body.id}`).set(as(worker))).status).toBe(204);
    expect(await rolledUp(cases)).toEqual(await summed(cases));
    expect((await rolledUp(cases))[caseId]).toEqual({ registration: 5, online: 0, chat: 0, message: 0, homework: 0 });
  });
});
