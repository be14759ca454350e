import { Page } from 'playwright-core';
import { Client } from 'pg';

/** Screenshots of the call pages for a look by eye (`E2E_SCREENSHOTS=<dir>`). */
export { keepScreenshot as shoot } from './support/screenshot';

/**
 * Keeps every RTCPeerConnection the page makes, so the test can ask the browser's own statistics
 * (getStats) whether video frames arrive. Test-only: the portal exposes nothing of the sort.
 */
export async function watchPeerConnections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __peers: RTCPeerConnection[]; RTCPeerConnection: typeof RTCPeerConnection };
    const Native = w.RTCPeerConnection;
    w.__peers = [];
    w.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        w.__peers.push(this);
      }
    };
  });
}

/** framesDecoded of the newest peer connection's incoming video (0 before any frame). */
export function framesDecoded(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
    const pc = peers[peers.length - 1];
    if (!pc) return 0;
    let frames = 0;
    (await pc.getStats()).forEach((report) => {
      if (report.type === 'inbound-rtp' && report.kind === 'video') frames = Math.max(frames, report.framesDecoded ?? 0);
    });
    return frames;
  });
}

/** framesDecoded per connected peer connection of the page (a call of three has two on each page). */
export function framesDecodedPerLink(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers.filter((pc) => pc.connectionState === 'connected');
    return Promise.all(
      peers.map(async (pc) => {
        let frames = 0;
        (await pc.getStats()).forEach((report) => {
          if (report.type === 'inbound-rtp' && report.kind === 'video') frames = Math.max(frames, report.framesDecoded ?? 0);
        });
        return frames;
      }),
    );
  });
}

export async function eventually(probe: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** One query on the journey's database (a connection each time: the server drops the database at the end). */
export async function queryDatabase<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows;
  } finally {
    await db.end();
  }
}

/**
 * Test data: a video appointment on the demo client's case with the demo worker, starting in 2
 * minutes (its room is open). Written in SQL: the journey has no worker session yet to plan it.
 */
export async function planDemoVideoAppointment(url: string): Promise<string> {
  const [c] = await queryDatabase<{ id: string; assigned_worker_id: string }>(
    url,
    `SELECT c.id, c.assigned_worker_id FROM care_case c JOIN account a ON a.id = c.client_id JOIN account w ON w.id = c.assigned_worker_id
        WHERE a.email = 'client@demo.nabij.nl' AND w.email = 'worker@demo.nabij.nl' AND c.closed_on IS NULL AND c.uses_online_dossier
        ORDER BY c.opened_on DESC LIMIT 1`,
  );
  const [a] = await queryDatabase<{ id: string }>(
    url,
    `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, status, created_by, created_at, updated_at)
       VALUES ($1, 'video', now() + interval '2 minutes', 30, 'planned', $2, now(), now()) RETURNING id`,
    [c.id, c.assigned_worker_id],
  );
  return a.id;
}
