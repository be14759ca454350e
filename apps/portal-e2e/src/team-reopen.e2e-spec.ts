import { Page } from 'playwright-core';
import { logIn } from './support/log-in';
import { keepScreenshot } from './support/screenshot';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(180_000);

describe('reopen: the demo team lead reopens a case their team closed last week (issue 19.9)', () => {
  const nabij = useNabij();
  let page: Page;

  beforeAll(async () => {
    page = await nabij.person(PHONE);
  });

  it('finds the case through the menu, sees no dossier contents, and reopens it with a reason', async () => {
    await logIn(page, nabij.url, 'teamlead@demo.nabij.nl');
    await page.getByRole('link', { name: 'Heropenen' }).click();
    await page.waitForURL(/\/team\/heropenen$/);
    const item = page.locator('li.team-case', { hasText: 'Karin Hendriks' });
    await item.waitFor();
    expect(await item.locator('dd').allInnerTexts()).toEqual(expect.arrayContaining(['Doel bereikt']));
    await item.getByRole('button', { name: 'Heropenen…' }).click();
    const reason = page.getByLabel('Waarom heropen je de casus?');
    await reason.fill('Mevrouw Hendriks belde: de betalingsregeling loopt vast, zij wil verder met dezelfde vraag.');
    const box = await page.getByRole('button', { name: 'Ja, heropen de casus' }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: 'Ja, heropen de casus' }).click();
    await page.getByText('De casus van Karin Hendriks is weer open.').waitFor();
    await item.waitFor({ state: 'detached' });
    // The other recently closed case is still there to reopen.
    await page.locator('li.team-case', { hasText: 'Orhan Çelik' }).waitFor();
    await keepScreenshot(page, 'team-reopen-360');
  });
});
