import { randomBytes } from 'node:crypto';
import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(240_000);

/**
 * Group trainings (issue 16): the demo worker makes a group of "Omgaan met stress", adds two clients
 * of their caseload and plans a meeting in a room; the demo client, one of the two, sees the group on
 * Training with the next meeting and the other participant by first name only.
 */
describe('group training journey', () => {
  const nabij = useNabij();
  let worker: Page;
  let client: Page;
  const visible = (page: Page, text: string | RegExp) => page.getByText(text).first().waitFor({ state: 'visible' });
  const tag = randomBytes(2).toString('hex');
  const title = `Omgaan met stress, groep ${tag}`;

  beforeAll(async () => {
    worker = await nabij.person(DESKTOP);
    client = await nabij.person(PHONE);
  });

  it('lets a trainer make a group with two participants and a meeting', async () => {
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.goto(`${nabij.url}/huiswerk`);
    await worker.getByRole('link', { name: 'Groepstrainingen' }).click();
    await worker.waitForURL(/\/groepen$/);
    await worker.getByLabel('Training', { exact: true }).selectOption({ label: 'Omgaan met stress' });
    await worker.getByLabel('Naam van de groep').fill(title);
    await worker.getByLabel('Startdatum').fill('2027-01-12');
    await worker.getByLabel(/In eigen tempo/).check();
    expect((await wcagViolations(worker)).map((v) => `groups: ${v}`)).toEqual([]);
    await worker.getByRole('button', { name: 'Groep maken' }).click();
    await worker.waitForURL(/\/groepen\/[0-9a-f-]{36}$/);
    await worker.getByRole('heading', { level: 1, name: title }).waitFor();
    await visible(worker, 'Nog geen deelnemers.');

    for (const name of ['Sanne de Vries', 'Mohamed Bouzid']) {
      await worker.getByLabel('Cliënt', { exact: true }).selectOption({ label: name });
      await worker.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await worker.getByRole('cell', { name, exact: true }).waitFor();
    }
    await visible(worker, 'Nog 4 deelnemers nodig om te starten');

    await worker.getByLabel('Datum', { exact: true }).fill('2027-01-12');
    await worker.getByLabel('Begintijd').fill('19:00');
    await worker.getByLabel('Ruimte', { exact: true }).fill('Buurthuis De Kooi, zaal 2');
    await worker.getByLabel('Adres', { exact: true }).fill('Kooilaan 2, 2315 AK Leiden');
    await worker.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await visible(worker, /12 januari.*120 minuten/);
    await visible(worker, 'Buurthuis De Kooi, zaal 2, Kooilaan 2, 2315 AK Leiden');
    expect((await wcagViolations(worker)).map((v) => `group: ${v}`)).toEqual([]);
  });

  it('shows the participant the group and the next meeting, and the others by first name only', async () => {
    await logIn(client, nabij.url, 'client@demo.nabij.nl');
    await client.goto(`${nabij.url}/training`);
    const card = client.locator('.my-group', { hasText: title });
    await card.getByText('Buurthuis De Kooi, zaal 2').waitFor();
    await card.getByRole('link', { name: 'Bekijk je groep' }).click();
    await client.waitForURL(/\/training\/groep\/[0-9a-f-]{36}$/);
    await client.getByRole('heading', { level: 1, name: title }).waitFor();
    const members = client.locator('.group-members');
    await members.getByText('Mohamed').waitFor();
    expect(await members.textContent()).not.toContain('Bouzid');
    await visible(client, 'Zet in mijn agenda (.ics)');
    expect((await wcagViolations(client)).map((v) => `participant group: ${v}`)).toEqual([]);
  });
});
