import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  let found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(sourceFiles(path));
    else if (path.endsWith('.ts')) found.push(path);
  }
  return found;
}

function kindOf(file: string): 'api' | 'portal' | 'contracts' | 'testing' | 'other' {
  const rel = relative(root, file);
  if (/^libs\/[^/]+\/api\//.test(rel) || rel.startsWith('apps/api/')) return 'api';
  if (/^libs\/[^/]+\/portal\//.test(rel) || rel.startsWith('apps/portal/')) return 'portal';
  if (/^libs\/[^/]+\/contracts\//.test(rel)) return 'contracts';
  if (rel.startsWith('libs/platform/testing/')) return 'testing';
  return 'other';
}

/** Which library kinds each kind may import (what @nx/enforce-module-boundaries would say). */
const ALLOWED: Record<string, string[]> = {
  api: ['api', 'contracts', 'testing'],
  portal: ['portal', 'contracts'],
  contracts: ['contracts'],
};

describe('module boundaries', () => {
  const files = ['apps/api/src', 'apps/portal/src', 'libs']
    .map((d) => join(root, d))
    .flatMap((d) => {
      try {
        return sourceFiles(d);
      } catch {
        return [];
      }
    });

  it('keeps the portal out of API code, contracts free of both, and testing helpers out of production code', () => {
    const problems: string[] = [];
    for (const file of files) {
      const kind = kindOf(file);
      if (!(kind in ALLOWED)) continue;
      // Specs and the helpers in a lib's testing/ folder are test code.
      const isSpec = /\.(spec|integration-spec)\.ts$/.test(file) || /\/testing\//.test(relative(root, file));
      // `@nabij/<domain>/api/testing` is a domain's test factories: test code like platform/testing.
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '@nabij\/([a-z-]+\/[a-z-]+(?:\/testing)?)'/g)) {
        const targetKind = target.endsWith('/testing') ? 'testing' : target.split('/')[1];
        if (!ALLOWED[kind].includes(targetKind)) problems.push(`${relative(root, file)} imports @nabij/${target}`);
        if (targetKind === 'testing' && !isSpec) problems.push(`${relative(root, file)} imports test helpers outside a spec`);
      }
    }
    expect(problems).toEqual([]);
  });
});
