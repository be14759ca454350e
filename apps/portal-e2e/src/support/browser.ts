import { Browser } from 'playwright-core';

type WorkerBrowser = (extraArgs?: string[]) => Promise<Browser>;

/**
 * This jest worker's chromium (Debian's; `extraArgs`: more switches, e.g. fake camera and
 * microphone for video calls). The journeys' test environment (tools/testing/e2e-environment.js)
 * launches it once and shares it between the journeys the worker runs one after the other; a
 * journey works in browser contexts of its own and closes them, never the browser.
 */
export function workerBrowser(extraArgs: string[] = []): Promise<Browser> {
  const shared = (globalThis as { __nabijWorkerBrowser?: WorkerBrowser }).__nabijWorkerBrowser;
  if (!shared) throw new Error('Browser journeys need the e2e test environment (jest.config.ts, project e2e).');
  return shared(extraArgs);
}

/** Closes the journey's browser contexts (its people), leaving the shared browser running. */
export async function closeContexts(browser: Browser): Promise<void> {
  await Promise.all(browser.contexts().map((context) => context.close().catch(() => undefined)));
}
