import { BrowserContext, Page } from 'playwright-core';
import { logIn } from './support/log-in';
import { useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

/** Everything the browser reports about the CSP on this page: console lines and violation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(`${page.url()}: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  return violations;
}

describe('the portal under its Content-Security-Policy', () => {
  const nabij = useNabij();
  let context: BrowserContext;

  beforeEach(async () => {
    context = await nabij.browser.newContext();
  });
  afterEach(() => context?.close());

  it('serves the page with a strict policy: no inline script, styles only from files or with the nonce', async () => {
    const page = await context.newPage();
    const res = await page.goto(`${nabij.url}/login`);
    const policy = res?.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('renders the public pages and every page of a logged-in client without a CSP violation', async () => {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    for (const path of ['/', '/register', '/chat/anoniem']) {
      await page.goto(`${nabij.url}${path}`);
      await page.locator('h1').first().waitFor();
    }
    await logIn(page, nabij.url, 'client@demo.nabij.nl');
    for (const path of ['/home', '/berichten', '/dossier', '/training', '/chat']) {
      await page.goto(`${nabij.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });

  it('renders the worker and team lead pages (charts included) without a CSP violation', async () => {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await logIn(page, nabij.url, 'worker@demo.nabij.nl');
    for (const path of ['/inbox', '/caseload', '/uren', '/huiswerk', '/chat/wachtrij']) {
      await page.goto(`${nabij.url}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    const lead = await context.browser()!.newContext();
    const leadPage = await lead.newPage();
    const leadViolations = await watchCsp(leadPage);
    await logIn(leadPage, nabij.url, 'teamlead@demo.nabij.nl');
    await leadPage.goto(`${nabij.url}/rapportage`);
    await leadPage.locator('h1').first().waitFor();
    await leadPage.waitForLoadState('networkidle');
    await lead.close();
    expect([...violations, ...leadViolations]).toEqual([]);
  });

  it('hands Angular the nonce of this response, so component styles it adds are allowed and others are not', async () => {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${nabij.url}/login`);
    await page.locator('h1').first().waitFor();
    const applied = await page.evaluate(() => {
      const nonce = document.querySelector('[ngCspNonce]')?.getAttribute('ngCspNonce') ?? '';
      const add = (id: string, withNonce: boolean) => {
        const style = document.createElement('style');
        if (withNonce) style.setAttribute('nonce', nonce);
        style.textContent = `#${id} { outline-width: 7px; outline-style: solid; }`;
        document.head.append(style);
        const probe = document.createElement('div');
        probe.id = id;
        document.body.append(probe);
        return getComputedStyle(probe).outlineWidth;
      };
      return { nonce, withNonce: add('probe-a', true), withoutNonce: add('probe-b', false) };
    });
    expect(applied.nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(applied.withNonce).toBe('7px');
    expect(applied.withoutNonce).not.toBe('7px');
    // The one style without the nonce is the only thing reported (as console line and as event).
    await page.waitForTimeout(200);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.filter((v) => !/style-src/.test(v))).toEqual([]);
  });
});
