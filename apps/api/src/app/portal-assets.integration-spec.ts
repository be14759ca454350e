import { createTestApp, TestApp } from '@nabij/platform/testing';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(60_000);

/** A bundle large enough to be worth compressing, with the kind of repetition real JavaScript has. */
const bundle = Array.from({ length: 400 }, (_, i) => `export function step${i}(value) { return value + ${i}; }\n`).join('');
const smallChunk = 'export const x = 1;\n';

describe('the built portal is served precompressed and cached by name', () => {
  let t: TestApp;
  let portalDir: string;

  beforeAll(async () => {
    // A stand-in for the build output, compressed by the same script `npm run build` runs.
    portalDir = mkdtempSync(join(tmpdir(), 'nabij-portal-assets-'));
    writeFileSync(join(portalDir, 'index.html'), '<!doctype html><html><body><nb-root ngCspNonce="__CSP_NONCE__"></nb-root></body></html>');
    writeFileSync(join(portalDir, 'main-PCCZZD54.js'), bundle);
    writeFileSync(join(portalDir, 'chunk-451w0HzU.js'), smallChunk);
    // rolldown's counter after the hash (see HASHED_NAME in portal-assets.ts).
    writeFileSync(join(portalDir, 'chunk-Dfr_Vxvn2.js'), smallChunk);
    writeFileSync(join(portalDir, 'favicon.ico'), Buffer.alloc(2048, 1));
    execFileSync(process.execPath, [join(__dirname, '../../../../tools/build/precompress.mjs'), portalDir], { stdio: 'pipe' });
    const documentsDir = join(portalDir, '..', `${portalDir.split('/').pop()}-documents`);
    mkdirSync(documentsDir);
    t = await createTestApp({ env: { PORTAL_DIR: portalDir, DOCUMENTS_DIR: documentsDir }, imports: [] });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('writes Brotli and gzip copies only of text files worth compressing', () => {
    expect(existsSync(join(portalDir, 'main-PCCZZD54.js.br'))).toBe(true);
    expect(existsSync(join(portalDir, 'main-PCCZZD54.js.gz'))).toBe(true);
    expect(existsSync(join(portalDir, 'chunk-451w0HzU.js.br'))).toBe(false);
    expect(existsSync(join(portalDir, 'favicon.ico.br'))).toBe(false);
  });

  it('sends the Brotli copy to a browser that accepts it, as JavaScript, cached for a year', async () => {
    const res = await t.http().get('/main-PCCZZD54.js').set('Accept-Encoding', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    expect(Number(res.headers['content-length'])).toBeLessThan(bundle.length / 5);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toBe(bundle);
  });

  it('sends the gzip copy when the browser accepts only gzip', async () => {
    const res = await t.http().get('/main-PCCZZD54.js').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(Number(res.headers['content-length'])).toBeLessThan(bundle.length / 4);
    expect(res.text).toBe(bundle);
  });

  it('sends the file as it is when the client accepts no compression', async () => {
    const res = await t.http().get('/main-PCCZZD54.js').set('Accept-Encoding', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(bundle));
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('answers a HEAD for a compressed bundle with its headers and no body', async () => {
    const res = await t.http().head('/main-PCCZZD54.js').set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.text ?? '').toBe('');
  });

  it('caches a small hashed chunk for a year too, and an unhashed file for an hour', async () => {
    const chunk = await t.http().get('/chunk-451w0HzU.js').set('Accept-Encoding', 'br');
    expect(chunk.status).toBe(200);
    expect(chunk.headers['content-encoding']).toBeUndefined();
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const counted = await t.http().get('/chunk-Dfr_Vxvn2.js');
    expect(counted.status).toBe(200);
    expect(counted.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await t.http().get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('never caches the page itself, so a new build reaches everyone at once', async () => {
    const res = await t.http().get('/home');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});
