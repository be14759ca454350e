import { Page } from 'playwright-core';
import { wcagViolations } from './support/axe';
import { PHONE, useNabij } from './support/use-nabij';

jest.setTimeout(120_000);

const ARTICLE = '/bibliotheek/schulden-wat-kun-je-zelf-doen';

/**
 * A stand-in for the browser's speech synthesis with one Dutch voice, installed before the page's
 * own scripts: Debian's headless chromium has no voices at all. It records what would be spoken and
 * lets the test end an utterance; the rest (highlight, buttons, stopping on a page change) is the
 * real page in the real browser.
 */
function installDutchVoice(): void {
  const spoken: { text: string; lang: string; onend: (() => void) | null }[] = [];
  const state = { cancelled: 0, paused: false };
  class Utterance {
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  const synth = {
    get paused() {
      return state.paused;
    },
    speaking: false,
    pending: false,
    getVoices: () => [{ lang: 'nl-NL', name: 'Stand-in NL', default: true, localService: true, voiceURI: 'stand-in-nl' }],
    speak: (u: Utterance) => void spoken.push(u),
    pause: () => void (state.paused = true),
    resume: () => void (state.paused = false),
    cancel: () => void state.cancelled++,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, { __spoken: spoken, __speech: state });
}

type SpeechWindow = Window & {
  __spoken: { text: string; lang: string; onend: (() => void) | null }[];
  __speech: { cancelled: number; paused: boolean };
};

/** "Lees voor" on a library article, on a phone, in the browser's own speech synthesis. */
describe('read-aloud (Lees voor)', () => {
  const nabij = useNabij();

  async function openArticle(page: Page): Promise<void> {
    await page.goto(`${nabij.url}${ARTICLE}`);
    await page.locator('h1', { hasText: 'Schulden: wat kun je zelf doen?' }).waitFor();
  }

  it('is not offered in a browser without a voice for the page language (headless chromium here has none)', async () => {
    const page = await nabij.person(PHONE);
    await openArticle(page);
    // Chromium may fill its voice list a moment later (voiceschanged): give it that moment.
    await page.waitForTimeout(1000);
    const dutchVoices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('nl')).length);
    expect(await page.getByRole('button', { name: 'Lees voor' }).count()).toBe(dutchVoices > 0 ? 1 : 0);
    await page.context().close();
  });

  it('reads the article sentence by sentence in Dutch, highlights the sentence being read, pauses and stops', async () => {
    const page = await nabij.person(PHONE);
    await page.addInitScript(installDutchVoice);
    await openArticle(page);
    const start = page.getByRole('button', { name: 'Lees voor' });
    await start.waitFor();
    expect(await start.getAttribute('aria-pressed')).toBe('false');

    // Angular draws a click's result in a task after the click (no zone): wait for it, then read it.
    const pressedIs = async (pressed: boolean) => {
      await page.getByRole('button', { name: 'Lees voor', pressed }).waitFor();
      expect(await start.getAttribute('aria-pressed')).toBe(String(pressed));
    };

    await start.click();
    await pressedIs(true);
    const spoken = () => page.evaluate(() => (window as unknown as SpeechWindow).__spoken.map((u) => [u.text, u.lang]));
    const highlighted = () =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('nb-read-aloud');
        return highlight ? [...highlight].map((r) => r.toString()).join('') : null;
      });
    expect(await spoken()).toEqual([['Schulden: wat kun je zelf doen?', 'nl-NL']]);
    expect(await highlighted()).toBe('Schulden: wat kun je zelf doen?');

    // The browser finishes the title: the next sentence is read and highlighted.
    await page.evaluate(() => (window as unknown as SpeechWindow).__spoken.at(-1)!.onend!());
    const [second] = (await spoken()).slice(1);
    expect(second[1]).toBe('nl-NL');
    expect(second[0].length).toBeGreaterThan(0);
    expect(await highlighted()).toBe(second[0]);

    // The reading buttons fit the phone and pass the accessibility check while reading.
    expect((await wcagViolations(page)).map((v) => `reading: ${v}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: 'Pauze' }).click();
    expect(await page.evaluate(() => (window as unknown as SpeechWindow).__speech.paused)).toBe(true);
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    expect(await page.evaluate(() => (window as unknown as SpeechWindow).__speech.paused)).toBe(false);

    await page.getByRole('button', { name: 'Stop' }).click();
    await pressedIs(false);
    expect(await highlighted()).toBeNull();

    // Reading again and then leaving the page stops the voice.
    await start.click();
    const cancelled = await page.evaluate(() => (window as unknown as SpeechWindow).__speech.cancelled);
    await page
      .getByRole('link', { name: /Terug naar/ })
      .first()
      .click();
    await page.waitForURL(/\/bibliotheek\/thema\//);
    expect(await page.evaluate(() => (window as unknown as SpeechWindow).__speech.cancelled)).toBeGreaterThan(cancelled);
    await page.context().close();
  });
});
