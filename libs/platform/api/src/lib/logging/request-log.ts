import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bindings, ChildLoggerOptions, Level, Logger } from 'pino';
import { requestId } from './request-log-options';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
type LogCall = (...args: unknown[]) => void;

/** 5xx and failed answers at error, 4xx at warn, the rest at info. */
export function levelOf(statusCode: number, failed: boolean): Level {
  return failed || statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

/**
 * A request's logger, the child of the root logger bound to the request (`req`: id, method, path),
 * made only when something logs: at `warn` (npm start, production) most requests log nothing, and a
 * child per request (its bindings serialised and redacted) cost the API about a tenth of its time.
 * It has what nestjs-pino's `PinoLogger` and `Logger` call on a request's logger.
 */
export class RequestLogger {
  private made: Logger | null = null;

  constructor(
    private readonly root: Logger,
    private readonly req: IncomingMessage,
  ) {}

  /** The pino child logger itself (made now if it was not yet). */
  logger(): Logger {
    return (this.made ??= this.root.child({ req: this.req }));
  }

  isLevelEnabled(level: string): boolean {
    return (this.made ?? this.root).isLevelEnabled(level);
  }

  trace(...args: unknown[]): void {
    this.write('trace', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): Logger {
    return this.logger().child(bindings, options);
  }

  bindings(): Bindings {
    return this.logger().bindings();
  }

  private write(level: Level, args: unknown[]): void {
    if (!this.isLevelEnabled(level)) return;
    (this.logger()[level] as LogCall)(...args);
  }
}

/**
 * The request log (instead of pino-http): gives every request its id (`X-Request-Id`, see
 * `requestId`) and its logger (`req.log`, which nestjs-pino binds to the request's async context),
 * and writes one line when the answer is done — "request completed", "request aborted" or
 * "request errored" with `res` (status) and `responseTime` — at the level `levelOf` gives.
 */
export function requestLog(root: Logger): Handler {
  return (req, res, next) => {
    const started = Date.now();
    const request = req as unknown as { id: string; log: RequestLogger };
    request.id = requestId(req, res);
    const log = new RequestLogger(root, req);
    // What nestjs-pino (useExisting) puts in the request's async context for PinoLogger.
    request.log = log;
    const done = (error?: Error): void => {
      res.removeListener('close', done);
      res.removeListener('error', done);
      const level = levelOf(res.statusCode, error !== undefined);
      if (!root.isLevelEnabled(level)) return;
      const responseTime = Date.now() - started;
      const line = log.logger();
      if (level === 'error') {
        line.error({ res, err: error ?? new Error(`failed with status code ${res.statusCode}`), responseTime }, 'request errored');
      } else {
        line[level]({ res, responseTime }, !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted');
      }
    };
    res.on('close', done);
    res.on('error', done);
    next();
  };
}
