import { Browser, Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { logIn } from './support/log-in';
import { NabijServer, startNabij } from './support/nabij-server';

jest.setTimeout(120_000);

/** axe-core over the main page of every role, on a phone, in Dutch and English. */
describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  let server: NabijServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startNabij();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function check(page: Page, path: string): Promise<string[]> {
    await page.goto(`${server.url}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    return (await wcagViolations(page)).map((v) => `${path}: ${v}`);
  }

  it('finds no problems on the public pages', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const problems = [...(await check(page, '/')), ...(await check(page, '/login')), ...(await check(page, '/referral'))];
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['client@demo.nabij.nl', ['/home', '/berichten', '/dossier', '/training', '/chat']],
    ['worker@demo.nabij.nl', ['/home', '/inbox', '/caseload', '/huiswerk', '/chat/wachtrij', '/uren']],
    ['teamlead@demo.nabij.nl', ['/home', '/rapportage']],
    ['admin@demo.nabij.nl', ['/home']],
  ])('finds no problems on the pages of %s', async (email, paths) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, email);
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await check(page, path)));
    expect(problems).toEqual([]);
    await context.close();
  });
});
