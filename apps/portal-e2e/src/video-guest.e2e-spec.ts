import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, FAKE_MEDIA_ARGS, PHONE, useNabij } from './support/use-nabij';
import { eventually, framesDecodedPerLink, planDemoVideoAppointment, queryDatabase, shoot, watchPeerConnections } from './video-support';

jest.setTimeout(240_000);

/** A call of three: the demo worker invites an interpreter by one-time link; client, worker and interpreter see and hear each other. */
describe('video call with an interpreter by one-time link', () => {
  const nabij = useNabij({}, { browserArgs: FAKE_MEDIA_ARGS });
  let client: Page;
  let worker: Page;
  let guest: Page;
  let appointmentId: string;
  let guestUrl = '';

  beforeAll(async () => {
    appointmentId = await planDemoVideoAppointment(nabij.server.database.url);
    worker = await nabij.person(DESKTOP);
    client = await nabij.person(PHONE);
    // The interpreter has no account: a browser of their own, never logged in.
    guest = await nabij.person(PHONE);
    for (const page of [worker, client, guest]) await watchPeerConnections(page);
  });

  /** Each step once; a test takes the steps it needs first, so every test also passes alone. */
  const done = new Set<string>();
  async function step(name: string, run: () => Promise<void>): Promise<void> {
    if (done.has(name)) return;
    await run();
    done.add(name);
  }

  async function deviceCheckAndJoin(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Camera en microfoon aanzetten' }).click();
    await page.getByRole('button', { name: 'Deelnemen aan het gesprek' }).click();
  }

  /** The worker in the call made a link for "Amira", interpreter, and copied it from the page. */
  const linkMade = () =>
    step('link made', async () => {
      await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
      await worker.goto(`${nabij.url}/video/${appointmentId}`);
      await deviceCheckAndJoin(worker);
      await worker.getByRole('heading', { name: 'Tolk of collega uitnodigen' }).waitFor();
      await worker.getByRole('radio', { name: 'tolk' }).check();
      await worker.getByRole('textbox', { name: 'Voornaam' }).fill('Amira');
      await worker.getByRole('button', { name: 'Link maken' }).click();
      guestUrl = await worker.locator('#guest-link').inputValue();
      expect(guestUrl).toMatch(new RegExp(`/video-gast#[A-Za-z0-9_-]{43}$`));
    });

  /** The interpreter followed the link (no login) and waits; the client joined and waits too. */
  const bothWaiting = async () => {
    await linkMade();
    await step('both waiting', async () => {
      await guest.goto(guestUrl.replace(/^https?:\/\/[^/]+/, nabij.url));
      await guest.getByText('Met ').first().waitFor();
      await deviceCheckAndJoin(guest);
      await guest.getByRole('heading', { name: 'Je zit in de wachtkamer' }).waitFor();
      await logIn(client, nabij.url, 'client@demo.nabij.nl');
      await client.goto(`${nabij.url}/video/${appointmentId}`);
      await deviceCheckAndJoin(client);
      await client.getByRole('heading', { name: 'Je zit in de wachtkamer' }).waitFor();
      await worker.getByText('Amira (tolk) zit in de wachtkamer.').waitFor();
    });
  };

  /** The worker let both in: three people, each page with two links. */
  const threeInCall = async () => {
    await bothWaiting();
    await step('three in call', async () => {
      await worker.getByRole('button', { name: /^Laat (?!Amira).* binnen$/ }).click();
      await worker.getByRole('button', { name: 'Laat Amira binnen' }).click();
      for (const page of [worker, client, guest]) await page.getByText('Verbinding: Verbonden').waitFor({ timeout: 60_000 });
    });
  };

  it('lets the worker make a one-time link, and the interpreter wait without an account, seeing first names only', async () => {
    await bothWaiting();
    const [names] = await queryDatabase<{ client: string; worker: string }>(
      nabij.server.database.url,
      `SELECT c.name AS client, w.name AS worker FROM account c, account w WHERE c.email = 'client@demo.nabij.nl' AND w.email = 'worker@demo.nabij.nl'`,
    );
    const text = (await guest.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`Met ${names.worker.split(' ')[0]} en ${names.client.split(' ')[0]}`);
    for (const full of [names.client, names.worker]) if (full.includes(' ')) expect(text).not.toContain(full);
    await expect(guest.getByText('De hulpverlener laat je zo binnen.').isVisible()).resolves.toBe(true);
    await shoot(guest, 'guest-waiting');
    expect((await wcagViolations(guest)).map((v) => `guest waiting: ${v}`)).toEqual([]);
    expect((await wcagViolations(worker)).map((v) => `worker with invite: ${v}`)).toEqual([]);
  });

  it('connects all three once admitted, each decoding both others’ video', async () => {
    await threeInCall();
    for (const [who, page] of [
      ['worker', worker],
      ['client', client],
      ['interpreter', guest],
    ] as const) {
      await eventually(
        async () => {
          const frames = await framesDecodedPerLink(page);
          return frames.length === 2 && frames.every((f) => f > 0);
        },
        `the ${who} decodes video frames from both others`,
        60_000,
      );
      await expect(page.locator('video.video--remote').count()).resolves.toBe(2);
    }
    await shoot(worker, 'worker-three');
    await shoot(guest, 'guest-three');
    expect((await wcagViolations(client)).map((v) => `client in a call of three: ${v}`)).toEqual([]);
  });

  it('shows the others when the interpreter turns the microphone off', async () => {
    await threeInCall();
    await guest.getByRole('button', { name: 'Microfoon uit' }).click();
    await worker.getByText('Amira (tolk) heeft de microfoon uit.').waitFor();
    await client.getByText('Amira (tolk) heeft de microfoon uit.').waitFor();
  });

  it('takes the interpreter out when the worker withdraws the link; worker and client go on', async () => {
    await threeInCall();
    await worker.getByRole('button', { name: 'Link van Amira intrekken' }).click();
    await guest.getByRole('heading', { name: 'Het gesprek is klaar' }).waitFor();
    await worker.getByText('De link werkt niet meer.').waitFor();
    await eventually(async () => (await worker.locator('video.video--remote').count()) === 1, 'the worker sees one other person');
    await expect(client.getByText('Verbinding: Verbonden').isVisible()).resolves.toBe(true);
    // The link opens nothing any more (a reload: the page is at the link's address already).
    await guest.reload();
    await guest.getByText('Deze link werkt niet (meer).').waitFor();
  });
});
