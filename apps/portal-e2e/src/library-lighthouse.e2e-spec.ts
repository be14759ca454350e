import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { useNabij } from './support/use-nabij';

const run = promisify(execFile);
const LIGHTHOUSE = join(process.cwd(), 'node_modules', '.bin', 'lighthouse');

jest.setTimeout(300_000);

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Issue 14's "Lighthouse accessibility 1.0 on the public pages": Lighthouse's accessibility category
 * (mobile) on the library's public pages of the built portal with the demo content.
 */
describe('library public pages: Lighthouse accessibility', () => {
  const nabij = useNabij();

  it.each([
    '/bibliotheek',
    '/bibliotheek/thema/violence',
    '/bibliotheek/schulden-wat-kun-je-zelf-doen',
    '/bibliotheek/zoeken?q=schulden',
    '/vragen',
    '/zelftesten',
    '/zelftesten/quickscan-geldzorgen',
    '/vraag-stellen',
  ])('scores 1.0 on %s', async (path) => {
    // Lighthouse's own command line (the package is ESM-only; jest runs this spec as CommonJS).
    const { stdout } = await run(
      LIGHTHOUSE,
      [
        `${nabij.url}${path}`,
        '--only-categories=accessibility',
        '--output=json',
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(stdout) as {
      finalDisplayedUrl: string;
      categories: { accessibility: { score: number | null } };
      audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string }>;
    };
    // The page itself was audited, not a redirect to the login or the start page.
    expect(new URL(lhr.finalDisplayedUrl).pathname).toBe(path.split('?')[0]);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1)
      .map((a) => a.id);
    expect({ score: lhr.categories.accessibility.score, failing }).toEqual({ score: 1, failing: [] });
  });
});
