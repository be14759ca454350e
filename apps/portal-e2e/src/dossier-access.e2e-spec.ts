import { demoCaseId } from './support/demo-case';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/**
 * Issue 19.4 in a browser: after the worker opened the client's case three times, the client reads
 * on a 360 px phone "… bekeek je dossier (3×)" under today's date, as a list that fits the screen.
 */
describe('Wie heeft mijn dossier ingezien, on a phone', () => {
  const nabij = useNabij();

  it('groups the worker’s reads per day in plain words, without table names and without sideways scrolling at 360 px', async () => {
    const caseId = await demoCaseId(nabij.server.database.url);

    const worker = await nabij.person(DESKTOP);
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    for (let i = 0; i < 3; i++) {
      await worker.goto(`${nabij.url}/caseload/${caseId}`);
      await worker.locator('h1').first().waitFor();
    }

    const client = await nabij.person(PHONE);
    await logIn(client, nabij.url, 'client@demo.nabij.nl');
    await client.goto(`${nabij.url}/dossier`);
    await client.getByText('Wie heeft mijn dossier ingezien').click();
    const today = client.locator('.access-day').first();
    await today.waitFor();
    const heading = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(new Date());
    await expect(today.locator('h3').textContent()).resolves.toContain(heading);
    await expect(today.textContent()).resolves.toMatch(/Youssef Amrani bekeek je dossier\s+\(3×\)/);

    const log = client.locator('details', { hasText: 'Wie heeft mijn dossier ingezien' });
    await expect(log.locator('table').count()).resolves.toBe(0);
    await expect(log.textContent()).resolves.not.toMatch(/[a-z]+_[a-z]+/);
    const widths = await client.evaluate(() => {
      const details = [...document.querySelectorAll('details')].find((d) => d.textContent?.includes('Wie heeft mijn dossier ingezien'))!;
      return {
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
        log: details.scrollWidth,
        box: details.clientWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.log).toBeLessThanOrEqual(widths.box);
  });
});
