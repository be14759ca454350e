import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { logIn } from './support/log-in';
import { keepScreenshot } from './support/screenshot';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

describe('report: the demo team lead reads the caseload hours of 2013 (Table B)', () => {
  const nabij = useNabij();
  let page: Page;

  beforeAll(async () => {
    page = await nabij.person(DESKTOP);
  });

  it('goes from the team lead home to the report and shows the Leiden Algemeen MW row for 2013', async () => {
    await logIn(page, nabij.url, 'teamlead@demo.nabij.nl');
    await page.getByRole('link', { name: /caseload en uren/i }).click();
    await page.waitForURL(/\/rapportage/);

    await page.getByRole('button', { name: /2013/ }).click();
    // The current year's table is on the page until 2013's has arrived: wait for its caption to name 2013.
    await page.locator('#report-caption', { hasText: '31 december 2013' }).waitFor();
    const row = page.locator('tr[data-financier="Leiden"][data-kind="algemeen_mw"]');
    await row.waitFor();
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells[0]).toBe('Leiden');
    expect(cells[1]).toBe('Algemeen MW');
    expect(cells[2]).toBe('93');
    expect(cells[5]).toBe('1039:15');
    // A team lead sees only their own team: no other financiers' rows.
    expect(await page.locator('tr[data-financier="Gouda"]').count()).toBe(0);
    // The subset row is there, indented under its main row.
    await expect(page.locator('tr.is-subset[data-financier="Leiden"]').count()).resolves.toBe(1);
    await keepScreenshot(page, 'report-2013');
  });

  it('downloads the same report as CSV for Dutch Excel (semicolons, Dutch headers, a byte order mark)', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /tabel b als csv/i }).click()]);
    expect(download.suggestedFilename()).toBe('tabel-b-2013-01-01-2013-12-31.csv');
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFFFinancier;Soort werk;')).toBe(true);
    expect(text).toContain('\r\nLeiden;');
  });
});

describe('time: the demo worker opens "Mijn uren" from their home', () => {
  const nabij = useNabij();
  let page: Page;

  beforeAll(async () => {
    page = await nabij.person(PHONE);
  });

  it('shows the week with hours per day and registers non-client time', async () => {
    await logIn(page, nabij.url, 'worker@demo.nabij.nl');
    await page
      .locator('#main')
      .getByRole('link', { name: /mijn uren/i })
      .click();
    await page.waitForURL(/\/uren/);
    await page.locator('.time-days').waitFor();
    expect(await page.locator('.time-days tbody tr').count()).toBe(7);
    await page.locator('#add-type').selectOption('preparation');
    await page.locator('#add-minutes').fill('45');
    await page.getByRole('button', { name: /^registreer$/i }).click();
    await page.getByText(/Geregistreerd: 45 minuten/).waitFor();
    await keepScreenshot(page, 'uren');
  });
});
