import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import { RequestLogger, levelOf, requestLog } from './request-log';
import { requestLogOptions } from './request-log-options';

/** A root logger writing into an array, as the app's (same serializers and redaction). */
function rootAt(level: pino.LevelWithSilent) {
  const lines: Array<Record<string, unknown>> = [];
  const root = pino(requestLogOptions(level), { write: (line: string) => lines.push(JSON.parse(line)) });
  return { root, lines, child: jest.spyOn(root, 'child') };
}

function request(url = '/api/dossier/mine/1?token=secret') {
  const req = Object.assign(new EventEmitter(), {
    method: 'GET',
    url: url.replace(/^\/api/, ''),
    originalUrl: url,
    headers: { authorization: 'Bearer secret' },
    socket: { remoteAddress: '10.0.0.9' },
    readableAborted: false,
  }) as unknown as IncomingMessage & { id: string; log: RequestLogger };
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    writableEnded: false,
    setHeader: jest.fn(),
  }) as unknown as ServerResponse & { statusCode: number; writableEnded: boolean };
  const finish = (status: number) => {
    res.statusCode = status;
    res.writableEnded = true;
    res.emit('close');
  };
  return { req, res, finish };
}

describe('requestLog', () => {
  it('gives the request an id and a logger, and at warn makes no child logger for an answer that logs nothing', () => {
    const { root, lines, child } = rootAt('warn');
    const { req, res, finish } = request();
    const next = jest.fn();
    requestLog(root)(req, res, next);
    expect(next).toHaveBeenCalled();
    expect(req.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.setHeader).toHaveBeenCalledWith('X-Request-Id', req.id);
    req.log.info({ step: 'read' }, 'below the level');
    finish(200);
    expect(lines).toEqual([]);
    expect(child).not.toHaveBeenCalled();
  });

  it('writes a client error at warn with id, method, path without query, status and time', () => {
    const { root, lines } = rootAt('warn');
    const { req, res, finish } = request();
    requestLog(root)(req, res, () => undefined);
    finish(404);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'request completed',
        req: { id: req.id, method: 'GET', path: '/api/dossier/mine/1' },
        res: { statusCode: 404 },
        responseTime: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('writes a server error as "request errored" with an error, and one line only', () => {
    const { root, lines } = rootAt('info');
    const { req, res, finish } = request();
    requestLog(root)(req, res, () => undefined);
    finish(503);
    res.emit('close');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'request errored',
        err: expect.objectContaining({ message: 'failed with status code 503' }),
      }),
    ]);
  });

  it('calls an answer that never ended aborted', () => {
    const { root, lines } = rootAt('info');
    const { req, res } = request();
    requestLog(root)(req, res, () => undefined);
    res.emit('close');
    expect(lines.map((l) => l['msg'])).toEqual(['request aborted']);
  });

  it('binds what is logged during the request to it, with the same child for each line', () => {
    const { root, lines, child } = rootAt('info');
    const { req, res, finish } = request();
    requestLog(root)(req, res, () => undefined);
    req.log.warn({ step: 'audit' }, 'slow write');
    expect(req.log.bindings()).toEqual({ req: { id: req.id, method: 'GET', path: '/api/dossier/mine/1' } });
    finish(200);
    expect(lines.map((l) => [l['msg'], (l['req'] as { id: string }).id])).toEqual([
      ['slow write', req.id],
      ['request completed', req.id],
    ]);
    expect(child).toHaveBeenCalledTimes(1);
  });
});

describe('levelOf', () => {
  it('puts 5xx and failures at error, 4xx at warn, the rest at info', () => {
    expect([levelOf(200, false), levelOf(302, false), levelOf(401, false), levelOf(500, false), levelOf(200, true)]).toEqual([
      'info',
      'info',
      'warn',
      'error',
      'error',
    ]);
  });
});
