import { Browser, Page } from 'playwright-core';
import { closeContexts, workerBrowser } from './browser';
import { NabijServer, START_SECONDS, startNabij } from './nabij-server';

/** A phone, the size most clients use Nabij on. */
export const PHONE = { width: 360, height: 740 };
/** A worker's desk. */
export const DESKTOP = { width: 1280, height: 900 };

export interface NabijJourney {
  /** The built Nabij on a database of its own. */
  readonly server: NabijServer;
  readonly browser: Browser;
  /** The server's address, e.g. `http://127.0.0.1:43121`. */
  readonly url: string;
  /** A page in a browser context of its own: one person, with their own cookies and session. */
  person(viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * The set-up every journey needs, for the enclosing `describe`: starts the built Nabij before its
 * tests and stops it after, and hands out the worker's chromium (see `workerBrowser`). Call it at
 * the top of the describe; later `beforeAll` hooks (test data, pages) run after it, so they can use
 * the server.
 */
/** Chromium switches for a journey that needs them (video calls: fake camera and microphone). */
export interface NabijBrowserOptions {
  browserArgs?: string[];
}

/** Chromium's own camera and microphone stand-ins, allowed without asking: for video call journeys. */
export const FAKE_MEDIA_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

export function useNabij(env: Record<string, string> = {}, options: NabijBrowserOptions = {}): NabijJourney {
  let server: NabijServer | undefined;
  let browser: Browser | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started yet: use it inside a test or a later beforeAll.`);
    return value;
  };

  // Its own timeout: starting may take up to START_SECONDS, whatever the spec's test timeout is; the
  // first journey of a run starts the app twice (once to write the demo template, see startNabij).
  beforeAll(
    async () => {
      server = await startNabij(env);
      browser = await workerBrowser(options.browserArgs);
    },
    (2 * START_SECONDS + 60) * 1000,
  );
  afterAll(async () => {
    // The browser is this worker's, shared with its next journeys: only this journey's people go.
    if (browser) await closeContexts(browser);
    await server?.stop();
  });

  return {
    get server() {
      return ready(server, 'Nabij');
    },
    get browser() {
      return ready(browser, 'The browser');
    },
    get url() {
      return ready(server, 'Nabij').url;
    },
    async person(viewport = PHONE) {
      const context = await ready(browser, 'The browser').newContext({ viewport });
      return context.newPage();
    },
  };
}
