import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/** What clients write after a chat or a closed message thread (some with a name the report hides). */
const REMARKS = [
  'Fijn dat ik gewoon kon typen en niet hoefde te bellen.',
  'Youssef legde de brief van de gemeente goed uit.',
  'Ik moest lang wachten voordat de chat begon.',
  'Ik weet nu welke stap ik eerst moet zetten.',
  'Het antwoord kwam snel, binnen een dag.',
  'Ik had liever een afspraak op kantoor gehad.',
  'Duidelijke uitleg over de schuldhulp, dank je wel.',
  'Bel mij liever op 06-12345678, typen is lastig voor mij.',
  'Het voelde veilig om mijn verhaal te doen.',
  'Ik begreep niet alle woorden in het antwoord.',
];

/** Scores that improve a little month by month, so the trend shows a rise. */
function scoresFor(month: number, i: number): { helpful: number; understood: number; again: boolean } {
  const base = 3 + Math.min(2, Math.floor((month + (i % 3)) / 2));
  const helpful = Math.max(1, Math.min(5, base - (i % 4 === 0 ? 1 : 0)));
  const understood = Math.max(1, Math.min(5, base - (i % 5 === 0 ? 1 : 0) + (i % 7 === 0 ? 1 : 0)));
  return { helpful, understood, again: (i + month) % 4 !== 0 };
}

/**
 * Evaluations for the team lead's "Evaluaties" tab: per month of the last half year, chats of Team
 * Leiden (the demo worker) and Team Rijnstreek, and closed message threads of Team Leiden's cases
 * with their answers or a skip. Groups are large enough to show, except Rijnstreek's threads (none)
 * and the first months per channel, which stay under five and are shown as suppressed.
 */
export async function seedEvaluationDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const leidenCases: Array<{ id: string; client_id: string }> = await db.query(
    `SELECT c.id, c.client_id FROM care_case c
      WHERE c.organisation_id = $1 AND c.assigned_worker_id = $2 AND c.closed_on IS NULL AND c.client_id <> $3
      ORDER BY c.opened_on, c.id`,
    [ctx.organisationId, ctx.accountIds.worker, ctx.accountIds.client],
  );
  const [rijnstreekWorker] = await db.query(
    `SELECT id FROM account WHERE organisation_id = $1 AND role = 'worker' AND team_id = $2 ORDER BY name LIMIT 1`,
    [ctx.organisationId, ctx.teamIds['Team Rijnstreek']],
  );
  if (!leidenCases.length) return;

  const chat = async (clientId: string, caseId: string | null, workerId: string, daysAgo: number, i: number, month: number) => {
    const [session] = await db.query(
      `INSERT INTO chat_session (organisation_id, status, client_id, case_id, worker_id, created_at, picked_up_at, ended_at, ended_by, duration_seconds)
       VALUES ($1, 'ended', $2, $3, $4, now() - make_interval(days => $5, mins => 40), now() - make_interval(days => $5, mins => 38),
               now() - make_interval(days => $5, mins => 10), 'worker', 1680)
       RETURNING id`,
      [ctx.organisationId, clientId, caseId, workerId, daysAgo],
    );
    const s = scoresFor(month, i);
    await db.query(
      `INSERT INTO chat_evaluation (session_id, helpful, understood, again, remark, created_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6, mins => 5))`,
      [session.id, s.helpful, s.understood, s.again, i % 3 === 0 ? REMARKS[i % REMARKS.length] : null, daysAgo],
    );
  };

  // Six months back, month 0 the oldest: Team Leiden chats on the demo worker's cases, 3 to 8 a month.
  let n = 0;
  for (let month = 0; month < 6; month++) {
    const count = 3 + month;
    for (let k = 0; k < count; k++, n++) {
      const c = leidenCases[n % leidenCases.length];
      await chat(c.client_id, c.id, ctx.accountIds.worker, (5 - month) * 30 + 3 + k * 3, n, month);
    }
  }
  // Team Rijnstreek: anonymous-looking chats without a case, taken by one of its workers.
  if (rijnstreekWorker) {
    for (let k = 0; k < 12; k++, n++) {
      const c = leidenCases[(n * 7) % leidenCases.length];
      await chat(c.client_id, null, rijnstreekWorker.id, 5 + k * 12, n, Math.floor(k / 2));
    }
  }

  // Message threads of Team Leiden's cases without a running deadline: closed, then answered or skipped.
  const threads: Array<{ id: string }> = await db.query(
    `SELECT t.id FROM message_thread t
       JOIN care_case c ON c.id = t.case_id
      WHERE c.organisation_id = $1 AND c.assigned_worker_id = $2 AND t.client_id <> $3
        AND NOT EXISTS (SELECT 1 FROM message_deadline d WHERE d.thread_id = t.id AND d.answered_at IS NULL)
      ORDER BY t.created_at, t.id`,
    [ctx.organisationId, ctx.accountIds.worker, ctx.accountIds.client],
  );
  const withoutThread = leidenCases.filter((_, i) => i % 5 === 4);
  for (const c of withoutThread) {
    const [row] = await db.query(
      `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at)
       VALUES ($1, $2, $3, now() - interval '40 days', now() - interval '38 days')
       ON CONFLICT DO NOTHING RETURNING id`,
      [ctx.organisationId, c.client_id, c.id],
    );
    if (!row) continue;
    await db.query(
      `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at) VALUES
         (gen_random_uuid(), $1, $2, 'client', 'Ik heb een vraag over de energietoeslag. Kan ik die nog aanvragen?', now() - interval '40 days'),
         (gen_random_uuid(), $1, $3, 'worker', 'Ja, dat kan tot het einde van het jaar. Ik stuur je de link naar het formulier van de gemeente.', now() - interval '38 days')`,
      [row.id, c.client_id, ctx.accountIds.worker],
    );
    threads.push(row);
  }
  for (const [i, t] of threads.entries()) {
    const daysAgo = 2 + ((i * 11) % 150);
    await db.query(`UPDATE message_thread SET closed_at = now() - make_interval(days => $2, hours => 2) WHERE id = $1`, [t.id, daysAgo]);
    const skipped = i % 6 === 5;
    const s = scoresFor(5 - Math.floor(daysAgo / 30), i + 1);
    await db.query(
      `INSERT INTO thread_evaluation (thread_id, skipped, helpful, understood, again, remark, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7))`,
      skipped
        ? [t.id, true, null, null, null, null, daysAgo]
        : [t.id, false, s.helpful, s.understood, s.again, i % 2 === 0 ? REMARKS[(i + 4) % REMARKS.length] : null, daysAgo],
    );
  }
}
