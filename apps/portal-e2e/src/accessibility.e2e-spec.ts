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
    const problems = [...(await check(page, '/')), ...(await check(page, '/login')), ...(await check(page, '/referral'))];
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['client@demo.nabij.nl', ['/home', '/berichten', '/dossier', '/training', '/chat']],
    ['worker@demo.nabij.nl', ['/home', '/inbox', '/caseload', '/huiswerk', '/chat/wachtrij', '/uren']],
    ['teamlead@demo.nabij.nl', ['/home', '/rapportage']],
    ['admin@demo.nabij.nl', ['/home']],
  ])('finds no problems on the pages of %s', async (email, paths) => {
    const page = await nabij.person(PHONE);
    await logIn(page, nabij.url, email);
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await check(page, path)));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
