import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/**
 * Two cases of Team Leiden the demo worker closed recently, so the team lead's "Casussen heropenen"
 * has something to reopen: who, when and why (a reason category), never dossier contents.
 */
const RECENTLY_CLOSED: Array<{
  email: string;
  name: string;
  financier: string;
  postcode: string;
  birthDate: string;
  openedDaysAgo: number;
  closedDaysAgo: number;
  reason: 'goal_reached' | 'client_stopped';
}> = [
  {
    email: 'client30@demo.nabij.nl',
    name: 'Karin Hendriks',
    financier: 'Leiden',
    postcode: '2312 TW',
    birthDate: '1983-05-11',
    openedDaysAgo: 75,
    closedDaysAgo: 6,
    reason: 'goal_reached',
  },
  {
    email: 'client31@demo.nabij.nl',
    name: 'Orhan Çelik',
    financier: 'Gouda',
    postcode: '2801 KP',
    birthDate: '1971-10-02',
    openedDaysAgo: 48,
    closedDaysAgo: 12,
    reason: 'client_stopped',
  },
];

/** Time a worker writes on a case in a few weeks: a talk, a phone call, messages. */
const CONTACTS: Array<[type: 'face_to_face' | 'phone' | 'message' | 'chat', minutes: number, daysAgo: number]> = [
  ['face_to_face', 60, 40],
  ['phone', 20, 33],
  ['message', 10, 26],
  ['chat', 35, 19],
  ['face_to_face', 45, 15],
];

/**
 * Hours of the last weeks on the demo worker's open cases and on two recently closed ones, so the
 * team lead's "Uren in deze periode" shows real hours for "Dit jaar" beside Table B. Confirmed,
 * written by hand, at least 15 days ago (locked, and outside the worker's current week), never
 * before a case opened.
 */
export async function seedRecentWorkDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const worker = ctx.accountIds.worker;
  for (const c of RECENTLY_CLOSED) {
    const [client] = await db.query(
      `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, postcode, birth_date, email_verified_at, created_at)
       VALUES ($1, $2, 'client', $3, $4, $5, $6, $7, now(), now()) RETURNING id`,
      [c.email, ctx.passwordHash, c.name, ctx.organisationId, ctx.financierIds[c.financier], c.postcode, c.birthDate],
    );
    await db.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas,
                              uses_online_dossier, opened_on, closed_on, close_reason, created_at)
       VALUES ($1, $2, $3, $4, $5, 'algemeen_mw', '{materiele_problematiek}', true, (now() - make_interval(days => $6))::date,
               (now() - make_interval(days => $7))::date, $8, now() - make_interval(days => $6))`,
      [
        ctx.organisationId,
        client.id,
        ctx.financierIds[c.financier],
        ctx.teamIds['Team Leiden'],
        worker,
        c.openedDaysAgo,
        c.closedDaysAgo,
        c.reason,
      ],
    );
  }
  // Every open or recently closed case of the demo worker gets some of the contacts, spread by case.
  const cases: Array<{ id: string }> = await db.query(
    `SELECT id FROM care_case WHERE assigned_worker_id = $1 AND (closed_on IS NULL OR closed_on > now() - interval '30 days')
      ORDER BY opened_on, id LIMIT 14`,
    [worker],
  );
  for (const [i, c] of cases.entries()) {
    for (const [type, minutes, daysAgo] of CONTACTS.slice(0, 2 + (i % 4))) {
      await db.query(
        `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, created_at, updated_at)
         SELECT c.organisation_id, $2, c.id, $3, $4, d.day, d.day + interval '15 hours', d.day + interval '15 hours'
           FROM care_case c
          CROSS JOIN LATERAL (SELECT greatest(c.opened_on, (now() - make_interval(days => $5))::date) AS day) d
          WHERE c.id = $1 AND (c.closed_on IS NULL OR d.day <= c.closed_on)`,
        [c.id, worker, type, minutes, daysAgo + (i % 3)],
      );
    }
  }
}
