import { Page } from 'playwright-core';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

const DAY = '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \\d{1,2} \\w+ \\d{2}:\\d{2}';
const DUTCH_DEADLINE = new RegExp(`Je krijgt uiterlijk ${DAY} antwoord`);
const PROMISE = new RegExp(`(binnen 48 uur antwoord: uiterlijk|Dan krijg je uiterlijk) ${DAY}`);

describe('messages: the 48-hour promise, client and worker in their own browsers', () => {
  const nabij = useNabij();
  let client: Page;
  let worker: Page;
  // Unique per run, so the assertions find exactly this conversation's words.
  const question = `Kunt u mij helpen met de brief van de gemeente? (${Date.now()})`;
  const answer = `Ja, neem de brief mee naar onze afspraak. (${Date.now()})`;

  beforeAll(async () => {
    client = await nabij.person(PHONE);
    worker = await nabij.person(DESKTOP);
  });

  it('the client sends a message from the Berichten tile and is told when the answer comes', async () => {
    await logIn(client, nabij.url, 'client@demo.nabij.nl');
    // One answer rule, with its concrete deadline, on the home tile and on Berichten.
    await expect(client.locator('.tile', { hasText: 'Berichten' }).innerText()).resolves.toMatch(PROMISE);
    // The tile on the home page (the menu has a Berichten tab too).
    await client.locator('#main').getByRole('link', { name: 'Berichten' }).click();
    await client.waitForURL(/\/berichten$/);
    await expect(client.locator('.answer-promise').innerText()).resolves.toMatch(PROMISE);
    await client.locator('.thread-link').first().click();
    await client.waitForURL(/\/berichten\/[0-9a-f-]{36}$/);
    await client.getByRole('button', { name: 'Antwoorden' }).click();
    await client.getByLabel('Je bericht').fill(question);
    await client.getByRole('button', { name: 'Verstuur' }).click();
    await client.getByText('Je bericht is verstuurd.').waitFor();
    await expect(client.locator('.sent-note').innerText()).resolves.toMatch(DUTCH_DEADLINE);
    await expect(client.getByText(question).isVisible()).resolves.toBe(true);
  });

  it('the worker sees it in the inbox with its deadline and answers', async () => {
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.locator('#main').getByRole('link', { name: 'Inbox' }).click();
    await worker.waitForURL(/\/inbox$/);
    const row = worker.locator('.inbox-row', { hasText: 'Sanne de Vries' });
    await expect(row.locator('.inbox-row__due').innerText()).resolves.toMatch(/nog \d+ (uur|min)/);
    await row.click();
    await worker.waitForURL(/\/inbox\/[0-9a-f-]{36}$/);
    await worker.getByText(question).waitFor();
    await expect(worker.locator('.due-line').innerText()).resolves.toMatch(
      /Antwoord uiterlijk \w+ \d{1,2} \w+ \d{2}:\d{2} — nog \d+ (uur|min)/,
    );
    // The client's case beside the conversation: financier (Leiden) and the open "letter needed" action.
    await worker.locator('.inbox-context .facts').waitFor();
    await expect(worker.locator('.inbox-context').innerText()).resolves.toMatch(/Leiden[\s\S]*brief/);
    await worker.getByLabel('Antwoord').fill(answer);
    await worker.getByRole('button', { name: 'Verstuur' }).click();
    await worker.getByText('Antwoord verstuurd.').waitFor();
    await expect(worker.locator('.due-line').count()).resolves.toBe(0);
  });

  it('the client sees the answer; the unread badge clears once it is read', async () => {
    await client.goto(`${nabij.url}/home`);
    const tile = client.locator('.tile', { hasText: 'Berichten' });
    await tile.locator('.badge--count').waitFor();
    // The same words as the list on Berichten.
    await expect(tile.locator('.badge--count').innerText()).resolves.toMatch(/1 nieuw/);
    await tile.getByRole('link').click();
    await client.locator('.thread-link').first().click();
    await client.getByText(answer).waitFor();
    await expect(client.locator('.waiting').count()).resolves.toBe(0);
    await client
      .getByRole('link', { name: /Nabij|Home/i })
      .first()
      .click();
    await client.waitForURL(/\/home$/);
    await expect(client.locator('.tile', { hasText: 'Berichten' }).locator('.badge--count').count()).resolves.toBe(0);
  });
});
