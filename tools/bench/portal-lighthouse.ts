/**
 * Benchmark (not a test): Lighthouse (mobile, simulated slow 4G and a 4× slower CPU, as PageSpeed
 * does) on the built portal with demo data, using Debian's chromium:
 *
 *   npm run build && npm run bench:portal
 *
 * Pages: the start page `/`, `/login` and the client home `/home` (logged in as the demo client).
 * For each it prints the performance and accessibility scores, the Core Web Vitals and how much
 * JavaScript the page loads besides the main bundle (the page's own chunks, as sent: compressed),
 * then Lighthouse's accessibility score of the public library, FAQ and self-test pages (issue 14:
 * 1.0, with the failing audits named; the browser journeys check the same axe rules on every page),
 * then met/MISSED for issue 12's and 14's targets. Lighthouse scores move a few points between runs on a busy
 * machine; the byte counts do not: each page is run BENCH_RUNS times (default 3) and the run with the
 * median performance score is shown (BENCH_ONLY=performance skips the public pages for a quick
 * comparison). BENCH_LHR_DIR=<folder> keeps each run's full Lighthouse report
 * (JSON: long tasks, script boot-up time, main-thread work by category) to see where time goes.
 * Each page is measured twice: over plain HTTP/1.1 from the API itself (`npm start`, no proxy), where a
 * browser fetches at most six files at a time, and through an HTTP/2 TLS front
 * (tools/bench/http2-front.ts) as Caddy serves a deployed organisation (docker-compose.yml: clients
 * only ever reach the portal that way). The goals are printed for both. BENCH_HTTP2=0 measures
 * HTTP/1.1 only, BENCH_HTTP2=1 HTTP/2 only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startNabij } from '../../apps/portal-e2e/src/support/nabij-server';
import { benchRunDatabase } from './bench-run-database';
import { startHttp2Front, type Http2Front } from './http2-front';
import { mergedDisableFeatures } from '../testing/chromium-features';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../libs/demo/api/src/lib/demo-accounts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// The browser journeys' server helper makes its database from a migrated template of this run.
const database = benchRunDatabase('nabij_bench');

/** Issue 14: the public pages of the library, FAQ and self-tests score accessibility 1.0. */
const PUBLIC_PAGES = [
  '/bibliotheek',
  '/bibliotheek/thema/violence',
  '/bibliotheek/schulden-wat-kun-je-zelf-doen',
  '/bibliotheek/zoeken?q=schulden',
  '/vragen',
  '/zelftesten',
  '/zelftesten/quickscan-geldzorgen',
  '/vraag-stellen',
];

interface AccessibilityResult {
  path: string;
  score: number;
  failing: string[];
}

interface Result {
  page: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  pageScriptBytes: number;
  /** Every run's performance score, lowest first (the figures shown are the median run's). */
  scores?: number[];
}

/** Lighthouse's performance score moves between runs on a shared machine: each page is run this often. */
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
/** BENCH_ONLY=performance skips the public pages' accessibility runs (quicker A/B comparisons). */
const ONLY_PERFORMANCE = process.env['BENCH_ONLY'] === 'performance';

async function main(): Promise<void> {
  // ESM-only packages, loaded from this CommonJS script: a real import(), which swc would otherwise
  // compile to require().
  const esm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;
  const { default: lighthouse } = await esm<typeof import('lighthouse')>('lighthouse');
  const { launch, Launcher } = await esm<typeof import('chrome-launcher')>('chrome-launcher');
  const nabij = await startNabij();
  const front: Http2Front | null = process.env['BENCH_HTTP2'] === '0' ? null : await startHttp2Front(nabij.url);
  const protocols: Array<{ name: string; url: string }> = [
    ...(process.env['BENCH_HTTP2'] === '1' ? [] : [{ name: 'HTTP/1.1', url: nabij.url }]),
    ...(front ? [{ name: 'HTTP/2', url: front.url }] : []),
  ];
  const server = { url: protocols[0].url, protocol: '' };
  // chrome-launcher's own switches, with the address bar popup that headless Chromium builds for
  // every window switched off too (tools/testing/chromium-features.js): its renderer otherwise
  // loads beside the page Lighthouse measures. Chromium keeps only the last --disable-features.
  const defaults = Launcher.defaultFlags();
  const chromeFlags = [
    ...defaults.filter((flag) => !flag.startsWith('--disable-features=')),
    mergedDisableFeatures(defaults.find((flag) => flag.startsWith('--disable-features='))),
    '--headless=new',
    '--no-sandbox',
    '--disable-dev-shm-usage',
    ...(front ? ['--ignore-certificate-errors'] : []),
  ];
  const chrome = await launch({ chromePath: CHROMIUM, ignoreDefaultFlags: true, chromeFlags });
  const results: Result[] = [];
  const publicPages: AccessibilityResult[] = [];
  let clearCache = async (): Promise<void> => undefined;
  try {
    /** One Lighthouse run of `path`; `keepStorage` keeps the login cookie (the cache is cleared before). */
    const auditOnce = async (path: string, keepStorage: boolean): Promise<Omit<Result, 'page'>> => {
      if (keepStorage) await clearCache();
      let run: Awaited<ReturnType<typeof lighthouse>>;
      // A run whose trace Lighthouse could not read (e.g. NO_NAVSTART) scores 0 without measuring the
      // page: it is run again (up to three times) rather than counted.
      for (let attempt = 1; ; attempt++) {
        run = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          disableStorageReset: keepStorage,
        });
        if (!run?.lhr.runtimeError || attempt === 3) break;
        console.warn(`Lighthouse could not measure ${path} (${run.lhr.runtimeError.code}); running it again`);
        if (keepStorage) await clearCache();
      }
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      if (run.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${path}: ${run.lhr.runtimeError.message}`);
      const { categories, audits, finalDisplayedUrl } = run.lhr;
      const keepDir = process.env['BENCH_LHR_DIR'];
      if (keepDir) {
        mkdirSync(keepDir, { recursive: true });
        const name = `${server.protocol}${path.replace(/\W+/g, '_') || 'root'}-${Math.round(100 * (categories['performance'].score ?? 0))}`;
        writeFileSync(join(keepDir, `${name}.json`), JSON.stringify(run.lhr));
      }
      if (new URL(finalDisplayedUrl).pathname !== path) throw new Error(`${path} ended at ${finalDisplayedUrl}`);
      const requests = (
        audits['network-requests']?.details as { items?: Array<{ url: string; resourceType?: string; transferSize?: number }> }
      )?.items;
      const pageScriptBytes = (requests ?? [])
        .filter((r) => r.resourceType === 'Script' && !/\/main-[^/]+\.js$/.test(r.url))
        .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      return {
        performance: categories['performance'].score ?? 0,
        accessibility: categories['accessibility'].score ?? 0,
        lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
        cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
        tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
        pageScriptBytes,
      };
    };
    /** BENCH_RUNS runs of a page; the run with the median performance score stands for it. */
    const audit = async (page: string, path: string, keepStorage = false): Promise<void> => {
      const runs: Array<Omit<Result, 'page'>> = [];
      for (let i = 0; i < RUNS; i++) runs.push(await auditOnce(path, keepStorage));
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor(runs.length / 2)];
      results.push({ page, ...median, scores: runs.map((r) => r.performance) });
    };

    for (const path of ONLY_PERFORMANCE ? [] : PUBLIC_PAGES) {
      const run = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility'],
      });
      if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
      // The page itself was audited, not a redirect to the login or the start page.
      if (new URL(run.lhr.finalDisplayedUrl).pathname !== path.split('?')[0])
        throw new Error(`${path} ended at ${run.lhr.finalDisplayedUrl}`);
      const failing = Object.values(run.lhr.audits)
        .filter((a) => a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1)
        .map((a) => a.id);
      publicPages.push({ path, score: run.lhr.categories['accessibility'].score ?? 0, failing });
    }

    for (const protocol of protocols) {
      server.url = protocol.url;
      server.protocol = protocols.length > 1 ? protocol.name.replace(/\W+/g, '') : '';
      const suffix = protocols.length > 1 ? ` (${protocol.name})` : '';
      await audit(`start page /${suffix}`, '/');
      await audit(`login /login${suffix}`, '/login');

      // Log in as the demo client in the same browser; the refresh cookie then opens /home for Lighthouse.
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const tab = await browser.contexts()[0].newPage();
      await tab.goto(`${server.url}/login`);
      await tab.locator('#email').fill(DEMO_ACCOUNTS.client);
      await tab.locator('#password').fill(DEMO_PASSWORD);
      await tab.locator('form button[type=submit]').first().click();
      await tab.waitForURL(/\/home/);
      // Keep the login (cookie), forget the downloaded files before each run: Lighthouse must fetch the
      // page's code itself.
      await tab.goto('about:blank'); // the home page must not run (socket, timers) beside the audits
      const cdp = await tab.context().newCDPSession(tab);
      clearCache = async () => void (await cdp.send('Network.clearBrowserCache'));
      await audit(`client home /home${suffix}`, '/home', true);
      await browser.close().catch(() => undefined);
    }
  } finally {
    await chrome.kill();
    await front?.close();
    await nabij.stop();
    await database.drop();
  }

  console.log(`page                            perf  a11y     LCP     CLS     TBT   page JS (sent)   (median of ${RUNS} runs: scores)`);
  for (const r of results) {
    console.log(
      `${r.page.padEnd(31)} ${r.performance.toFixed(2).padStart(4)}  ${r.accessibility.toFixed(2).padStart(4)}  ${(r.lcpMs / 1000).toFixed(1).padStart(5)} s  ${r.cls.toFixed(3).padStart(6)}  ${Math.round(r.tbtMs).toString().padStart(4)} ms  ${(r.pageScriptBytes / 1024).toFixed(1).padStart(6)} kB   ${(r.scores ?? []).map((x) => x.toFixed(2)).join(' ')}`,
    );
  }
  console.log('');
  console.log('public page                                   a11y  failing audits');
  for (const p of publicPages) console.log(`${p.path.padEnd(45)} ${p.score.toFixed(2).padStart(4)}  ${p.failing.join(', ') || '-'}`);
  const homes = results.filter((r) => r.page.startsWith('client home'));
  const goals = [
    ...results.map((r) => ({ goal: `${r.page}: performance ≥ 0.95 (${r.performance.toFixed(2)})`, met: r.performance >= 0.95 })),
    ...results.map((r) => ({ goal: `${r.page}: accessibility 1.0 (${r.accessibility.toFixed(2)})`, met: r.accessibility >= 1 })),
    ...results.map((r) => ({ goal: `${r.page}: CLS < 0.02 (${r.cls.toFixed(3)})`, met: r.cls < 0.02 })),
    ...publicPages.map((p) => ({
      goal: `${p.path}: accessibility 1.0 (${p.score.toFixed(2)})`,
      met: p.score >= 1 && p.failing.length === 0,
    })),
    ...homes.map((home) => ({
      goal: `${home.page}: page JavaScript ≤ 60 kB compressed (${(home.pageScriptBytes / 1024).toFixed(1)} kB)`,
      met: home.pageScriptBytes <= 60 * 1024,
    })),
  ];
  console.log('');
  for (const { goal, met } of goals) console.log(`${met ? 'met    ' : 'MISSED '} ${goal}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
