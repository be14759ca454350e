/**
 * Diagnostic (not a test, not a goal): where the client home's main-thread time goes after the
 * first paint, which is what Lighthouse's Total Blocking Time counts (issue 12).
 *
 *   npm run build && npm run bench:frames
 *
 * Logs in as the demo client on the built portal (`npm start`'s server, HTTP/1.1), then opens `/home`
 * BENCH_RUNS times (default 3) in Debian's chromium with a 4× slower CPU and no cache, as Lighthouse's
 * mobile run does, and prints each long animation frame (Chromium's Long Animation Frames API) with
 * the scripts that ran in it: what started them (a module script, a promise, a timer, an animation
 * frame), how long they took, and in which file. The first-contentful-paint time is printed too:
 * frames after it are the ones that count towards blocking time.
 */
import { chromium } from 'playwright-core';
import { startNabij } from '../../apps/portal-e2e/src/support/nabij-server';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../libs/demo/api/src/lib/demo-accounts';
import { launchOptions } from '../testing/chromium-features';
import { benchRunDatabase } from './bench-run-database';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const CPU_SLOWDOWN = 4;
const database = benchRunDatabase('nabij_frames');

interface FrameScript {
  invokerType: string;
  invoker: string;
  duration: number;
  sourceURL: string;
}
interface Frame {
  startTime: number;
  duration: number;
  blockingDuration: number;
  renderStart: number;
  scripts: FrameScript[];
}

const ms = (n: number) => `${Math.round(n)}`.padStart(5);
const file = (url: string) => url.replace(/^.*\//, '') || '-';

async function main(): Promise<void> {
  const nabij = await startNabij();
  // The journeys' launch: without headless Chromium's address-bar popup renderer beside the page.
  const browser = await chromium.launch(await launchOptions(chromium, CHROMIUM, ['--no-sandbox', '--disable-dev-shm-usage']));
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${nabij.url}/login`);
    await page.locator('#email').fill(DEMO_ACCOUNTS.client);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').first().click();
    await page.waitForURL(/\/home/);
    await page.goto('about:blank');
    // Every frame of the page from its start, kept on the window for the read below.
    await context.addInitScript(() => {
      const frames: unknown[] = [];
      (window as unknown as { __frames: unknown[] }).__frames = frames;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) frames.push(entry.toJSON());
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    for (let run = 1; run <= RUNS; run++) {
      await page.goto(`${nabij.url}/home`);
      await page.locator('h1').first().waitFor();
      // The tiles' data and badges arrive after the heading; then the page is quiet.
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
      await page.waitForTimeout(1_000);
      const { frames, fcp } = await page.evaluate(() => ({
        frames: (window as unknown as { __frames: Frame[] }).__frames,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      const after = frames.filter((f) => f.startTime + f.duration > fcp);
      const blocking = after.reduce((sum, f) => sum + f.blockingDuration, 0);
      console.log(
        `\nrun ${run}: first contentful paint ${Math.round(fcp)} ms; ${after.length} long frames after it, blocking ${Math.round(blocking)} ms (CPU ${CPU_SLOWDOWN}× slower)`,
      );
      console.log(' start   dur block render  script (what started it, ms, file)');
      for (const f of frames) {
        const render = f.renderStart ? f.startTime + f.duration - f.renderStart : 0;
        const scripts = [...f.scripts]
          .sort((a, b) => b.duration - a.duration)
          .map((s) => `${s.invokerType} ${s.invoker.slice(0, 40)} ${Math.round(s.duration)} (${file(s.sourceURL)})`)
          .join('; ');
        console.log(
          `${ms(f.startTime)} ${ms(f.duration)} ${ms(f.blockingDuration)} ${ms(render)}  ${f.startTime + f.duration <= fcp ? '(before paint) ' : ''}${scripts || '-'}`,
        );
      }
      await page.goto('about:blank');
    }
  } finally {
    await browser.close();
    await nabij.stop();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
