import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '../config/app-config';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
type WithLocals = ServerResponse & { locals?: Record<string, unknown> };

/** The per-response nonce Angular puts on the `<style>` elements it adds (see `ngCspNonce`). */
export function cspNonce(res: ServerResponse): string {
  return String((res as WithLocals).locals?.['cspNonce'] ?? '');
}

/**
 * A fresh nonce per response, kept in `res.locals`: the CSP header names it and the portal's
 * index.html hands it to Angular, which needs it for component styles it inserts at runtime.
 * API answers (JSON, documents) never carry inline styles, so they get no nonce (see `edgeHeaders`).
 */
export function nonceMiddleware(): Middleware {
  return (req, res, next) => {
    if (isApi(req.url) && !isDocs(req.url)) return next();
    const locals = ((res as WithLocals).locals ??= {});
    locals['cspNonce'] = randomBytes(16).toString('base64');
    next();
  };
}

/** `/api`, `/api/…` and `/api?…`, not `/apiculture`. */
function isApi(url: string | undefined): boolean {
  return /^\/api(\/|\?|$)/.test(url ?? '');
}

function isDocs(url: string | undefined): boolean {
  return (url ?? '').startsWith('/api/docs');
}

/** Same-origin socket.io over ws(s): CSP 'self' covers it in current browsers, older Safari needs it spelled out. */
function socketOrigin(publicUrl: string): string[] {
  try {
    const url = new URL(publicUrl);
    return [`${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`];
  } catch {
    return [];
  }
}

/**
 * Helmet with a strict Content-Security-Policy for the portal and the API: no inline script at
 * all, styles from our own files or carrying this response's nonce, nothing may frame us.
 * Swagger UI (`/api/docs`) writes inline styles, so only there style-src also allows them.
 */
export function securityHeaders(config: AppConfig): Middleware {
  const nonce = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${cspNonce(res)}'`;
  const directives = (styleSrc: Array<string | typeof nonce>) => ({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': styleSrc,
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...socketOrigin(config.publicUrl)],
    // Training videos are https addresses an editor enters (content.url), usually on a video host.
    'media-src': ["'self'", 'https:'],
    'frame-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'script-src-attr': ["'none'"],
    // Over plain http (npm start on localhost) upgrading would break every request.
    'upgrade-insecure-requests': config.production ? [] : null,
  });
  const options = (styleSrc: Array<string | typeof nonce>) =>
    ({
      contentSecurityPolicy: { useDefaults: false, directives: directives(styleSrc) },
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }) as const;
  const strict = helmet(options(["'self'", nonce]));
  const docs = helmet(options(["'self'", "'unsafe-inline'"]));
  // API answers all get the same headers (no nonce: JSON and documents carry no inline styles), so
  // helmet runs once at start-up and each answer only sets the recorded list.
  const api = recordHeaders(helmet(options(["'self'"])));
  return (req, res, next) => {
    if (isDocs(req.url)) return docs(req, res, next);
    if (!isApi(req.url)) return strict(req, res, next);
    for (const [name, value] of api) res.setHeader(name, value);
    res.removeHeader('X-Powered-By');
    next();
  };
}

/** The headers a middleware sets on an empty answer, for a middleware that does not look at the request. */
function recordHeaders(middleware: Middleware): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  const res = {
    setHeader: (name: string, value: string) => headers.push([name, value]),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  } as unknown as ServerResponse;
  let done = false;
  middleware({ url: '/api/', method: 'GET', headers: {} } as IncomingMessage, res, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('security headers: helmet did not finish synchronously');
  return headers;
}

/**
 * Nothing under `/api` may be kept by a browser or proxy: answers carry personal data, tokens and
 * documents. The portal's hashed bundles are served outside `/api` and keep their own caching.
 */
export function noStoreForApi(): Middleware {
  return (req, res, next) => {
    if (isApi(req.url)) {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Pragma', 'no-cache');
    }
    next();
  };
}
