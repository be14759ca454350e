import { Client } from 'pg';

/** Local dates in Amsterdam, so the extra chat hours cover "now" whatever the real time is. */
function amsterdamDates(): string[] {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
  const now = Date.now();
  return [...new Set([day(new Date(now - 86_400_000)), day(new Date(now)), day(new Date(now + 86_400_000))])];
}

/**
 * Test data: extra chat hours all day (yesterday–tomorrow) for the demo organisation, so the chat
 * is open now. Written directly: the admin's chat hours service adds closures only, never extra hours.
 */
export async function openDemoChatAllDay(databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [org] = (await db.query(`SELECT id FROM organisation WHERE slug = 'mw-hollands-midden'`)).rows;
    for (const date of amsterdamDates()) {
      await db.query(
        `INSERT INTO chat_hours_exception (organisation_id, on_date, kind, starts_at, ends_at, note) VALUES ($1, $2, 'extra', '00:00', '23:59:59', 'e2e')`,
        [org.id, date],
      );
    }
  } finally {
    await db.end();
  }
}
