import { Client } from 'pg';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(180_000);

const PARENT = 'Karim El Idrissi';
const EMAIL = 'karim.elidrissi@demo.nabij.nl';
const PASSWORD = 'Vader-van-Amira-2026';

/**
 * Issue 17, parents and guardians, in a browser: the worker invites a pupil's father from the case
 * page and shares only the appointments; the father chooses a password from the mailed link, logs in
 * on his phone and sees the appointments, and nothing else of his 14-year-old daughter's help.
 */
describe('a parent from invitation to what the worker shares', () => {
  const nabij = useNabij();

  it('invite → password → parent logs in on a phone → sees the shared appointments and nothing else', async () => {
    // Read only: the demo case of Amira (14) at the demo worker.
    const db = new Client({ connectionString: nabij.server.database.url });
    await db.connect();
    let caseId: string;
    try {
      const { rows } = await db.query(
        `SELECT c.id FROM care_case c JOIN account a ON a.id = c.client_id WHERE a.email = 'amira.leerling@demo.nabij.nl'`,
      );
      caseId = rows[0].id;
    } finally {
      await db.end();
    }

    // The worker invites the father from the case page, with appointments shared (the default) and nothing else.
    const worker = await nabij.person(DESKTOP);
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.goto(`${nabij.url}/caseload/${caseId}`);
    const panel = worker.locator('nb-case-guardians');
    await panel.getByRole('heading', { name: 'Ouders en verzorgers' }).waitFor();
    await panel.getByText('De leerling is jonger dan 16').waitFor();
    await panel.getByLabel('Naam').fill(PARENT);
    await panel.getByLabel('E-mailadres').fill(EMAIL);
    await panel.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await panel.getByText(`De uitnodiging is naar ${EMAIL} gestuurd.`).waitFor();
    await panel.getByRole('heading', { name: new RegExp(PARENT) }).waitFor();

    // The father follows the mailed link and chooses a password.
    const parent = await nabij.person(PHONE);
    await parent.goto(`${nabij.url}/dev/mail`);
    const link = parent.locator('li.mail', { hasText: EMAIL }).locator('a[href*="/ouder-uitnodiging?token="]');
    await link.first().waitFor();
    await parent.goto((await link.first().getAttribute('href')) as string);
    await parent.getByText('nodigt je uit als ouder of verzorger').waitFor();
    await parent.locator('#password').fill(PASSWORD);
    await parent.locator('form:has(#password) button[type=submit]').click();
    await parent.waitForURL(/\/login/);

    // He logs in (no second step for parents) and sees his daughter on his home page.
    await parent.locator('#email').fill(EMAIL);
    await parent.locator('#password').fill(PASSWORD);
    await parent.locator('form button[type=submit]').first().click();
    await parent.waitForURL(/\/home/);
    await parent.getByRole('heading', { name: 'Amira El Idrissi' }).waitFor();
    await parent.getByRole('link', { name: 'Bekijk wat er gedeeld is' }).click();
    await parent.waitForURL(/\/kind\//);

    // Only the appointments: no documents, no messages, and nothing the pupil wrote.
    await parent.getByRole('heading', { name: 'Over Amira El Idrissi' }).waitFor();
    await parent.getByRole('heading', { name: 'Afspraken' }).waitFor();
    await parent.getByText('Op school, kamer 1.12 (leerlingenzorg)').first().waitFor();
    await expect(parent.getByRole('heading', { name: 'Documenten' }).count()).resolves.toBe(0);
    await expect(parent.getByRole('heading', { name: 'Berichten met de hulpverlener' }).count()).resolves.toBe(0);
    // The appointment's note is for the pupil only.
    await expect(parent.locator('main').textContent()).resolves.not.toContain('dagboekje');
    await expect(wcagViolations(parent)).resolves.toEqual([]);
    const widths = await parent.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  });
});
