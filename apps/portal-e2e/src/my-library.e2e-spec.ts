import { wcagViolations } from './support/axe';
import { demoCaseId } from './support/demo-case';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/**
 * "Mijn bibliotheek" as the demo client Sanne sees it on her phone: the energiemeter her worker
 * Youssef shared with a note is new; she marks it read, and it stays read after a reload. Her
 * worker's case page shows the anonymous question she asked before registering, with his answer.
 */
describe('Mijn bibliotheek journey (client, phone) and the question on the case', () => {
  const nabij = useNabij();

  it('shows the client what her worker shared, with the note, and marks it read', async () => {
    const page = await nabij.person(PHONE);
    await logIn(page, nabij.url, 'client@demo.nabij.nl');
    await page.getByRole('link', { name: 'Mijn bibliotheek' }).first().click();
    await page.waitForURL(/\/mijn-bibliotheek$/);
    await page.getByRole('heading', { level: 1, name: 'Mijn bibliotheek' }).waitFor();

    const shared = page.locator('li.shelf-item', { hasText: 'Energiemeter' });
    await shared.waitFor();
    expect(await shared.locator('.badge').textContent()).toBe('Nieuw');
    expect(await shared.locator('.shelf-note').textContent()).toContain('Vul deze meter een week in.');
    expect(await shared.locator('.shelf-from').textContent()).toContain('Youssef');
    // The money article shared earlier was read already: no badge.
    expect(await page.locator('li.shelf-item:not(.shelf-item--new)').count()).toBeGreaterThanOrEqual(1);
    expect((await wcagViolations(page)).map((v) => `shelf: ${v}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await shared.getByRole('button', { name: /^Markeer als gelezen: Energiemeter/ }).click();
    await page.getByText('staat op gelezen.').waitFor();
    expect(await shared.locator('.badge').count()).toBe(0);
    await page.reload();
    const again = page.locator('li.shelf-item', { hasText: 'Energiemeter' });
    await again.waitFor();
    expect(await again.locator('.badge').count()).toBe(0);

    await again.getByRole('link', { name: /^Openen: Energiemeter/ }).click();
    await page.waitForURL(/\/oefeningen\/energiemeter$/);
    await page.getByRole('heading', { level: 1, name: /Energiemeter/ }).waitFor();
    await page.context().close();
  });

  it("shows the worker, on the client's case, the anonymous question she asked before registering and the answer", async () => {
    const caseId = await demoCaseId(nabij.server.database.url);
    const worker = await nabij.person(DESKTOP);
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.goto(`${nabij.url}/caseload/${caseId}`);
    const section = worker.locator('section', { has: worker.getByRole('heading', { name: 'Anonieme vraag vóór de aanmelding' }) });
    await section.waitFor();
    expect(await section.textContent()).toContain('Merel vroeg op');
    expect(await section.locator('.thread-text').allTextContents()).toEqual([
      expect.stringContaining('ik durf de post niet meer open te maken'),
      expect.stringContaining('Begin klein: open vandaag één brief'),
    ]);
    expect((await wcagViolations(worker)).map((v) => `case: ${v}`)).toEqual([]);
    await worker.context().close();
  });
});
