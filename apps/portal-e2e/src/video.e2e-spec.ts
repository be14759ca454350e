import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, FAKE_MEDIA_ARGS, PHONE, useNabij } from './support/use-nabij';
import { eventually, framesDecoded, planDemoVideoAppointment, queryDatabase, shoot, watchPeerConnections } from './video-support';

jest.setTimeout(180_000);

describe('video call: the demo client and worker talk through a video appointment', () => {
  const nabij = useNabij({}, { browserArgs: FAKE_MEDIA_ARGS });
  let client: Page;
  let worker: Page;
  let appointmentId: string;

  const query = <T>(sql: string, params: unknown[] = []) => queryDatabase<T>(nabij.server.database.url, sql, params);

  beforeAll(async () => {
    appointmentId = await planDemoVideoAppointment(nabij.server.database.url);
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

  /** The client typed a line in the text panel and the worker has it. */
  const typed = async () => {
    await connected();
    await step('typed', async () => {
      await client.getByLabel('Typ een bericht').fill('Mijn nieuwe adres is Dorpsstraat 4.');
      await client.getByRole('button', { name: 'Versturen' }).click();
      await worker.locator('.call-text [role=log]', { hasText: 'Mijn nieuwe adres is Dorpsstraat 4.' }).waitFor();
    });
  };

  it('lets both type in the text panel beside the call', async () => {
    await typed();
    await worker.getByLabel('Typ een bericht').fill('Dank je, ik zet het in je dossier.');
    await worker.getByLabel('Typ een bericht').press('Enter');
    await client.locator('.call-text [role=log]', { hasText: 'Dank je, ik zet het in je dossier.' }).waitFor();
    expect((await wcagViolations(client)).map((v) => `text panel: ${v}`)).toEqual([]);
  });

  it('goes on with sound only while the client’s connection is poor, tells the worker, and tries video again on request', async () => {
    await connected();
    /** Whether each video sender of the client's connected links is sending. */
    const sending = () =>
      client.evaluate(() =>
        (window as unknown as { __peers: RTCPeerConnection[] }).__peers
          .filter((pc) => pc.connectionState === 'connected')
          .flatMap((pc) => pc.getTransceivers().filter((t) => t.receiver.track.kind === 'video'))
          .map((t) => t.sender.getParameters().encodings.every((e) => e.active !== false)),
      );
    expect(await sending()).toEqual([true]);
    // The browser's statistics say a third of the packets get lost (as on a weak 3G link).
    await client.evaluate(() => {
      const w = window as unknown as { __realGetStats: RTCPeerConnection['getStats'] };
      w.__realGetStats = RTCPeerConnection.prototype.getStats;
      RTCPeerConnection.prototype.getStats = async function () {
        return new Map([['loss', { type: 'remote-inbound-rtp', kind: 'video', fractionLost: 0.35, roundTripTime: 0.3 }]]) as never;
      };
    });
    await client.getByText('Slechte verbinding: we gaan verder met alleen geluid.').waitFor({ timeout: 20_000 });
    await worker.getByText(/Slechte verbinding bij .*: we gaan verder met alleen geluid/).waitFor();
    expect(await sending()).toEqual([false]);
    await shoot(client, 'client-sound-only');
    await client.evaluate(() => {
      RTCPeerConnection.prototype.getStats = (window as unknown as { __realGetStats: RTCPeerConnection['getStats'] }).__realGetStats;
    });
    await client.getByRole('button', { name: 'Probeer video opnieuw' }).click();
    await worker.getByText(/Slechte verbinding bij/).waitFor({ state: 'detached' });
    expect(await sending()).toEqual([true]);
  });

  it('ends the call for both when the worker hangs up, prefills the video time entry, and saves the text only when asked', async () => {
    await typed();
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
    // The real length of the call, from admission to hang-up, in whole minutes (at least 1).
    const [call] = await query<{ seconds: number }>(
      `SELECT max(duration_seconds) AS seconds FROM video_call WHERE appointment_id = $1 AND ended_at IS NOT NULL`,
      [appointmentId],
    );
    expect(entries).toEqual([{ contact_type: 'video', minutes: Math.max(1, Math.ceil(call.seconds / 60)), status: 'to_confirm' }]);

    const reports = () =>
      query<{ summary: string }>(
        `SELECT r.summary FROM conversation_report r JOIN appointment a ON a.case_id = r.case_id WHERE a.id = $1 AND r.summary LIKE '%Dorpsstraat 4%'`,
        [appointmentId],
      );
    expect(await reports()).toEqual([]);
    await worker.getByRole('button', { name: 'Bewaar in dossier' }).click();
    await worker.getByText('De tekst staat in het dossier, bij de verslagen.').waitFor();
    const [saved] = await reports();
    expect(saved.summary).toMatch(/^Tekst uit het videogesprek van /);
    expect(saved.summary).toContain(': Mijn nieuwe adres is Dorpsstraat 4.');
  });
});
