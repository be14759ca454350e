import { generateSync } from 'otplib';
import { Page, WebSocket } from 'playwright-core';
import { logIn } from './support/log-in';
import { DESKTOP, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

const NAME = 'Sanne de Vries';
const EMAIL = 'sanne.devries@demo.nabij.nl';
const PASSWORD = 'Sanne-werkt-bij-Nabij-2026';

/** The code an authenticator app linked to `secret` shows now, or in the next 30 seconds. */
function codeFor(secret: string, step = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + step * 30 });
}

async function typeCode(page: Page, field: string, secret: string): Promise<void> {
  // A code typed right at the end of its 30 seconds may reach the API in the next window: the API
  // accepts the neighbouring step too, so this is what a person with a phone does as well.
  await page.locator(field).fill(codeFor(secret));
  await page.locator(`form:has(${field}) button[type=submit]`).click();
}

/**
 * Issue 11's journey: an admin invites a new worker; the worker chooses a password from the
 * mailed link, links an authenticator app at the first login, logs in again with a code; the admin
 * deactivates them; their open chat connection closes at once and the login is refused.
 */
describe('running an organisation: a colleague from invitation to deactivation', () => {
  const nabij = useNabij();

  // One test: each step needs the one before it, and every test must pass when run alone.
  it('invite → password → authenticator → code login → deactivated: disconnected and refused', async () => {
    // An admin invites a worker by e-mail from the staff page.
    const admin = await nabij.person(DESKTOP);
    await logIn(admin, nabij.url, 'admin@demo.nabij.nl');
    await admin.goto(`${nabij.url}/medewerkers`);
    await admin.locator('#invite-name').fill(NAME);
    await admin.locator('#invite-email').fill(EMAIL);
    await admin.locator('#invite-role').selectOption('worker');
    await admin.locator('#invite-team').selectOption({ label: 'Team Leiden' });
    await admin.locator('#invite-chat-duty').check();
    await admin.locator('form:has(#invite-name) button[type=submit]').click();
    await admin.locator('section:has(#invites-title)').getByText(EMAIL).waitFor();

    // The worker follows the mailed link, chooses a password and links an authenticator at the first login.
    const worker = await nabij.person(DESKTOP);
    await worker.goto(`${nabij.url}/dev/mail`);
    const link = worker.locator('li.mail', { hasText: EMAIL }).locator('a[href*="/uitnodiging?token="]');
    await link.first().waitFor();
    await worker.goto((await link.first().getAttribute('href')) as string);
    await worker.locator('#password').fill(PASSWORD);
    await worker.locator('form:has(#password) button[type=submit]').click();
    await worker.waitForURL(/\/login/);

    await worker.locator('#email').fill(EMAIL);
    await worker.locator('#password').fill(PASSWORD);
    await worker.locator('form button[type=submit]').first().click();
    // Staff without an app yet: the QR code and the key to type.
    const key = worker.locator('[data-testid=secret]');
    await key.waitFor();
    const secret = ((await key.textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(worker.locator('img.qr').getAttribute('alt')).resolves.toBeTruthy();
    await typeCode(worker, '#setup-code', secret);
    // Ten recovery codes, shown once, before the session starts.
    await worker.locator('ol.codes li').first().waitFor();
    await expect(worker.locator('ol.codes li').count()).resolves.toBe(10);
    await worker.locator('nb-recovery-codes button.button:not(.button--secondary)').click();
    await worker.waitForURL(/\/home/);

    // The worker logs in again, now with a code from the app.
    await worker.context().clearCookies();
    await worker.goto(`${nabij.url}/login`);
    await worker.locator('#email').fill(EMAIL);
    await worker.locator('#password').fill(PASSWORD);
    await worker.locator('form button[type=submit]').first().click();
    await worker.locator('#totp-code').waitFor();
    // The code of the set-up was used; the next window's code is one the app shows a moment later.
    await worker.locator('#totp-code').fill(codeFor(secret, 1));
    await worker.locator('form:has(#totp-code) button[type=submit]').click();
    await worker.waitForURL(/\/home/);

    // With the chat queue open, the admin deactivates them: disconnected at once, and login refused.
    const socket = new Promise<WebSocket>((resolve) => worker.on('websocket', (ws) => ws.url().includes('socket.io') && resolve(ws)));
    await worker.goto(`${nabij.url}/chat/wachtrij`);
    const ws = await socket;
    const closed = new Promise<void>((resolve) => ws.on('close', () => resolve()));

    await admin.goto(`${nabij.url}/medewerkers`);
    await admin.getByRole('button', { name: `${NAME} uitschakelen` }).click();
    await admin.getByText(`${NAME}`, { exact: false }).first().waitFor();
    await admin.locator('[role=status], .notice').filter({ hasText: NAME }).first().waitFor();

    // The API ends every session of the account and closes its sockets on every instance.
    await expect(Promise.race([closed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open'), 15_000))])).resolves.toBe(
      'closed',
    );

    const again = await nabij.person(DESKTOP);
    await again.goto(`${nabij.url}/login`);
    await again.locator('#email').fill(EMAIL);
    await again.locator('#password').fill(PASSWORD);
    // The login's answer is read on its way to the page: once the page has moved on, chromium no
    // longer hands out the body of a response it already showed (a fast run read it too late).
    const answer = new Promise<{ status: number; body: unknown }>((resolve) =>
      again.route('**/api/auth/login', async (route) => {
        const response = await route.fetch();
        resolve({ status: response.status(), body: await response.json() });
        await route.fulfill({ response });
      }),
    );
    await again.locator('form button[type=submit]').first().click();
    const response = await answer;
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'account_deactivated' });
    await again.getByText(/uitgeschakeld/).waitFor();
    expect(again.url()).toMatch(/\/login/);
  });
});
