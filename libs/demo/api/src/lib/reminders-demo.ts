import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/**
 * Appointment reminders in the demo: switched on four months ago, so the team lead's report under
 * Herinneringen shows a year of no-shows per month, about one in four before and one in nine after.
 * The demo client has a mobile number with SMS on, reminders planned for their coming appointments
 * (the sweep sends them when due), and has asked to move one appointment, which the worker sees on
 * the case and can answer with a new time.
 */
export async function seedRemindersDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const { organisationId } = ctx;
  const { client, worker, admin } = ctx.accountIds;
  await db.query(
    `INSERT INTO reminder_setting (organisation_id, enabled_since, updated_by, updated_at)
     VALUES ($1, (date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') - interval '3 months')::date, $2, now())`,
    [organisationId, admin],
  );
  await db.query(`INSERT INTO reminder_contact (account_id, mobile, sms_opt_in, updated_at) VALUES ($1, '+31612345678', true, now())`, [
    client,
  ]);

  // A year of held and missed appointments on the organisation's cases (never the demo client's own),
  // each on a case that was open that day; up to 16 a month, weekdays at 10:00 Amsterdam time.
  await db.query(
    `WITH slots AS (
       SELECT m, i,
              (date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam') - make_interval(months => m) + make_interval(days => 1 + i, hours => 10)) AS local_start
         FROM generate_series(0, 11) m, generate_series(0, 21) i
     ), picked AS (
       SELECT DISTINCT ON (s.m, s.i) c.id AS case_id, c.assigned_worker_id AS worker_id, s.m, s.i,
              s.local_start AT TIME ZONE 'Europe/Amsterdam' AS starts_at
         FROM slots s
         JOIN care_case c ON c.organisation_id = $1 AND c.assigned_worker_id IS NOT NULL AND c.client_id <> $2
                          AND c.opened_on <= s.local_start::date AND (c.closed_on IS NULL OR c.closed_on >= s.local_start::date)
        WHERE extract(isodow FROM s.local_start) < 6 AND s.local_start AT TIME ZONE 'Europe/Amsterdam' < now() - interval '1 day'
        ORDER BY s.m, s.i, md5(c.id::text || s.m::text || s.i::text)
     )
     INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, location, note, status, created_by, created_at, updated_at)
     SELECT case_id, (ARRAY['face_to_face', 'phone', 'video'])[1 + i % 3], starts_at, 45, NULL, NULL,
            CASE WHEN (m >= 4 AND i % 4 = 1) OR (m < 4 AND i % 9 = 1) THEN 'no_show' ELSE 'attended' END,
            worker_id, starts_at - interval '7 days', starts_at + interval '1 hour'
       FROM picked`,
    [organisationId, client],
  );

  // The demo client asked to move next week's appointment; the worker has not answered yet.
  const [own] = await db.query(`SELECT id FROM care_case WHERE client_id = $1 AND closed_on IS NULL ORDER BY opened_on DESC LIMIT 1`, [
    client,
  ]);
  if (!own) return;
  const [moving] = await db.query(
    `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, location, note, status, created_by, created_at, updated_at)
     VALUES ($1, 'face_to_face', (date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') + interval '8 days 10 hours') AT TIME ZONE 'Europe/Amsterdam',
             60, 'Stationsplein 107, Leiden', NULL, 'planned', $2, now() - interval '3 days', now() - interval '3 days')
     RETURNING id, starts_at`,
    [own.id, worker],
  );
  await db.query(
    `INSERT INTO appointment_change_request (appointment_id, case_id, kind, reason, previous_starts_at, requested_by, requested_at)
     VALUES ($1, $2, 'move', $3, $4, $5, now() - interval '5 hours')`,
    [
      moving.id,
      own.id,
      'Ik moet die ochtend met mijn zoon naar de huisarts. Kan het ook een middag in dezelfde week?',
      moving.starts_at,
      client,
    ],
  );
  // Reminders for the client's coming appointments, as the planner writes them (the per-minute sweep sends them).
  await db.query(
    `INSERT INTO appointment_reminder (appointment_id, slot, starts_at, due_at, state, created_at)
     SELECT a.id, s.slot, a.starts_at, a.starts_at - s.before, 'scheduled', now()
       FROM appointment a
      CROSS JOIN (VALUES ('24h', interval '24 hours'), ('2h', interval '2 hours')) AS s(slot, before)
      WHERE a.case_id = $1 AND a.status = 'planned' AND a.starts_at - s.before > now()`,
    [own.id],
  );
}
