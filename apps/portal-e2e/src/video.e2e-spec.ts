import { Page } from 'playwright-core';
import { Client } from 'pg';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, FAKE_MEDIA_ARGS, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(180_000);

/** `VIDEO_SCREENSHOTS=/some/dir` keeps screenshots of the call pages for a look by eye. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env['VIDEO_SCREENSHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/**
 * Keeps every RTCPeerConnection the page makes, so the test can ask the browser's own statistics
 * (getStats) whether video frames arrive. Test-only: the portal exposes nothing of the sort.
 */
async function watchPeerConnections(page: Page): Promise<void> {
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
function framesDecoded(page: Page): Promise<number> {
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

async function eventually(probe: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('video call: the demo client and worker talk through a video appointment', () => {
  const nabij = useNabij({}, { browserArgs: FAKE_MEDIA_ARGS });
  let client: Page;
  let worker: Page;
  let appointmentId: string;

  /** A connection to the journey's database for one query (the server drops the database at the end). */
  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const db = new Client({ connectionString: nabij.server.database.url });
    await db.connect();
    try {
      return (await db.query(sql, params)).rows;
    } finally {
      await db.end();
    }
  }

  beforeAll(async () => {
    // Test data: a video appointment on the demo client's case with the demo worker, starting in 2 minutes.
    const [c] = await query<{ id: string; assigned_worker_id: string }>(
      `SELECT c.id, c.assigned_worker_id FROM care_case c JOIN account a ON a.id = c.client_id JOIN account w ON w.id = c.assigned_worker_id
          WHERE a.email = 'client@demo.nabij.nl' AND w.email = 'worker@demo.nabij.nl' AND c.closed_on IS NULL AND c.uses_online_dossier
          ORDER BY c.opened_on DESC LIMIT 1`,
    );
    const [a] = await query<{ id: string }>(
      `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, status, created_by, created_at, updated_at)
         VALUES ($1, 'video', now() + interval '2 minutes', 30, 'planned', $2, now(), now()) RETURNING id`,
      [c.id, c.assigned_worker_id],
    );
    appointmentId = a.id;
    client = await nabij.person(PHONE);
    worker = await nabij.person(DESKTOP);
    await watchPeerConnections(client);
    await watchPeerConnections(worker);
  });

  /**
   * The journey's steps, each done once: a test takes the steps it needs first, so every test also
   * passes when run alone (jest -t), and in file order the steps simply happen along the way.
   */
  const done = new Set<string>();
  async function step(name: string, run: () => Promise<void>): Promise<void> {
    if (done.has(name)) return;
    await run();
    done.add(name);
  }

  /** The client logged in, followed "Deelnemen" from the home page and turned camera and microphone on. */
  const clientChecked = () =>
    step('client checked', async () => {
      await logIn(client, nabij.url, 'client@demo.nabij.nl');
      await client.getByRole('link', { name: /Deelnemen aan het videogesprek/ }).click();
      await client.waitForURL(new RegExp(`/video/${appointmentId}`));
      await client.getByRole('button', { name: 'Camera en microfoon aanzetten' }).click();
      await client.getByText('Zo zie jij eruit').first().waitFor();
    });

  const clientWaiting = async () => {
    await clientChecked();
    await step('client waiting', async () => {
      await client.getByRole('button', { name: 'Deelnemen aan het gesprek' }).click();
      await client.getByRole('heading', { name: 'Je zit in de wachtkamer' }).waitFor();
    });
  };

  /** The worker joined the same way and sees the client in the waiting room. */
  const workerSeesWaiting = async () => {
    await clientWaiting();
    await step('worker sees waiting', async () => {
      await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
      await worker.getByRole('link', { name: /Deelnemen aan het videogesprek/ }).click();
      await worker.getByRole('button', { name: 'Camera en microfoon aanzetten' }).click();
      await worker.getByRole('button', { name: 'Deelnemen aan het gesprek' }).click();
      await worker.getByText(/zit in de wachtkamer/).waitFor();
    });
  };

  /** The worker admitted the client and both show "Verbonden". */
  const connected = async () => {
    await workerSeesWaiting();
    await step('connected', async () => {
      await worker.getByRole('button', { name: /Laat .* binnen/ }).click();
      await client.getByText('Verbinding: Verbonden').waitFor({ timeout: 30_000 });
      await worker.getByText('Verbinding: Verbonden').waitFor({ timeout: 30_000 });
    });
  };

  it('shows the client "Deelnemen" on the home page, and a device check with camera preview and microphone meter', async () => {
    await clientChecked();
    await eventually(
      () =>
        client
          .locator('video')
          .first()
          .evaluate((v: HTMLVideoElement) => v.videoWidth > 0),
      'the preview shows the camera',
    );
    await eventually(async () => Number(await client.locator('meter').getAttribute('value')) > 0, 'the microphone meter moves');
    await shoot(client, 'client-check');
  });

  it('puts the client in the waiting room and shows the worker who is waiting, with a button to let them in', async () => {
    await workerSeesWaiting();
    await expect(client.getByText('Je hulpverlener laat je zo binnen.').isVisible()).resolves.toBe(true);
    await shoot(client, 'client-waiting');
    expect((await wcagViolations(client)).map((v) => `waiting room: ${v}`)).toEqual([]);
    await expect(worker.getByRole('button', { name: /Laat .* binnen/ }).isVisible()).resolves.toBe(true);
    expect((await wcagViolations(worker)).map((v) => `admit: ${v}`)).toEqual([]);
  });

  it('connects both sides once admitted, and each decodes the other’s video frames', async () => {
    await connected();
    await eventually(async () => (await framesDecoded(client)) > 0, 'the client decodes video frames');
    await eventually(async () => (await framesDecoded(worker)) > 0, 'the worker decodes video frames');
    await shoot(client, 'client-call');
    await shoot(worker, 'worker-call');
    for (const [who, page] of [
      ['client', client],
      ['worker', worker],
    ] as const)
      expect((await wcagViolations(page)).map((v) => `${who} in the call: ${v}`)).toEqual([]);
  });

  it('brings the client who reloads the page straight back into the same call, without waiting again', async () => {
    await connected();
    await client.reload();
    await client.getByRole('button', { name: 'Camera en microfoon aanzetten' }).click();
    await client.getByRole('button', { name: 'Deelnemen aan het gesprek' }).click();
    await client.getByText('Verbinding: Verbonden').waitFor({ timeout: 30_000 });
    await expect(client.getByRole('heading', { name: 'Je zit in de wachtkamer' }).count()).resolves.toBe(0);
    await eventually(async () => (await framesDecoded(client)) > 0, 'the client decodes video frames again');
    await worker.getByText('Verbinding: Verbonden').waitFor({ timeout: 30_000 });
  });

  it('shows the worker when the client turns the microphone off', async () => {
    await connected();
    await client.getByRole('button', { name: 'Microfoon uit' }).click();
    await expect(client.getByRole('button', { name: 'Microfoon aan' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await worker.getByText(/heeft de microfoon uit/).waitFor();
  });

  it('ends the call for both when the worker hangs up, and prefills the video time entry', async () => {
    await connected();
    await worker.getByRole('button', { name: 'Ophangen' }).click();
    await worker.getByRole('heading', { name: 'Het gesprek is klaar' }).waitFor();
    await worker.getByText(/De tijd staat klaar in je uren/).waitFor();
    await client.getByRole('heading', { name: 'Het gesprek is klaar' }).waitFor();
    await shoot(worker, 'worker-ended');
    // The API's background job turns the ended call into an entry to confirm.
    let entries: Array<{ contact_type: string; minutes: number; status: string }> = [];
    await eventually(async () => {
      entries = await query(`SELECT contact_type, minutes, status FROM time_entry WHERE source_id = $1`, [appointmentId]);
      return entries.length > 0;
    }, 'the time entry is prefilled');
    expect(entries).toEqual([{ contact_type: 'video', minutes: 1, status: 'to_confirm' }]);
  });
});
