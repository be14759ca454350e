import type { NextFunction, Request, Response } from 'express';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * File types the build precompresses (`tools/build/precompress.mjs`); images and fonts are already
 * compressed. The same list decides which Content-Type a precompressed answer carries.
 */
export const COMPRESSIBLE_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The Angular build names every bundle, stylesheet and media file after its content:
 * `main-PCCZZD54.js`, `chunk-451w0HzU.js` (files in `public/`, like favicon.ico, keep their names).
 * Its chunk optimizer (rolldown 1.2) adds a counter to some of those names although no other file
 * has the same hash (rolldown issue 10589): `chunk-Dfr_Vxvn2.js` is hashed too, and was cached for
 * only an hour while its pattern missed the counter (104 of the 263 chunks of one build).
 */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}\d*\.[a-z0-9]+$/;

/** A hashed file never changes under its name, so browsers may keep it for a year; anything else for an hour. */
export function portalCacheControl(path: string): string {
  return HASHED_NAME.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
}

interface Variants {
  br: boolean;
  gzip: boolean;
  type: string;
}

/** URL path → which precompressed copies lie next to the file, read once at start-up (the build is fixed). */
function findVariants(dir: string): Map<string, Variants> {
  const files = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.add('/' + relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  const variants = new Map<string, Variants>();
  for (const file of files) {
    const type = COMPRESSIBLE_TYPES[/\.[a-z0-9]+$/.exec(file)?.[0] ?? ''];
    if (!type) continue;
    const br = files.has(`${file}.br`);
    const gzip = files.has(`${file}.gz`);
    if (br || gzip) variants.set(file, { br, gzip, type });
  }
  return variants;
}

/**
 * Serves the build's Brotli or gzip copy of a portal file when the browser accepts it: the request
 * is pointed at `file.br` / `file.gz` with the original file's type and a Content-Encoding, and the
 * static handler after this one sends it (ETag, ranges and HEAD as for any file).
 */
export function precompressedPortalAssets(dir: string) {
  const variants = findVariants(dir);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const found = variants.get(req.path);
    if (!found) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    // Browsers list `gzip, deflate, br` with equal weight: Brotli is smaller, so it is asked first.
    const accepted =
      found.br && req.acceptsEncodings('br') === 'br' ? 'br' : found.gzip && req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
    if (!accepted) return next();
    res.setHeader('Content-Encoding', accepted);
    res.setHeader('Content-Type', found.type);
    const query = req.url.slice(req.path.length);
    req.url = `${req.path}.${accepted === 'br' ? 'br' : 'gz'}${query}`;
    next();
  };
}
