import { Page } from 'playwright-core';
import { Client } from 'pg';
import { openDemoChatAllDay } from './support/chat-hours';
import { logIn } from './support/log-in';
import { keepScreenshot as shoot } from './support/screenshot';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

describe('chat: an anonymous visitor chats with the demo worker', () => {
  // A short grace period, so the test of a visitor who goes away need not wait 75 s.
  const nabij = useNabij({ CHAT_QUEUE_GRACE_SECONDS: '15' });
  let visitor: Page;
  let worker: Page;

  beforeAll(async () => {
    await openDemoChatAllDay(nabij.server.database.url);
    visitor = await nabij.person(PHONE);
    worker = await nabij.person(DESKTOP);
  });

  it('says the chat is open', async () => {
    const status = await (await fetch(`${nabij.url}/api/chat/status?organisation=mw-hollands-midden`)).json();
    expect(status.open).toBe(true);
  });

  it('lets a visitor find anonymous chat from the start page, check the postcode and join the queue', async () => {
    await visitor.goto(nabij.url);
    await visitor.getByRole('link', { name: 'Anoniem chatten' }).click();
    await visitor.waitForURL(/\/chat\/anoniem/);
    await visitor.getByLabel('Je postcode').fill('2312 ab');
    await visitor.getByRole('button', { name: 'Controleer postcode' }).click();
    await visitor.getByText('Je postcode is 2312 AB').waitFor();
    await shoot(visitor, 'visitor-start');
    await visitor.getByLabel(/Je e-mailadres/).fill('anoniem@example.nl');
    await visitor.getByLabel(/Een naam voor de chat/).fill('Zonnebloem');
    await visitor.getByRole('button', { name: 'Start de chat' }).click();
    await visitor.getByRole('heading', { name: 'Je staat in de wachtrij' }).waitFor();
    await expect(visitor.getByText(/Je bent nummer 1 in de rij/).isVisible()).resolves.toBe(true);
    // The question can be typed while waiting: the worker reads it before picking up.
    await visitor.getByLabel(/Waar gaat je vraag over/).fill('Ik krijg aanmaningen en weet niet waar ik moet beginnen.');
    await visitor.getByRole('button', { name: 'Bewaar je vraag' }).click();
    await visitor.getByText('Je vraag is bewaard.').waitFor();
    await shoot(visitor, 'visitor-waiting');
  });

  it('shows the worker the waiting visitor with their e-mail and postcode, and the worker picks up', async () => {
    // Password, then the code of the demo authenticator (staff log in in two steps).
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.getByRole('link', { name: 'Chat: wachtrij' }).click();
    await worker.waitForURL(/\/chat\/wachtrij/);
    const entry = worker.locator('.chat-queue-item', { hasText: 'anoniem@example.nl' });
    await entry.waitFor();
    const seen = await entry.textContent();
    expect(seen).toContain('2312 AB');
    expect(seen).toContain('Zonnebloem (anoniem)');
    expect(seen).toContain('Is er nog');
    expect(seen).toContain('Vraag: Ik krijg aanmaningen en weet niet waar ik moet beginnen.');
    await entry.getByRole('button', { name: /Oppakken/ }).click();
    await worker.getByRole('heading', { name: 'Chat met Zonnebloem (anoniem)' }).waitFor();
    await visitor.getByRole('heading', { name: 'Je chat met een maatschappelijk werker' }).waitFor();
    // An anonymous visitor has no login to join a call with: no "Verder met video", and the worker is told why.
    await worker.getByText('Videobellen kan alleen met een cliënt die is ingelogd en een dossier heeft.').waitFor();
    await expect(worker.getByRole('button', { name: 'Verder met video' }).count()).resolves.toBe(0);
  });

  it('carries messages both ways, as text only', async () => {
    await visitor.getByLabel('Je bericht').fill('Hallo, ik heb <b>schulden</b>.');
    await visitor.getByLabel('Je bericht').press('Enter');
    const received = worker.locator('.chat-msg', { hasText: 'Hallo, ik heb <b>schulden</b>.' });
    await received.waitFor();
    await expect(worker.locator('.chat-msg b').count()).resolves.toBe(0);

    await worker.getByLabel('Je bericht').fill('Fijn dat je chat. Vertel eens meer.');
    await worker.getByRole('button', { name: 'Verstuur' }).click();
    await visitor.locator('.chat-msg', { hasText: 'Fijn dat je chat. Vertel eens meer.' }).waitFor();
    await expect(visitor.locator('.chat-log').getAttribute('aria-live')).resolves.toBe('polite');
    await shoot(visitor, 'visitor-chat');
    await shoot(worker, 'worker-desk');
  });

  it('ends the chat from the worker side and the visitor answers the three questions', async () => {
    await worker.getByRole('button', { name: 'Chat beëindigen' }).click();
    await visitor.getByRole('heading', { name: 'De chat is gestopt' }).waitFor();
    await visitor.getByRole('heading', { name: 'Drie korte vragen' }).waitFor();
    await visitor
      .getByRole('group', { name: /Heeft de chat je geholpen/ })
      .getByLabel('4')
      .check();
    await visitor
      .getByRole('group', { name: /Voelde je je begrepen/ })
      .getByLabel('5')
      .check();
    await visitor
      .getByRole('group', { name: /Zou je nog eens chatten/ })
      .getByLabel('Ja')
      .check();
    await visitor.getByRole('button', { name: 'Verstuur antwoorden' }).click();
    await visitor.getByText('Bedankt voor je antwoorden!').waitFor();
    await shoot(visitor, 'visitor-ended');

    const db = new Client({ connectionString: nabij.server.database.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT s.status, s.email, e.helpful, e.understood, e.again FROM chat_session s JOIN chat_evaluation e ON e.session_id = s.id
          WHERE s.email = $1`,
        ['anoniem@example.nl'],
      );
      expect(rows).toEqual([{ status: 'ended', email: 'anoniem@example.nl', helpful: 4, understood: 5, again: true }]);
    } finally {
      await db.end();
    }
  });

  it('takes a visitor who went away out of the queue after the grace period, live on the desk, and tells them when they are back', async () => {
    // Its own desk, so this test also runs alone.
    const desk = await nabij.person(DESKTOP);
    await logIn(desk, nabij.url, 'worker@demo.nabij.nl');
    await desk.goto(`${nabij.url}/chat/wachtrij`);
    await desk.getByRole('heading', { name: 'Chat: wachtrij' }).waitFor();
    const other = await nabij.person(PHONE);
    await other.goto(`${nabij.url}/chat/anoniem`);
    await other.getByLabel('Je postcode').fill('2312 AB');
    await other.getByRole('button', { name: 'Controleer postcode' }).click();
    await other.getByLabel(/Een naam voor de chat/).fill('Merel');
    await other.getByRole('button', { name: 'Start de chat' }).click();
    await other.getByRole('heading', { name: 'Je staat in de wachtrij' }).waitFor();
    const entry = desk.locator('.chat-queue-item', { hasText: 'Merel (anoniem)' });
    await entry.getByText('Is er nog').waitFor();

    // The visitor leaves the page (the tab keeps its chat token, as after closing and reopening it).
    await other.goto('about:blank');
    // The portal's sockets start on a WebSocket, so the closed page is noticed at once (a socket on
    // long-polling would be noticed only by socket.io's ping timeout, up to 45 s).
    await entry.getByText(/Weg sinds \d{2}:\d{2}\. Gaat uit de rij na 15 seconden\./).waitFor({ timeout: 20_000 });
    await shoot(desk, 'worker-queue-gone');
    // Removed by the background sweep and the desk told over the socket: no reload here.
    await entry.waitFor({ state: 'detached', timeout: 60_000 });

    await other.goto(`${nabij.url}/chat/anoniem`);
    await other.getByRole('heading', { name: 'Je staat niet meer in de rij' }).waitFor();
    await other.getByText(/Je was te lang weg van deze pagina/).waitFor();
    await shoot(other, 'visitor-left-queue');
    await other.getByRole('button', { name: 'Opnieuw in de rij' }).click();
    // A new place needs the postcode again in a new page (the check was used by the old chat).
    await other.getByLabel('Je postcode').waitFor();
  });
});
