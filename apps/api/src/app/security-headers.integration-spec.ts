import { makeCase } from '@nabij/dossier/api/testing';
import { makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMAIN_MODULES } from './app.module';

jest.setTimeout(60_000);

/** The CSP header as a map of directive → sources. */
function csp(header: string | undefined): Record<string, string[]> {
  expect(header).toBeDefined();
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20)]);

describe('security headers and caching at the HTTP edge', () => {
  let t: TestApp;
  let portalDir: string;
  const password = 'Headers-test-2026!';
  let client: TestAccount;
  let worker: TestAccount;
  const as = (who: TestAccount) => ({ Authorization: `Bearer ${who.token}` });

  beforeAll(async () => {
    // A stand-in for the built portal: index.html with the nonce placeholder and one hashed bundle.
    portalDir = mkdtempSync(join(tmpdir(), 'nabij-portal-'));
    writeFileSync(
      join(portalDir, 'index.html'),
      '<!doctype html><html><body><nb-root ngCspNonce="__CSP_NONCE__"></nb-root><script src="main-ABC123.js" type="module"></script></body></html>',
    );
    writeFileSync(join(portalDir, 'main-ABC123.js'), 'console.log(1)');
    const documentsDir = join(portalDir, '..', `${portalDir.split('/').pop()}-documents`);
    mkdirSync(documentsDir);
    t = await createTestApp({ env: { PORTAL_DIR: portalDir, DOCUMENTS_DIR: documentsDir }, imports: DOMAIN_MODULES });
    const org = await makeOrganisation(t);
    // Only the login test needs a password (argon2 costs CPU time).
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password });
    worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
  });
  afterAll(() => t.close());

  it('sends a strict Content-Security-Policy on API answers', async () => {
    const res = await t.http().get('/api/health');
    const policy = csp(res.headers['content-security-policy']);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    // JSON and documents carry no inline styles: API answers need no nonce (the portal page has one).
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy['connect-src']).toEqual(["'self'", 'ws://nabij.test']);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('puts a fresh nonce in the portal page that matches its own CSP header', async () => {
    const first = await t.http().get('/login');
    const second = await t.http().get('/login');
    expect(first.status).toBe(200);
    const nonceOf = (res: typeof first) => /ngCspNonce="([^"]+)"/.exec(res.text)?.[1];
    expect(nonceOf(first)).toBeDefined();
    expect(csp(first.headers['content-security-policy'])['style-src']).toContain(`'nonce-${nonceOf(first)}'`);
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    expect(first.text).not.toContain('__CSP_NONCE__');
    expect(first.headers['cache-control']).toBe('no-cache');
  });

  it('lets browsers cache the hashed portal bundles (no no-store outside /api)', async () => {
    const res = await t.http().get('/main-ABC123.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it('marks login and refresh answers (tokens) no-store', async () => {
    const login = await t.http().post('/api/auth/login').send({ email: client.email, password });
    expect(login.status).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    expect(login.headers['pragma']).toBe('no-cache');
    const cookie = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const refresh = await t.http().post('/api/auth/refresh').set('Cookie', cookie);
    expect(refresh.status).toBe(200);
    expect(refresh.headers['cache-control']).toBe('no-store');
  });

  it('marks personal data, errors and document downloads no-store', async () => {
    const me = await t.http().get('/api/auth/me').set(as(client));
    expect(me.status).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    expect((await t.http().get('/api/auth/me')).headers['cache-control']).toBe('no-store');

    const { id: caseId } = await makeCase(t, { worker, clientId: client.id, kindOfWork: 'hulp_online' });
    const up = await t
      .http()
      .post(`/api/dossier/cases/${caseId}/documents`)
      .set(as(client))
      .attach('file', pdf, { filename: 'brief.pdf', contentType: 'application/pdf' });
    expect(up.status).toBe(201);
    const down = await t.http().get(`/api/dossier/cases/${caseId}/documents/${up.body.id}/content`).set(as(client));
    expect(down.status).toBe(200);
    expect(down.headers['cache-control']).toBe('no-store');
    expect(down.headers['pragma']).toBe('no-cache');
  });

  it('serves the API docs in development, with inline styles allowed only there (Swagger UI needs them)', async () => {
    const docs = await t.http().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(csp(docs.headers['content-security-policy'])['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp(docs.headers['content-security-policy'])['script-src']).toEqual(["'self'"]);
    expect((await t.http().get('/api/docs-json')).status).toBe(200);
  });
});
