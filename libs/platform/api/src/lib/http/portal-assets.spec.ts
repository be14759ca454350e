import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { portalCacheControl } from './portal-assets';

const ROOT = join(__dirname, '../../../../../..');
const BUILD = join(ROOT, 'dist/apps/portal/browser');
const PUBLIC = join(ROOT, 'apps/portal/public');
const YEAR = 'public, max-age=31536000, immutable';

describe('portalCacheControl', () => {
  it('keeps files named after their content for a year, with or without rolldown’s counter', () => {
    for (const name of ['main-ASR4TDPL.js', 'chunk-451w0HzU.js', 'chunk---YLXrLC2.js', 'chunk-Dfr_Vxvn2.js', 'styles-5T45OZ2F.css']) {
      expect([name, portalCacheControl(`/${name}`)]).toEqual([name, YEAR]);
    }
  });

  it('keeps other files for an hour only', () => {
    for (const name of ['favicon.ico', 'logo.svg', 'site-icon.png', 'chunk-abc.js', 'chunk-Dfr_Vxvn2x.js']) {
      expect([name, portalCacheControl(`/${name}`)]).toEqual([name, 'public, max-age=3600']);
    }
  });

  // `npm test` builds the portal first. Whatever names the next Angular or rolldown gives its files,
  // each one it writes must stay cacheable for a year; only the copies of public/ and index.html not.
  it('caches every file of the real portal build for a year, except index.html and public/', () => {
    if (!existsSync(BUILD)) throw new Error(`No portal build at ${BUILD}: run npm run build first (npm test does)`);
    const copied = new Set(readdirSync(PUBLIC));
    const files = readdirSync(BUILD, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(BUILD.length)
          .replace(/\.(br|gz)$/, ''),
      )
      .filter((path) => path !== '/index.html' && !copied.has(path.slice(1)));
    const built = [...new Set(files)];
    expect(built.length).toBeGreaterThan(50);
    const short = built.filter((path) => portalCacheControl(path) !== YEAR);
    expect(short).toEqual([]);
  });
});
