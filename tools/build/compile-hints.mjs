// After `nx build portal`, before precompress.mjs: marks the portal's main bundle for eager compiling.
//
// V8 compiles a function the first time it is called, on the main thread, unless the file asks it to
// compile every function up front (V8's explicit compile hints, Chromium 136 and later: the magic
// comment below as the file's first line). Chromium then compiles the file while it downloads, on a
// background thread, so starting the portal no longer stops for compiling Angular's functions one
// by one. With API calls started in a task of their own (`ownTaskInterceptor`), the client home's
// Lighthouse blocking time (issue 12) went from 252–508 ms to 42–221 ms on the same machine (eight
// alternating runs each; the interceptor alone 97–500 ms, this line alone 80–418 ms). Other
// browsers read the line as a comment.
//
// Only the module scripts `index.html` starts with are marked: the main bundle (Angular and the
// shell, 436 kB), which Chromium compiles as it streams in. The pages' chunks are a few kB each and
// are left as they are: the client home scored the same with them marked too (0.93–0.99 in eight
// Lighthouse runs) as without (0.95–0.99), and compiling every function of a chunk up front is work
// a page may not need.
//
// The line is added once (running this again changes nothing), and a source map next to a file
// gets one empty line in front so it still points at the right places. The files keep their names:
// the name's hash was taken from the content before, and the same build always gets the same line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.resolve(root, process.argv[2] ?? 'dist/apps/portal/browser');

/** `<script src="main-….js" type="module">`: what the page loads first, in any attribute order. */
function startScripts(html) {
  const names = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+\.js)"/.exec(tag)?.[1];
    if (src && /\stype="module"/.test(tag) && !/^[a-z]+:|^\/\//i.test(src)) names.push(src.replace(/^\.?\//, ''));
  }
  return names;
}

let marked = 0;
for (const name of startScripts(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'))) {
  const file = path.join(dir, name);
  const content = fs.readFileSync(file, 'utf8');
  if (content.startsWith(COMPILE_HINT)) continue;
  fs.writeFileSync(file, `${COMPILE_HINT}\n${content}`);
  const mapFile = `${file}.map`;
  if (fs.existsSync(mapFile)) {
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
    map.mappings = `;${map.mappings}`;
    fs.writeFileSync(mapFile, JSON.stringify(map));
  }
  marked += 1;
}
console.log(`marked ${marked} portal script(s) for eager compiling`);
