// Chromium features the browser journeys switch off on top of Playwright's own list.
//
// Headless Chromium (since it is the full browser) builds the address bar's suggestion popup for
// every browser window: two WebUI pages (chrome://omnibox-popup.top-chrome/) in a renderer of their
// own. Each journey person is a browser context with a window, so each paid for that popup, never
// shown: on this 2-core machine about 1.1 s of renderer and 0.3 s of browser CPU per person, more
// than the portal page itself (Puppeteer switches the same features off by default).
//
// Chromium keeps only the last `--disable-features` switch it is given, and Playwright already
// passes one (PaintHolding, HttpsUpgrades, ...), so ours must repeat Playwright's list: it is read
// once per process from a browser launched with Playwright's defaults (`--enable-automation` lets
// DevTools report the command line), and replaces Playwright's switch (`ignoreDefaultArgs`).
const EXTRA_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const PREFIX = '--disable-features=';

/** `--disable-features=` with both lists, each feature once, Playwright's first. */
function mergedDisableFeatures(defaultSwitch, extra = EXTRA_DISABLED_FEATURES) {
  const defaults = defaultSwitch ? defaultSwitch.slice(PREFIX.length).split(',').filter(Boolean) : [];
  return PREFIX + [...new Set([...defaults, ...extra])].join(',');
}

let defaultSwitchOnce = null;

/** Playwright's own `--disable-features=...` switch for chromium (undefined when it passes none). */
function playwrightDisableFeatures(chromium, executablePath) {
  defaultSwitchOnce ??= (async () => {
    const probe = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--enable-automation'] });
    try {
      const session = await probe.newBrowserCDPSession();
      const { arguments: args } = await session.send('Browser.getBrowserCommandLine');
      return args.filter((arg) => arg.startsWith(PREFIX)).pop();
    } finally {
      await probe.close();
    }
  })();
  defaultSwitchOnce.catch(() => (defaultSwitchOnce = null));
  return defaultSwitchOnce;
}

/** Options for `chromium.launch`: Playwright's defaults with the extra features switched off too. */
async function launchOptions(chromium, executablePath, args) {
  const defaultSwitch = await playwrightDisableFeatures(chromium, executablePath);
  const merged = mergedDisableFeatures(defaultSwitch);
  // Playwright drops an ignored default from the user's switches too: the same switch stays as it is.
  if (merged === defaultSwitch) return { executablePath, headless: true, args };
  return { executablePath, headless: true, ignoreDefaultArgs: defaultSwitch ? [defaultSwitch] : [], args: [...args, merged] };
}

module.exports = { EXTRA_DISABLED_FEATURES, mergedDisableFeatures, playwrightDisableFeatures, launchOptions };
