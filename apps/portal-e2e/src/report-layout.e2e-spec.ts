import { Page } from 'playwright-core';
import { logIn } from './support/log-in';
import { keepScreenshot } from './support/screenshot';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';
import { queryDatabase } from './video-support';

jest.setTimeout(240_000);

/** A box that breaks out of the page column, described for the failure message. */
interface Escape {
  what: string;
  left: number;
  right: number;
  column: [number, number];
}

/**
 * Every table (and card) on the page lies within the main content column; a table wider than the
 * column may only be wider inside a labelled, keyboard-focusable region that lies within the column
 * and scrolls. Returns what breaks out (empty when all is well) and how many tables were measured.
 */
function measure(page: Page): Promise<{ escapes: Escape[]; tables: number }> {
  return page.evaluate(() => {
    const main = document.querySelector('main') as HTMLElement;
    const style = getComputedStyle(main);
    const box = main.getBoundingClientRect();
    const column: [number, number] = [box.left + parseFloat(style.paddingLeft) - 1, box.right - parseFloat(style.paddingRight) + 1];
    const escapes: Array<{ what: string; left: number; right: number; column: [number, number] }> = [];
    const name = (el: Element) =>
      (el.querySelector('caption')?.textContent ?? el.getAttribute('aria-labelledby') ?? el.className ?? el.tagName).trim().slice(0, 60);
    const outside = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      if (r.width && (r.left < column[0] || r.right > column[1]))
        escapes.push({ what, left: Math.round(r.left), right: Math.round(r.right), column });
    };
    const tables = [...main.querySelectorAll('table')].filter(
      (t) => t.getBoundingClientRect().width > 0 && !t.closest('details:not([open])'),
    );
    for (const table of tables) {
      const region = table.closest('[role=region]') as HTMLElement | null;
      if (!region) {
        outside(table, `table ${name(table)}`);
        continue;
      }
      outside(region, `region of ${name(table)}`);
      const labelled =
        region.getAttribute('aria-label') || document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent;
      if (!labelled || region.tabIndex !== 0)
        escapes.push({ what: `unlabelled or unfocusable region of ${name(table)}`, left: 0, right: 0, column });
      // Wider than its region is fine only when the region really scrolls.
      if (table.getBoundingClientRect().width > region.clientWidth + 1 && getComputedStyle(region).overflowX !== 'auto')
        escapes.push({ what: `region of ${name(table)} does not scroll`, left: 0, right: 0, column });
    }
    for (const card of main.querySelectorAll('.card, section, .report-kpis')) outside(card, `${card.tagName.toLowerCase()} ${name(card)}`);
    return { escapes, tables: tables.length };
  });
}

/** Rendered font sizes (px) of the chart labels: HTML text as computed, SVG text scaled with its chart. */
function chartLabelSizes(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart__label, .chart__value')].map((el) => {
      const size = parseFloat(getComputedStyle(el).fontSize);
      const svg = (el as Element).closest('svg');
      return svg ? (size * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width : size;
    }),
  );
}

describe('layout: report and time tables stay in the page column (issue 19.7)', () => {
  const nabij = useNabij();

  beforeAll(async () => {
    // Something to confirm in "Mijn uren", with a long case name: a prefilled message of this week on
    // the demo worker's open case (as the messages module would register it).
    await queryDatabase(
      nabij.server.database.url,
      `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, source, source_id, status, created_at, updated_at)
       SELECT c.organisation_id, c.assigned_worker_id, c.id, 'message', 15, (now() AT TIME ZONE 'Europe/Amsterdam')::date,
              'message', 'layout-e2e-' || c.id || '-' || n, 'to_confirm', now(), now()
         FROM care_case c JOIN account w ON w.id = c.assigned_worker_id, generate_series(1, 2) n
        WHERE w.email = 'worker@demo.nabij.nl' AND c.closed_on IS NULL
        ORDER BY c.opened_on DESC LIMIT 2`,
    );
  });

  it.each([
    ['1280 px', DESKTOP],
    ['360 px', PHONE],
  ])('keeps every table of the team lead’s report inside the column at %s, with readable chart labels', async (_, viewport) => {
    const page = await nabij.person(viewport);
    await logIn(page, nabij.url, 'teamlead@demo.nabij.nl');
    await page.goto(`${nabij.url}/rapportage`);
    await page.getByRole('button', { name: /2013/ }).click();
    await page.locator('tr[data-financier="Leiden"][data-kind="algemeen_mw"]').waitFor();
    await page.locator('[data-table=hours-workers]').waitFor();
    const report = await measure(page);
    // Table B, the two hours tables, and the charts' number tables once opened below.
    expect(report.tables).toBeGreaterThanOrEqual(3);
    expect(report.escapes).toEqual([]);
    for (const summary of await page.locator('.chart__data summary').all()) await summary.click();
    expect((await measure(page)).escapes).toEqual([]);
    const sizes = await chartLabelSizes(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await keepScreenshot(page, `report-layout-${viewport.width}`);

    await page.getByRole('tab', { name: 'Per medewerker' }).click();
    await page.locator('.worker-table tbody tr').first().waitFor();
    const workers = await measure(page);
    expect(workers.tables).toBeGreaterThanOrEqual(1);
    expect(workers.escapes).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['1280 px', DESKTOP],
    ['360 px', PHONE],
  ])('keeps "Mijn uren" and "Te bevestigen" of the worker inside the column at %s', async (_, viewport) => {
    const page = await nabij.person(viewport);
    await logIn(page, nabij.url, 'worker@demo.nabij.nl');
    await page.goto(`${nabij.url}/uren`);
    await page.locator('.time-item').first().waitFor();
    // One registered entry, so the entries table is there too.
    await page.locator('#add-type').selectOption('preparation');
    await page.locator('#add-minutes').fill('30');
    await page.getByRole('button', { name: /^registreer$/i }).click();
    await page.locator('.time-entries tbody tr').first().waitFor();
    const time = await measure(page);
    expect(time.tables).toBeGreaterThanOrEqual(2);
    expect(time.escapes).toEqual([]);
    await keepScreenshot(page, `uren-layout-${viewport.width}`);
    await page.context().close();
  });
});
