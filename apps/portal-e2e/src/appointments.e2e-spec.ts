import { Client } from 'pg';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(180_000);

/**
 * Issue 17 in a browser: on a 360 px phone the client cancels an appointment with a reason and sets
 * SMS reminders; at the desk the worker sees the reason and gives the demo's requested move a new
 * time; the team lead reads the no-show rate per month before and after reminders were switched on.
 */
describe('appointment changes and reminders', () => {
  const nabij = useNabij();

  async function demoCaseId(): Promise<string> {
    const db = new Client({ connectionString: nabij.server.database.url });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT c.id FROM care_case c JOIN account a ON a.id = c.client_id
          WHERE a.email = 'client@demo.nabij.nl' AND c.closed_on IS NULL AND c.uses_online_dossier ORDER BY c.opened_on DESC LIMIT 1`,
      );
      return rows[0].id;
    } finally {
      await db.end();
    }
  }

  it('the client cancels with a reason and sets SMS reminders; the worker reads it and moves the other appointment', async () => {
    const client = await nabij.person(PHONE);
    await logIn(client, nabij.url, 'client@demo.nabij.nl');
    await client.goto(`${nabij.url}/dossier`);
    // The video appointment in three days (the one planned a week later already waits for a new time).
    const video = client.locator('li', { hasText: 'Videobellen' }).filter({ hasText: 'gepland' }).first();
    await video.getByRole('button', { name: 'Afzeggen' }).click();
    await video.getByLabel('Waarom zeg je de afspraak af?').fill('Mijn zoon is ziek, ik blijf thuis.');
    await video.getByRole('button', { name: 'Afspraak afzeggen' }).click();
    await client.getByText('Je hebt de afspraak afgezegd. Je hulpverlener krijgt een bericht.').waitFor();
    await client.getByText('Je hebt deze afspraak afgezegd: Mijn zoon is ziek, ik blijf thuis.').waitFor();
    await expect(client.getByText('Je vroeg om een andere tijd:').count()).resolves.toBe(1);
    expect(await client.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await wcagViolations(client)).toEqual([]);

    await client.getByRole('link', { name: /Herinnering per sms/ }).click();
    await client.getByRole('heading', { name: 'Herinneringen aan je afspraken' }).waitFor();
    await expect(client.getByLabel('Je mobiele nummer').inputValue()).resolves.toBe('+31612345678');
    await client.getByLabel('Je mobiele nummer').fill('06 87654321');
    await client.getByRole('button', { name: 'Opslaan' }).click();
    await client.getByText('Opgeslagen.').waitFor();
    await expect(client.getByLabel('Je mobiele nummer').inputValue()).resolves.toBe('+31687654321');
    expect(await wcagViolations(client)).toEqual([]);

    const worker = await nabij.person(DESKTOP);
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.goto(`${nabij.url}/caseload/${await demoCaseId()}`);
    await worker.getByText('Afgezegd door de cliënt: Mijn zoon is ziek, ik blijf thuis.').waitFor();
    const asked = worker.locator('li', { hasText: 'De cliënt vraagt een andere tijd' });
    await asked.getByLabel('Nieuwe tijd').fill('2030-05-14T14:30');
    await asked.getByRole('button', { name: 'Nieuwe tijd opslaan' }).click();
    await worker.getByText(/Verzet op vraag van de cliënt/).waitFor();
    await expect(worker.getByText('De cliënt vraagt een andere tijd').count()).resolves.toBe(0);
  });

  it('the team lead reads the no-show rate per month, before and after reminders, on a phone', async () => {
    const lead = await nabij.person(PHONE);
    await logIn(lead, nabij.url, 'teamlead@demo.nabij.nl');
    await lead.goto(`${nabij.url}/herinneringen/organisatie`);
    await lead.getByRole('heading', { name: 'Herinneringen en niet-gekomen afspraken' }).waitFor();
    // The heading shows before the report arrives: wait for its table, then count its months.
    await lead.locator('tbody tr').first().waitFor();
    await expect(lead.locator('tbody tr').count()).resolves.toBe(12);
    await lead.getByText(/^Voor het aanzetten: \d+% niet gekomen/).waitFor();
    await lead.getByText(/^Na het aanzetten: \d+% niet gekomen/).waitFor();
    await expect(lead.getByRole('button', { name: 'Aanzetten' }).count()).resolves.toBe(0);
    expect(await lead.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await wcagViolations(lead)).toEqual([]);
  });
});
