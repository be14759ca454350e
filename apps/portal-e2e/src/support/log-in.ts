import { Page } from 'playwright-core';
import { generateSync } from 'otplib';

export const DEMO_PASSWORD = 'Nabij-demo-2026!';
/** DEMO_TOTP_SECRET of the demo seed: the authenticator of every demo staff account. */
export const DEMO_TOTP_SECRET = 'VYMXSMYRCCKFO7ZXT4PPTKUWXKUGI4LE';

/** Time steps whose code this process used, per account: the API accepts a code once. */
const usedSteps = new Map<string, number>();

/** The code of the demo authenticator now, or the next step's (the API accepts ±1) when this one was used. */
function nextCode(email: string): string {
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, (usedSteps.get(email) ?? -1) + 1);
  usedSteps.set(email, step);
  return generateSync({ secret: DEMO_TOTP_SECRET, epoch: step * 30 });
}

/**
 * Logs in through the real login page, as a person would, and waits for their home. Staff get the
 * code step after the password and type the code their authenticator app would show.
 */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').first().click();
  const codeField = page.locator('#totp-code');
  // Whichever comes first; the other wait ends quietly (no unhandled rejection after the race).
  const home = page.waitForURL(/\/home/).then(
    () => 'home' as const,
    () => null,
  );
  const code = codeField.waitFor({ state: 'visible' }).then(
    () => 'code' as const,
    () => null,
  );
  if ((await Promise.race([home, code])) === 'code') {
    // Another browser of this run may have used this code a moment ago: then the next step's works.
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login/second-factor'));
      await codeField.fill(nextCode(email));
      await page.locator('form button[type=submit]').first().click();
      if ((await answer).status() === 200) break;
    }
  }
  await page.waitForURL(/\/home/);
}
