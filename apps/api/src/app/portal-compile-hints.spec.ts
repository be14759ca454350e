import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer, SourceMapGenerator } from 'source-map-js';

const SCRIPT = join(__dirname, '../../../../tools/build/compile-hints.mjs');
const HINT = '//# allFunctionsCalledOnLoad';

const bundle = 'function a(){return 1}function b(){return a()+1}\nexport{b};\n//# sourceMappingURL=main-PCCZZD54.js.map\n';

/** A source map for `bundle`: `a` on line 1 comes from home.ts 3:2, `export` on line 2 from home.ts 9:0. */
function sourceMap(): string {
  const map = new SourceMapGenerator({ file: 'main-PCCZZD54.js' });
  map.addMapping({ generated: { line: 1, column: 9 }, original: { line: 3, column: 2 }, source: 'home.ts', name: 'a' });
  map.addMapping({ generated: { line: 2, column: 0 }, original: { line: 9, column: 0 }, source: 'home.ts' });
  return map.toString();
}

function portalDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nabij-compile-hints-'));
  writeFileSync(join(dir, 'main-PCCZZD54.js'), bundle);
  writeFileSync(join(dir, 'main-PCCZZD54.js.map'), sourceMap());
  writeFileSync(join(dir, 'chunk-451w0HzU.js'), 'export const x = 1;\n');
  writeFileSync(join(dir, 'styles-5T45OZ2F.css'), 'body{margin:0}\n');
  writeFileSync(join(dir, 'session-restore-KFVF3YXR.js'), 'window.x = 1;\n');
  // As Angular writes it: a classic deferred script, then the main bundle as a module (attributes in any order).
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script src="session-restore-KFVF3YXR.js" defer></script><script nonce="n" type="module" src="main-PCCZZD54.js"></script>\n',
  );
  return dir;
}

const run = (dir: string) => execFileSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });

describe('tools/build/compile-hints.mjs (run by npm run build)', () => {
  it("puts V8's compile hint first in the module script index.html starts, and leaves every other file alone", () => {
    const dir = portalDir();
    expect(run(dir)).toContain('marked 1 portal script(s)');
    expect(readFileSync(join(dir, 'main-PCCZZD54.js'), 'utf8')).toBe(`${HINT}\n${bundle}`);
    expect(readFileSync(join(dir, 'chunk-451w0HzU.js'), 'utf8')).toBe('export const x = 1;\n');
    expect(readFileSync(join(dir, 'session-restore-KFVF3YXR.js'), 'utf8')).toBe('window.x = 1;\n');
    expect(readFileSync(join(dir, 'styles-5T45OZ2F.css'), 'utf8')).toBe('body{margin:0}\n');
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain(HINT);
  });

  it('adds the line once however often the build step runs', () => {
    const dir = portalDir();
    run(dir);
    const once = readFileSync(join(dir, 'main-PCCZZD54.js'), 'utf8');
    const onceMap = readFileSync(join(dir, 'main-PCCZZD54.js.map'), 'utf8');
    expect(run(dir)).toContain('marked 0 portal script(s)');
    expect(readFileSync(join(dir, 'main-PCCZZD54.js'), 'utf8')).toBe(once);
    expect(readFileSync(join(dir, 'main-PCCZZD54.js.map'), 'utf8')).toBe(onceMap);
  });

  it('keeps the source map pointing at the same code, one line further down', () => {
    const dir = portalDir();
    run(dir);
    const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dir, 'main-PCCZZD54.js.map'), 'utf8')));
    expect(map.originalPositionFor({ line: 1, column: 0 })).toMatchObject({ source: null, line: null });
    expect(map.originalPositionFor({ line: 2, column: 9 })).toMatchObject({ source: 'home.ts', line: 3, column: 2, name: 'a' });
    expect(map.originalPositionFor({ line: 3, column: 0 })).toMatchObject({ source: 'home.ts', line: 9, column: 0 });
  });
});
