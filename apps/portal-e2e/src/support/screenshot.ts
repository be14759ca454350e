import { Page } from 'playwright-core';
import { join } from 'node:path';

/**
 * `E2E_SCREENSHOTS=/some/dir` keeps a full-page screenshot of the page at this point of a journey,
 * for a look by eye. Without it nothing is taken: a full-page screenshot of a long page costs a busy
 * machine seconds, and no test reads it.
 */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env['E2E_SCREENSHOTS'];
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
