import { Client } from 'pg';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(180_000);

/**
 * Issue 15, social map in a browser: the worker searches the map from the case page ("schulden"
 * near 2312 AB puts Leiden's debt help before Gouda's), refers the client with a reason, moves the
 * referral on, and the client reads it in plain words in their dossier on a phone. A postcode Nabij
 * does not serve gets the social map of its own municipality.
 */
describe('referral to the social map from the case page', () => {
  const nabij = useNabij();

  it('records a referral on the case and shows it to the client with its status', async () => {
    // Read only: which case the demo worker holds for the demo client.
    const db = new Client({ connectionString: nabij.server.database.url });
    await db.connect();
    let caseId: string;
    try {
      const { rows } = await db.query(
        `SELECT c.id FROM care_case c JOIN account a ON a.id = c.client_id JOIN account w ON w.id = c.assigned_worker_id
          WHERE a.email = 'client@demo.nabij.nl' AND w.email = 'worker@demo.nabij.nl' AND c.closed_on IS NULL AND c.uses_online_dossier
          ORDER BY c.opened_on DESC LIMIT 1`,
      );
      caseId = rows[0].id;
    } finally {
      await db.end();
    }
    const reason = `Je wilt van je schulden af. De gemeente maakt met je een plan (${Date.now()}).`;

    const worker = await nabij.person(DESKTOP);
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.goto(`${nabij.url}/caseload/${caseId}`);
    const panel = worker.locator('nb-case-referrals');
    await panel.getByLabel('Zoek op de sociale kaart').fill('schulden');
    await panel.getByLabel('Postcode van de cliënt (mag leeg blijven)').fill('2312 AB');
    await panel.getByRole('button', { name: 'Zoeken' }).click();
    await panel.getByText(/diensten gevonden/).waitFor();

    const options = await panel.locator('fieldset.hits label').allTextContents();
    const leiden = options.findIndex((o) => o.includes('Gemeente Leiden: Schuldhulpverlening'));
    const gouda = options.findIndex((o) => o.includes('Gemeente Gouda: Schuldhulpverlening'));
    expect(leiden).toBeGreaterThanOrEqual(0);
    expect(gouda === -1 || gouda > leiden).toBe(true);
    // The case page with the search results and the referral form open: no WCAG 2.1 AA problems.
    expect(await wcagViolations(worker)).toEqual([]);

    await panel.getByRole('radio', { name: /^Gemeente Leiden: Schuldhulpverlening/ }).check();
    await panel.getByLabel('Waarom deze dienst? (de cliënt leest dit)').fill(reason);
    await panel.getByRole('button', { name: 'Verwijzing opslaan' }).click();
    await panel.getByText('De verwijzing naar Gemeente Leiden: Schuldhulpverlening is opgeslagen.').waitFor();

    const saved = panel.locator('.referral', { hasText: reason });
    await saved.getByLabel(/Stand van Gemeente Leiden/).selectOption('made');
    await saved.getByRole('button', { name: 'Stand opslaan' }).click();
    await panel.getByText('De stand van Gemeente Leiden: Schuldhulpverlening is nu: Aangemeld.').waitFor();

    const client = await nabij.person(PHONE);
    await logIn(client, nabij.url, 'client@demo.nabij.nl');
    await client.goto(`${nabij.url}/dossier`);
    const mine = client.locator('nb-client-referrals .referral', { hasText: reason });
    await mine.waitFor();
    await expect(mine.locator('h3').textContent()).resolves.toBe('Gemeente Leiden: Schuldhulpverlening');
    await expect(mine.textContent()).resolves.toContain('Je hulpverlener heeft je aangemeld. De dienst neemt contact met je op.');
    const widths = await client.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  });

  it('shows a postcode Nabij does not serve (Oegstgeest) the social map of its own municipality first', async () => {
    const page = await nabij.person(PHONE);
    await page.goto(nabij.url);
    await page.getByLabel(/postcode/i).fill('2341 AB');
    await page.locator('form button[type=submit]').first().click();
    await page.waitForURL(/\/referral/);
    await page.getByRole('heading', { name: 'Hulp in je eigen gemeente' }).waitFor();
    const local = await page.locator('.local-service h3').allTextContents();
    expect(local).toContain('Maatjesproject Leiden en Oegstgeest: Een maatje tegen eenzaamheid');
    await expect(page.getByRole('heading', { name: 'Ook voor heel Nederland' }).isVisible()).resolves.toBe(true);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
