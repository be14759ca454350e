import { Page } from 'playwright-core';
import { Client } from 'pg';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/** `CHAT_SCREENSHOTS=/some/dir` keeps screenshots of the chat pages for a look by eye. */
async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env['CHAT_SCREENSHOTS'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Local dates in Amsterdam, so the extra chat hours cover "now" whatever the real time is. */
function amsterdamDates(): string[] {
  const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);
  const now = Date.now();
  return [...new Set([day(new Date(now - 86_400_000)), day(new Date(now)), day(new Date(now + 86_400_000))])];
}

describe('chat: an anonymous visitor chats with the demo worker', () => {
  const nabij = useNabij();
  let visitor: Page;
  let worker: Page;

  beforeAll(async () => {
    // Test data: extra chat hours all day (yesterday–tomorrow), so the chat is open now. Written
    // directly: the admin's chat hours service adds closures only, never extra hours.
    const db = new Client({ connectionString: nabij.server.database.url });
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
    await visitor.getByRole('button', { name: 'Start de chat' }).click();
    await visitor.getByRole('heading', { name: 'Je staat in de wachtrij' }).waitFor();
    await expect(visitor.getByText(/Je bent nummer 1 in de rij/).isVisible()).resolves.toBe(true);
    await shoot(visitor, 'visitor-waiting');
  });

  it('shows the worker the waiting visitor with their e-mail and postcode, and the worker picks up', async () => {
    // Password, then the code of the demo authenticator (staff log in in two steps).
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.getByRole('link', { name: 'Chat: wachtrij' }).click();
    await worker.waitForURL(/\/chat\/wachtrij/);
    const entry = worker.locator('.chat-queue-item', { hasText: 'anoniem@example.nl' });
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain('2312 AB');
    await entry.getByRole('button', { name: /Oppakken/ }).click();
    await worker.getByRole('heading', { name: 'Chat met anoniem@example.nl' }).waitFor();
    await visitor.getByRole('heading', { name: 'Je chat met een maatschappelijk werker' }).waitFor();
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
});
