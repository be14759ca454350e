import { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Nabij-demo-2026!';

/** Logs in through the real login page, as a person would, and waits for their home. */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').first().click();
  await page.waitForURL(/\/home/);
}
