import { API_ERROR_CODES } from '@nabij/platform/contracts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LIBS = join(__dirname, '../../../../..');

/** Every non-test source file of the API libs (libs/<domain>/api/src and libs/platform/api/src). */
function apiSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('spec.ts') && !path.includes('/testing/')) files.push(path);
    }
  };
  for (const domain of readdirSync(LIBS)) {
    const src = join(LIBS, domain, 'api', 'src');
    if (statSync(join(LIBS, domain)).isDirectory() && safeIsDir(src)) walk(src);
  }
  return files;
}

function safeIsDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Issue 17: errors carry a stable `code` the portal translates; the English message stays for API users. */
describe('API error codes', () => {
  const sources = apiSources().map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('finds the API sources', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('lists every `<domain>.<reason>` code an API lib throws in API_ERROR_CODES', () => {
    const thrown = new Set(sources.flatMap((s) => [...s.text.matchAll(/code: '([a-z_]+\.[a-z0-9_]+)'/g)].map((m) => m[1])));
    expect(thrown.size).toBeGreaterThan(100);
    expect([...thrown].filter((code) => !(API_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('has each code once, in the form <domain>.<reason>', () => {
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    for (const code of API_ERROR_CODES) expect(code).toMatch(/^[a-z]+\.[a-z0-9_]+$/);
  });

  it('throws no HTTP error with only an English sentence (a plain string literal) any more', () => {
    const bare = /new (BadRequest|NotFound|Forbidden|Conflict|Unauthorized)Exception\(\s*['"]/;
    expect(sources.filter((s) => bare.test(s.text)).map((s) => s.path)).toEqual([]);
  });
});
