import { Page } from 'playwright-core';
import { logIn } from './support/log-in';
import { DESKTOP, PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(180_000);

/** The localStorage entries of kept drafts (encrypted) on this device. */
const draftEntries = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('nabij.draft.'))
      .map((k) => localStorage.getItem(k) ?? ''),
  );

/** Waits until `read` gives what `ok` accepts (the draft is written a moment after typing), and returns it. */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Issue 19: never lose a typed word, a way around, pages that say what is forbidden. */
describe('everyday use: drafts, menus and forbidden pages', () => {
  const nabij = useNabij();

  it('keeps a half-written message through an inactivity logout, for this account only, until it is sent', async () => {
    // One phone, shared: the same browser context (and localStorage) for both people.
    const phone = await nabij.person(PHONE);
    await phone.clock.install();
    const text = `Mijn uitkering is gestopt en ik weet niet waarom. (${Date.now()})`;
    await logIn(phone, nabij.url, 'client@demo.nabij.nl');
    await phone
      .locator('nav.tab-bar')
      .getByRole('link', { name: /Berichten/ })
      .click();
    await phone.waitForURL(/\/berichten$/);
    await phone.getByRole('button', { name: 'Nieuw bericht' }).click();
    await phone.getByLabel('Je bericht').fill(text);
    const kept = await until(
      () => draftEntries(phone),
      (d) => d.length === 1,
    );
    expect(kept).toHaveLength(1);
    expect(kept[0]).not.toContain('uitkering');

    // Fifteen quiet minutes: "Ben je er nog?", then logged out, to the login page that brings them back.
    await phone.clock.fastForward('16:00');
    await phone.waitForURL(/\/login\?next=%2Fberichten/);

    // Someone else logs in on the same phone: nothing of it is theirs, nothing opens.
    await logIn(phone, nabij.url, 'client@tweede.nabij.nl');
    await phone.goto(`${nabij.url}/berichten`);
    await phone.getByRole('button', { name: 'Nieuw bericht' }).waitFor();
    await expect(phone.getByLabel('Je bericht').count()).resolves.toBe(0);
    await phone.locator('#logout').click();
    await phone.waitForURL(/\/login/);

    // The client again: the box is open with every word, and sending it forgets the draft.
    await logIn(phone, nabij.url, 'client@demo.nabij.nl');
    await phone.goto(`${nabij.url}/berichten`);
    // Put back once the account's key has come and the text is decrypted.
    await expect(
      until(
        () => phone.getByLabel('Je bericht').inputValue(),
        (v) => v === text,
      ),
    ).resolves.toBe(text);
    await phone.getByRole('button', { name: 'Verstuur' }).press('Enter');
    await phone.getByText('Je bericht is verstuurd.').waitFor();
    await expect(
      until(
        () => draftEntries(phone),
        (d) => d.length === 0,
      ),
    ).resolves.toEqual([]);
    // The keyboard is not dropped on <body>: it is on the button that opens a new message.
    await expect(phone.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Nieuw bericht');

    // One order everywhere: the newest message at the bottom of the conversation.
    await phone.locator('.thread-link').first().click();
    await phone.locator('.mail-item').last().getByText(text).waitFor();
  });

  it('asks at logout whether to keep unsent text, and throws it away when asked', async () => {
    const phone = await nabij.person(PHONE);
    await logIn(phone, nabij.url, 'client@demo.nabij.nl');
    await phone.goto(`${nabij.url}/berichten`);
    await phone.getByRole('button', { name: 'Nieuw bericht' }).click();
    await phone.getByLabel('Je bericht').fill('Dit hoeft niemand te lezen.');
    await expect(
      until(
        () => draftEntries(phone),
        (d) => d.length === 1,
      ),
    ).resolves.toHaveLength(1);
    await phone.locator('#logout').click();
    await phone.getByRole('alertdialog').getByText('Je hebt nog tekst die je niet hebt verstuurd').waitFor();
    await phone.getByRole('button', { name: 'Weggooien en uitloggen' }).click();
    await phone.waitForURL(/\/login/);
    await expect(draftEntries(phone)).resolves.toEqual([]);
  });

  it('gives a client five tabs at the bottom of the phone, and says when a page is not theirs', async () => {
    const phone = await nabij.person(PHONE);
    await logIn(phone, nabij.url, 'client@demo.nabij.nl');
    const tabs = phone.locator('nav.tab-bar');
    await tabs.getByRole('link', { name: /Training/ }).click();
    await phone.waitForURL(/\/training$/);
    await expect(tabs.getByRole('link', { name: /Training/ }).getAttribute('aria-current')).resolves.toBe('page');
    const bar = (await tabs.boundingBox())!;
    expect(Math.round(bar.y + bar.height)).toBe(PHONE.height);
    for (const link of await tabs.getByRole('link').all()) {
      const box = (await link.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    // Chat and Training have the way back too, a full tap target.
    const back = phone.getByRole('link', { name: 'Terug naar je overzicht' });
    expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await tabs.getByRole('link', { name: /Chat/ }).click();
    await phone.getByRole('link', { name: 'Terug naar je overzicht' }).waitFor();

    await phone.goto(`${nabij.url}/rapportage`);
    await phone.getByRole('heading', { name: 'Je hebt geen toegang tot deze pagina' }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/rapportage');
    await phone.getByRole('link', { name: 'Naar je overzicht' }).click();
    await phone.waitForURL(/\/home$/);
  });

  it('gives the team lead a menu whose Uren page asks nothing it may not see', async () => {
    const desk = await nabij.person(DESKTOP);
    const refused: string[] = [];
    desk.on('response', (r) => {
      if (r.url().includes('/api/') && r.status() === 403) refused.push(new URL(r.url()).pathname);
    });
    await logIn(desk, nabij.url, 'teamlead@demo.nabij.nl');
    const menu = desk.locator('nav.staff-nav');
    await menu.getByRole('link', { name: /Mijn uren/ }).click();
    await desk.waitForURL(/\/uren$/);
    await desk.getByRole('heading', { level: 1 }).waitFor();
    await desk.locator('#add-type').waitFor();
    await expect(desk.locator('#add-case').count()).resolves.toBe(0);
    await expect(menu.getByRole('link', { name: /Mijn uren/ }).getAttribute('aria-current')).resolves.toBe('page');
    expect(refused).toEqual([]);
  });

  it('takes the client through every tab without one refused request', async () => {
    const phone = await nabij.person(PHONE);
    const refused: string[] = [];
    phone.on('response', (r) => {
      if (r.url().includes('/api/') && r.status() === 403) refused.push(`${phone.url()} → ${new URL(r.url()).pathname}`);
    });
    await logIn(phone, nabij.url, 'client@demo.nabij.nl');
    for (const path of ['/berichten', '/chat', '/training', '/dossier', '/forum']) {
      await phone.locator(`nav.tab-bar a[href="${path}"]`).click();
      await phone.waitForURL((url) => url.pathname === path);
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await phone.waitForLoadState('networkidle');
    }
    expect(refused).toEqual([]);
  });

  it.each([
    [
      'worker@demo.nabij.nl',
      ['/inbox', '/chat/wachtrij', '/huiswerk', '/uren', '/caseload', '/anonieme-vragen', '/bellijst', '/sociale-kaart', '/forum'],
    ],
    ['teamlead@demo.nabij.nl', ['/rapportage', '/team/heropenen', '/chat/rooster', '/uren', '/bellijsten']],
    [
      'admin@demo.nabij.nl',
      [
        '/teams',
        '/medewerkers',
        '/chat/tijden',
        '/chat/rooster',
        '/rapportage',
        '/privacy-verzoeken',
        '/toegangslog',
        '/bibliotheek/beheer',
        '/sociale-kaart/beheer',
      ],
    ],
  ])('takes %s through every page of their menu without one refused request', async (email, paths) => {
    const desk = await nabij.person(DESKTOP);
    const refused: string[] = [];
    desk.on('response', (r) => {
      if (r.url().includes('/api/') && r.status() === 403) refused.push(`${desk.url()} → ${new URL(r.url()).pathname}`);
    });
    await logIn(desk, nabij.url, email);
    const menu = desk.locator('nav.staff-nav');
    for (const path of paths) {
      await menu.locator(`a[href="${path}"]`).click();
      await desk.waitForURL((url) => url.pathname === path);
      await desk.getByRole('heading', { level: 1 }).waitFor();
      await desk.waitForLoadState('networkidle');
    }
    expect(refused).toEqual([]);
  });

  it('gives the worker a top menu from the chat queue to the hours, with counts', async () => {
    const desk = await nabij.person(DESKTOP);
    await logIn(desk, nabij.url, 'worker@demo.nabij.nl');
    const menu = desk.locator('nav.staff-nav');
    // Groepen shows once the groups list has answered (the demo worker trains two groups).
    await menu.getByRole('link', { name: 'Groepen' }).waitFor({ timeout: 20_000 });
    await expect(menu.getByRole('link').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Inbox/),
      expect.stringMatching(/^Chat/),
      expect.stringMatching(/^Huiswerk/),
      'Groepen',
      expect.stringMatching(/^Mijn uren/),
      expect.stringMatching(/^Caseload/),
      expect.stringMatching(/^Verzoeken/),
      expect.stringMatching(/^Anonieme vragen/),
      'Bellijst',
      'Sociale kaart',
      expect.stringMatching(/^Forum/),
    ]);
    await menu.getByRole('link', { name: /^Chat/ }).click();
    await desk.waitForURL(/\/chat\/wachtrij$/);
    await menu.getByRole('link', { name: /Mijn uren/ }).click();
    await desk.waitForURL(/\/uren$/);
  });
});
