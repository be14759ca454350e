// After `nx build portal`: writes a Brotli (.br) and a gzip (.gz) copy of every text asset of the
// built portal, so the API serves them compressed without compressing on each request
// (libs/platform/api/src/lib/http/portal-assets.ts picks the copy the browser accepts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.resolve(root, process.argv[2] ?? 'dist/apps/portal/browser');
// Keep in step with COMPRESSIBLE_TYPES in portal-assets.ts.
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt']);
// Below this a compressed copy saves less than the header it needs.
const MIN_BYTES = 1024;

function* files(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

let raw = 0;
let brotli = 0;
let count = 0;
for (const file of files(dir)) {
  if (!COMPRESSIBLE.has(path.extname(file))) continue;
  const content = fs.readFileSync(file);
  for (const suffix of ['.br', '.gz']) fs.rmSync(file + suffix, { force: true });
  if (content.length < MIN_BYTES) continue;
  const br = zlib.brotliCompressSync(content, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  const gz = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
  if (br.length < content.length) fs.writeFileSync(file + '.br', br);
  if (gz.length < content.length) fs.writeFileSync(file + '.gz', gz);
  raw += content.length;
  brotli += Math.min(br.length, content.length);
  count += 1;
}
console.log(`precompressed ${count} portal files: ${(raw / 1024).toFixed(0)} kB → ${(brotli / 1024).toFixed(0)} kB with Brotli`);
