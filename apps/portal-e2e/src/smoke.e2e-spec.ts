import { Page } from 'playwright-core';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(90_000);

describe('smoke: a new visitor on a phone', () => {
  const nabij = useNabij();
  let page: Page;

  beforeAll(async () => {
    page = await nabij.person(PHONE);
  });

  it('serves the API health and the OpenAPI document', async () => {
    const health = await fetch(`${nabij.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const docs = await fetch(`${nabij.url}/api/docs-json`);
    expect((await docs.json()).paths).toHaveProperty('/api/postcode-check');
  });

  it('loads the start page in Dutch and checks a Leiden postcode', async () => {
    await page.goto(nabij.url);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByLabel(/postcode/i).fill('2312 ab');
    await page.locator('form button[type=submit]').first().click();
    await page.waitForURL(/\/register/);
    await expect(
      page
        .getByText(/Leiden/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('sends a postcode outside the region to real places to go', async () => {
    await page.goto(nabij.url);
    await page.getByLabel(/postcode/i).fill('1012 AB');
    await page.locator('form button[type=submit]').first().click();
    await page.waitForURL(/\/referral/);
    await expect(
      page
        .getByText(/Luisterlijn/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('logs in as the demo client and shows their home', async () => {
    await page.goto(`${nabij.url}/login`);
    await page.locator('#email').fill('client@demo.nabij.nl');
    await page.locator('#password').fill('Nabij-demo-2026!');
    await page.locator('form button[type=submit]').first().click();
    await page.waitForURL(/\/home/);
    await expect(
      page
        .getByText(/Leiden/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    // Exact: the home page also has "Overal uitloggen".
    await expect(page.getByRole('button', { name: 'Uitloggen', exact: true }).isVisible()).resolves.toBe(true);
  });
});
