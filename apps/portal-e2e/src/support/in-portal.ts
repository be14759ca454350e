import { Page } from 'playwright-core';

/**
 * Opens `path` in the page's running portal the way its links do: the router changes the page,
 * the document (and what a test put in it, such as axe) stays. Resolves once the portal's shell has
 * moved focus to the new page (its h1, or the main area while the h1 is still coming), which it does
 * after every navigation.
 */
export async function openInPortal(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    (document.activeElement as HTMLElement | null)?.blur();
    history.pushState(history.state, '', to);
    // The router follows the address bar on popstate, as on the browser's back and forward buttons.
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, path);
  await page.waitForFunction(() => {
    const focused = document.activeElement;
    return !!focused && (focused.matches('main h1') || focused.id === 'main');
  });
}

/**
 * Waits until the page has had no HTTP request open for `quietMs` (a page opened by the router
 * loads its data after the load event, so `waitForLoadState('networkidle')` would not wait again).
 */
export async function networkQuiet(page: Page, quietMs = 500, timeoutMs = 30_000): Promise<void> {
  const open = new Set<unknown>();
  const opened = (r: unknown) => open.add(r);
  const closed = (r: unknown) => open.delete(r);
  page.on('request', opened);
  page.on('requestfinished', closed);
  page.on('requestfailed', closed);
  try {
    const until = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() - quietSince < quietMs) {
      if (Date.now() > until) throw new Error(`requests still open after ${timeoutMs} ms`);
      await page.waitForTimeout(50);
      if (open.size > 0) quietSince = Date.now();
    }
  } finally {
    page.off('request', opened);
    page.off('requestfinished', closed);
    page.off('requestfailed', closed);
  }
}
