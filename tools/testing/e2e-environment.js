// Test environment of the browser journeys: jest's node environment plus one chromium per jest
// worker (per set of extra switches), shared by the journeys that worker runs one after the other,
// instead of a launch and a shutdown per journey (about 1.5 s each, more on a busy machine). Each
// journey still gets browser contexts of its own (own cookies, storage and cache); contexts a
// journey left open are closed when it ends.
//
// This module is loaded once per worker, outside the journeys' module registry, so the browsers
// outlive a test file. When no journey starts within LINGER_MS after one ended (the worker's last
// file, or a single-file run), they are closed so the process can exit.
const { TestEnvironment } = require('jest-environment-node');
const { existsSync } = require('node:fs');
const { launchOptions } = require('./chromium-features');

/** Debian's chromium, never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
// Below jest's one second before it warns that a run did not exit.
const LINGER_MS = 500;

/** Launched browsers of this worker by their extra switches. */
const browsers = new Map();
let lingering = null;

async function launch(extraArgs) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium); .ci/run does this.`);
  }
  const { chromium } = require('playwright-core');
  // Without the address bar's popup that headless Chromium builds for every window (see chromium-features.js).
  return chromium.launch(await launchOptions(chromium, CHROMIUM, [...BASE_ARGS, ...extraArgs]));
}

/** This worker's chromium with these extra switches; launched on first use, again if it went away. */
async function workerBrowser(extraArgs = []) {
  const key = JSON.stringify(extraArgs);
  const known = browsers.get(key);
  if (known) {
    const browser = await known.catch(() => null);
    if (browser?.isConnected()) return browser;
  }
  const started = launch(extraArgs);
  browsers.set(key, started);
  started.catch(() => browsers.delete(key));
  return started;
}

async function closeContexts() {
  for (const started of browsers.values()) {
    const browser = await started.catch(() => null);
    if (!browser?.isConnected()) continue;
    await Promise.all(browser.contexts().map((context) => context.close().catch(() => undefined)));
  }
}

async function closeAll() {
  const all = [...browsers.values()];
  browsers.clear();
  await Promise.all(all.map((started) => started.then((browser) => browser.close()).catch(() => undefined)));
}

class E2eEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    if (lingering) clearTimeout(lingering);
    lingering = null;
    this.global.__nabijWorkerBrowser = workerBrowser;
  }

  async teardown() {
    await closeContexts();
    lingering = setTimeout(() => void closeAll(), LINGER_MS);
    await super.teardown();
  }
}

module.exports = E2eEnvironment;
