import { Page } from 'playwright-core';

/** What the page recorded of focus since `openInPortal` last navigated (see there). */
interface FocusRecord {
  moved: boolean;
  seen: string[];
}

/**
 * Opens `path` in the page's running portal the way its links do: the router changes the page,
 * the document (and what a test put in it, such as axe) stays. Resolves once the portal's shell has
 * moved focus to the new page (its h1, or the main area while the h1 is still coming), which it does
 * after every navigation. The move is recorded by a `focusin` listener and checked on a timer, not
 * read from `document.activeElement` on animation frames: a page whose heading is drawn again when
 * its data arrive may replace the focused h1 between two frames, and a busy machine may draw few
 * frames. When focus never moves, the error names the page and what did get focus.
 */
export async function openInPortal(page: Page, path: string, timeoutMs = 30_000): Promise<void> {
  await page.evaluate((to) => {
    const w = window as unknown as { nabijFocus?: FocusRecord; nabijFocusListening?: boolean };
    w.nabijFocus = { moved: false, seen: [] };
    if (!w.nabijFocusListening) {
      w.nabijFocusListening = true;
      document.addEventListener('focusin', (event) => {
        const target = event.target as HTMLElement;
        const record = w.nabijFocus!;
        record.seen.push(`${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''}`);
        if (target.matches('main h1') || target.id === 'main') record.moved = true;
      });
    }
    (document.activeElement as HTMLElement | null)?.blur();
    history.pushState(history.state, '', to);
    // The router follows the address bar on popstate, as on the browser's back and forward buttons.
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, path);
  try {
    await page.waitForFunction(() => (window as unknown as { nabijFocus: FocusRecord }).nabijFocus.moved, undefined, {
      polling: 50,
      timeout: timeoutMs,
    });
  } catch (error) {
    const state = await page.evaluate(() => ({
      url: location.pathname + location.search,
      h1: document.querySelector('main h1')?.textContent?.trim() ?? null,
      focused: (window as unknown as { nabijFocus: FocusRecord }).nabijFocus.seen,
    }));
    throw new Error(`focus did not move to the page after opening ${path} in the portal: ${JSON.stringify(state)}`, { cause: error });
  }
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
