import { Page } from 'playwright-core';
import { Client } from 'pg';
import { wcagViolations } from './support/axe';
import { networkQuiet, openInPortal } from './support/in-portal';
import { logIn } from './support/log-in';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/** axe-core over the main page of every role, on a phone, in Dutch and English. */
describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  const nabij = useNabij();

  /**
   * Opens `path` and lists what axe finds there. The person's first page is loaded; after that the
   * portal's router opens the next one in the same document, as its links and menu do (the shell
   * then moves focus to the new page's h1). A load per page cost chromium about a second of CPU, and
   * axe's own set-up half a second more each time.
   */
  async function check(page: Page, path: string): Promise<string[]> {
    if (!page.url().startsWith(nabij.url)) await page.goto(`${nabij.url}${path}`);
    else if (page.url() !== `${nabij.url}${path}`) await openInPortal(page, path);
    await page.locator('h1').first().waitFor();
    await networkQuiet(page);
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
      '/bibliotheek',
      '/bibliotheek/thema/violence?voor=pupils',
      '/bibliotheek/schulden-wat-kun-je-zelf-doen',
      '/bibliotheek/zoeken?q=schulden',
      '/bibliotheek/zoeken?q=shulden',
      '/vragen',
      '/zelftesten',
      '/zelftesten/quickscan-geldzorgen',
      '/vraag-stellen',
      '/mijn-vraag',
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
    ['client@demo.nabij.nl', ['/home', '/berichten', '/dossier', '/training', '/chat', '/account', '/mijn-gegevens', '/mijn-zelftesten']],
    [
      'worker@demo.nabij.nl',
      ['/home', '/inbox', '/caseload', '/huiswerk', '/chat/wachtrij', '/uren', '/privacy-verzoeken', '/account', '/anonieme-vragen'],
    ],
    ['teamlead@demo.nabij.nl', ['/home', '/rapportage', '/team/heropenen', '/chat/rooster']],
    [
      'admin@demo.nabij.nl',
      ['/home', '/medewerkers', '/teams', '/chat/tijden', '/chat/rooster', '/toegangslog', '/privacy-verzoeken', '/bibliotheek/beheer'],
    ],
  ])('finds no problems on the pages of %s', async (email, paths) => {
    const page = await nabij.person(PHONE);
    await logIn(page, nabij.url, email);
    const problems: string[] = [];
    for (const path of paths) problems.push(...(await check(page, path)));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds no problems on the video call page of the client and the worker (device check)', async () => {
    // Test data: a video appointment of the demo client with the demo worker, whose room is open now.
    const db = new Client({ connectionString: nabij.server.database.url });
    await db.connect();
    let appointmentId: string;
    try {
      const [row] = (
        await db.query(
          `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, status, created_by, created_at, updated_at)
           SELECT c.id, 'video', now() + interval '5 minutes', 30, 'planned', c.assigned_worker_id, now(), now()
             FROM care_case c JOIN account a ON a.id = c.client_id JOIN account w ON w.id = c.assigned_worker_id
            WHERE a.email = 'client@demo.nabij.nl' AND w.email = 'worker@demo.nabij.nl' AND c.closed_on IS NULL AND c.uses_online_dossier
            ORDER BY c.opened_on DESC LIMIT 1 RETURNING id`,
        )
      ).rows;
      appointmentId = row.id;
    } finally {
      await db.end();
    }
    const problems: string[] = [];
    for (const email of ['client@demo.nabij.nl', 'worker@demo.nabij.nl']) {
      const page = await nabij.person(PHONE);
      await logIn(page, nabij.url, email);
      problems.push(...(await check(page, '/home')));
      await page.goto(`${nabij.url}/video/${appointmentId}`);
      await page.getByRole('button', { name: 'Camera en microfoon aanzetten' }).waitFor();
      problems.push(...(await wcagViolations(page)).map((v) => `${email} /video: ${v}`));
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });
});
