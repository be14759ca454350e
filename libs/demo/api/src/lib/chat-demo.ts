import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/** Daily 15:00–17:00 plus Tuesday, Wednesday and Thursday 19:00–21:00 (Europe/Amsterdam). */
const DEMO_CHAT_HOURS: Array<[weekday: number, start: string, end: string]> = [
  ...[1, 2, 3, 4, 5, 6, 7].map((d): [number, string, string] => [d, '15:00', '17:00']),
  ...[2, 3, 4].map((d): [number, string, string] => [d, '19:00', '21:00']),
];

/** Chat hours for the demo organisation, with the demo worker on duty for every hour. */
export async function seedChatDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  // Only staff with the capability "doet chatdienst" may be on the rota.
  await db.query(`UPDATE account SET chat_duty = true WHERE id = $1`, [ctx.accountIds.worker]);
  for (const [weekday, start, end] of DEMO_CHAT_HOURS) {
    await db.query(`INSERT INTO chat_hours_slot (organisation_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4)`, [
      ctx.organisationId,
      weekday,
      start,
      end,
    ]);
    await db.query(`INSERT INTO chat_duty (organisation_id, worker_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)`, [
      ctx.organisationId,
      ctx.accountIds.worker,
      weekday,
      start,
      end,
    ]);
  }
}
