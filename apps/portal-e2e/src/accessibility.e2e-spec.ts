import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/** axe-core over the main page of every role, on a phone, in Dutch and English. */
describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  const nabij = useNabij();

  async function check(page: Page, path: string): Promise<string[]> {
    await page.goto(`${nabij.url}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    return (await wcagViolations(page)).map((v) => `${path}: ${v}`);
  }

  it('finds no problems on the public pages', async () => {
    const page = await nabij.person(PHONE);
    const problems: string[] = [];
    for (const path of [
      '/',
      '/login',
      '/referral',
      '/forgot-password',
      '/reset-password?token=verlopen',
      '/uitnodiging?token=verlopen',
      '/activeren',
    ]) {
      problems.push(...(await check(page, path)));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds no problems on the code step of a staff login', async () => {
    const page = await nabij.person(PHONE);
    await page.goto(`${nabij.url}/login`);
    await page.locator('#email').fill('worker@demo.nabij.nl');
    await page.locator('#password').fill('Nabij-demo-2026!');
    await page.locator('form button[type=submit]').first().click();
    await page.locator('#totp-code').waitFor();
    expect((await wcagViolations(page)).map((v) => `login code step: ${v}`)).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['client@demo.nabij.nl', ['/home', '/berichten', '/dossier', '/training', '/chat', '/account', '/mijn-gegevens']],
    ['worker@demo.nabij.nl', ['/home', '/inbox', '/caseload', '/huiswerk', '/chat/wachtrij', '/uren', '/privacy-verzoeken', '/account']],
    ['teamlead@demo.nabij.nl', ['/home', '/rapportage', '/chat/rooster']],
    ['admin@demo.nabij.nl', ['/home', '/medewerkers', '/teams', '/chat/tijden', '/chat/rooster', '/toegangslog', '/privacy-verzoeken']],
  ])('finds no problems on the pages of %s', async (email, paths) => {
    const page = await nabij.person(PHONE);
    await logIn(page, nabij.url, email);
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await check(page, path)));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
