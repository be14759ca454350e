import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/** The counted contact types (CONVERSATION_TYPES in @nabij/time/contracts). */
const CONVERSATIONS = `('face_to_face', 'phone', 'video', 'chat')`;

/**
 * The seeds' conversation limit and registration defaults: five conversations per case in general
 * social work (algemeen_mw), extendable with the team lead's approval, and a face-to-face contact of
 * 60 minutes with a report line of 60 ("1 uur gesprek + 1 uur verslag"). The demo worker waits for
 * an answer on one case (the team lead sees it under "Extra gesprekken"); two requests of Team Leiden
 * from the last months were decided, so the report counts one approved and one refused.
 * Runs after every seeder that opens cases or registers time; adds no time entries.
 */
export async function seedConversationLimitDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const { organisationId } = ctx;
  const admin = ctx.accountIds.admin;
  await db.query(
    `INSERT INTO time_conversation_limit (organisation_id, kind_of_work, max_conversations, updated_at, updated_by) VALUES ($1, 'algemeen_mw', 5, now(), $2)`,
    [organisationId, admin],
  );
  await db.query(
    `INSERT INTO time_contact_default (organisation_id, contact_type, minutes, updated_at, updated_by) VALUES ($1, 'face_to_face', 60, now(), $2)
     ON CONFLICT (organisation_id, contact_type) DO NOTHING`,
    [organisationId, admin],
  );
  await db.query(
    `INSERT INTO time_report_default (organisation_id, contact_type, minutes, updated_at, updated_by) VALUES ($1, 'face_to_face', 60, now(), $2)`,
    [organisationId, admin],
  );
  // Open general social work cases of Team Leiden, the demo worker's first, most conversations first.
  const cases: Array<{ id: string; worker_id: string }> = await db.query(
    `SELECT c.id, c.assigned_worker_id AS worker_id
       FROM care_case c
      WHERE c.organisation_id = $1 AND c.closed_on IS NULL AND c.kind_of_work = 'algemeen_mw' AND c.team_id = $2
        AND c.assigned_worker_id IS NOT NULL
      ORDER BY (c.assigned_worker_id = $3) DESC,
               (SELECT count(*) FROM time_entry e WHERE e.case_id = c.id AND e.deleted_at IS NULL AND e.contact_type IN ${CONVERSATIONS}) DESC,
               c.opened_on, c.id
      LIMIT 3`,
    [organisationId, ctx.teamIds['Team Leiden'], ctx.accountIds.worker],
  );
  const requests: Array<[extra: number, category: string, reason: string, status: string, daysAgo: number]> = [
    [2, 'more_problems', 'Er kwamen schulden bij. Met twee gesprekken kan ik de aanvraag voor schuldhulp afronden.', 'pending', 1],
    [
      3,
      'waiting_referral',
      'De wachttijd bij de GGZ is lang; drie gesprekken om de tijd tot de verwijzing te overbruggen.',
      'approved',
      40,
    ],
    [4, 'other', 'Vier extra gesprekken voor een tweede hulpvraag.', 'refused', 60],
  ];
  for (const [i, c] of cases.entries()) {
    const [extra, category, reason, status, daysAgo] = requests[i];
    const decided = status !== 'pending';
    await db.query(
      `INSERT INTO time_limit_extension (organisation_id, case_id, worker_id, team_id, extra, reason_category, reason, status, requested_at, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9), $10, CASE WHEN $11 THEN now() - make_interval(days => $9 - 1) END)`,
      [
        organisationId,
        c.id,
        c.worker_id,
        ctx.teamIds['Team Leiden'],
        extra,
        category,
        reason,
        status,
        daysAgo,
        decided ? ctx.accountIds.teamLead : null,
        decided,
      ],
    );
  }
}
