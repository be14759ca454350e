import { chromium } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the journeys' browser set-up itself (tools/testing, no project) is under test
import {
  EXTRA_DISABLED_FEATURES,
  launchOptions,
  mergedDisableFeatures,
  playwrightDisableFeatures,
} from '../../../tools/testing/chromium-features';
import { workerBrowser } from './support/browser';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The journeys' chromium itself: what each person (browser context) costs it. */
describe("the journeys' chromium", () => {
  it('builds no address bar popup (browser UI pages) for a person', async () => {
    const browser = await workerBrowser();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto('about:blank');
      const session = await browser.newBrowserCDPSession();
      // filter [{}]: every kind of target, browser UI included (the default list leaves it out).
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
      await session.detach();
      expect(targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url)).toEqual([]);
      expect(targetInfos.some((t) => t.type === 'page')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("keeps Playwright's own switched-off features: Chromium sees one --disable-features with both lists", async () => {
    const playwrights = await playwrightDisableFeatures(chromium, CHROMIUM);
    expect(playwrights).toMatch(/^--disable-features=\w/);
    // --enable-automation: DevTools then reports the command line the browser was started with.
    const browser = await chromium.launch(await launchOptions(chromium, CHROMIUM, ['--no-sandbox', '--enable-automation']));
    try {
      const session = await browser.newBrowserCDPSession();
      const { arguments: args } = await session.send('Browser.getBrowserCommandLine');
      const switches = args.filter((a) => a.startsWith('--disable-features='));
      expect(switches).toHaveLength(1);
      const features = switches[0].slice('--disable-features='.length).split(',');
      const expected = [...(playwrights ?? '').slice('--disable-features='.length).split(','), ...EXTRA_DISABLED_FEATURES];
      expect(features.sort()).toEqual([...new Set(expected)].sort());
    } finally {
      await browser.close();
    }
  });

  it('merges the lists without repeating a feature', () => {
    expect(mergedDisableFeatures('--disable-features=A,B', ['B', 'C'])).toBe('--disable-features=A,B,C');
    expect(mergedDisableFeatures(undefined, ['C'])).toBe('--disable-features=C');
  });
});
