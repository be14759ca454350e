import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LevelWithSilent, LoggerOptions } from 'pino';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * A request id per request, echoed as `X-Request-Id`. A proxy on this machine (the same loopback
 * the app trusts for `X-Forwarded-For`) may hand its own id in, so both logs line up; from anyone
 * else the header is ignored, so a caller cannot plant ids or text in our logs.
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const fromProxy = LOOPBACK.test(req.socket?.remoteAddress ?? '') && typeof given === 'string' && REQUEST_ID.test(given);
  const id = fromProxy ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * What a request log line holds: id, method, path without query string, status and time. Only
 * these fields are written (never headers, query strings or bodies), so tokens, cookies,
 * passwords, message texts and e-mail addresses in a query cannot reach the log. `redact` is the
 * second line of defence for anything logged by hand with a request or response attached.
 */
export function requestLogOptions(level: LevelWithSilent): LoggerOptions {
  return {
    level,
    serializers: {
      // Express keeps the full path in originalUrl while a mounted router sees only its own part.
      req: (req: { id: unknown; method: string; url?: string; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        path: (req.originalUrl ?? req.url ?? '').split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // Error objects may carry more than their message (a QueryFailedError holds its SQL parameters).
      err: (err: Error) => ({ type: err?.constructor?.name, message: err?.message, stack: err?.stack }),
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'req.body',
        'req.query',
        'body',
        'password',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        'accessToken',
        '*.accessToken',
      ],
      censor: '[redacted]',
    },
  };
}
