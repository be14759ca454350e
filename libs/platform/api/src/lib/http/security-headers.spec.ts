import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '../config/app-config';
import { noStoreForApi, nonceMiddleware, securityHeaders } from './security-headers';

function run(
  url: string,
  config = new AppConfig({ DATABASE_URL: 'postgres://x/y', PUBLIC_URL: 'https://nabij.example.nl' }),
): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (n: string, v: string) => (headers[n.toLowerCase()] = String(v)),
    removeHeader: (n: string) => delete headers[n.toLowerCase()],
  } as unknown as ServerResponse;
  const req = { url, method: 'GET', headers: {} } as IncomingMessage;
  for (const mw of [nonceMiddleware(), securityHeaders(config), noStoreForApi()]) mw(req, res, () => undefined);
  return headers;
}

describe('security headers', () => {
  it('names wss on the public host for socket.io when the portal is served over https', () => {
    expect(run('/api/health')['content-security-policy']).toContain("connect-src 'self' wss://nabij.example.nl");
  });

  it('adds upgrade-insecure-requests only in production', () => {
    expect(run('/')['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const prod = new AppConfig({
      DATABASE_URL: 'postgres://x/y',
      NODE_ENV: 'production',
      JWT_SECRET: 'q7Vd1LxP0uZk9rT2bYh6sWn3mEa8cJf5gKo4iRt1',
      PUBLIC_URL: 'https://nabij.example.nl',
    });
    expect(run('/', prod)['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('gives API answers the strict policy without a nonce, and portal pages a fresh nonce each', () => {
    const api = run('/api/dossier/mine/1');
    expect(api['content-security-policy']).toContain("style-src 'self';");
    expect(api['content-security-policy']).not.toContain('nonce-');
    expect(api['x-frame-options']).toBe('DENY');
    expect(api['strict-transport-security']).toMatch(/^max-age=\d+/);
    const first = run('/login')['content-security-policy'];
    const second = run('/login')['content-security-policy'];
    expect(first).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(first).not.toBe(second);
    expect(run('/api/docs')['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('marks /api and only /api no-store', () => {
    expect(run('/api/auth/me')['cache-control']).toBe('no-store');
    expect(run('/api?x=1')['cache-control']).toBe('no-store');
    expect(run('/apiculture')['cache-control']).toBeUndefined();
    expect(run('/main-ABC.js')['cache-control']).toBeUndefined();
  });
});
