import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorBody } from '@nabij/platform/contracts';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable';

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Turns every error into the one ErrorBody shape; unexpected errors never leak details. */
@Catch()
export class ErrorBodyFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    if (!response || typeof response.status !== 'function') throw exception;
    const body = this.toBody(exception);
    // A 503 is an outage, not a bug: a stack trace for every request during it would bury the log.
    if (body.statusCode >= 500 && body.statusCode !== HttpStatus.SERVICE_UNAVAILABLE)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const body: ErrorBody = { statusCode: status, error: REASON[status] ?? 'Error', message: exception.message };
      if (typeof raw === 'object' && raw !== null) {
        const r = raw as {
          message?: unknown;
          fields?: Record<string, string[]>;
          fieldCodes?: Record<string, string>;
          code?: unknown;
          details?: unknown;
        };
        if (typeof r.message === 'string') body.message = r.message;
        else if (Array.isArray(r.message)) body.message = r.message.join('; ');
        if (r.fields) body.fields = r.fields;
        if (r.fieldCodes) body.fieldCodes = r.fieldCodes;
        if (typeof r.code === 'string') body.code = r.code;
        if (typeof r.details === 'object' && r.details !== null && !Array.isArray(r.details))
          body.details = r.details as Record<string, unknown>;
      } else if (typeof raw === 'string') {
        body.message = raw;
      }
      return body;
    }
    // Errors raised by the body parser (malformed JSON, too large) carry an HTTP status.
    const e = exception as { status?: number; statusCode?: number; type?: string };
    const status = e?.status ?? e?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message =
        e.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : e.type === 'entity.too.large'
            ? 'The request body is too large.'
            : 'The request could not be read.';
      return { statusCode: status, error: REASON[status] ?? 'Error', message };
    }
    if (isDatabaseUnavailable(exception)) {
      // PostgreSQL is down or restarting: the client may retry; the pool reconnects by itself.
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: REASON[503],
        message: 'The database is not available right now. Please try again in a moment.',
      };
    }
    const data = dataError(exception);
    if (data) {
      // A safety net, not the fix: the input should have been refused before it reached SQL.
      this.logger.warn(
        `PostgreSQL refused request data (${data.code}): ${exception instanceof Error ? exception.stack : String(exception)}`,
      );
      return { statusCode: data.status, error: REASON[data.status], message: data.message };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: REASON[500],
      message: 'Something went wrong on our side. Please try again later.',
    };
  }
}

/** PostgreSQL error codes caused by the data a client sent (class 22 data exceptions, class 23 integrity). */
const DATA_ERRORS: Record<string, { status: 400 | 409; message: string }> = {
  '22001': { status: 400, message: 'A value in the request is too long.' },
  '22003': { status: 400, message: 'A number in the request is too large or too small.' },
  '22007': { status: 400, message: 'A date in the request is not valid.' },
  '22008': { status: 400, message: 'A date in the request is out of range.' },
  '22021': { status: 400, message: 'The request contains characters that are not allowed.' },
  '22P02': { status: 400, message: 'A value in the request has the wrong form.' },
  '22P05': { status: 400, message: 'The request contains characters that are not allowed.' },
  '23502': { status: 400, message: 'A required value is missing.' },
  '23514': { status: 400, message: 'A value in the request is not allowed.' },
  '23503': { status: 409, message: 'This refers to something that does not exist (any more) or is still in use.' },
  '23505': { status: 409, message: 'This already exists, or someone else changed it at the same time. Reload and try again.' },
};

function dataError(exception: unknown): { code: string; status: 400 | 409; message: string } | null {
  const e = exception as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (typeof code !== 'string' || !(code in DATA_ERRORS)) return null;
  return { code, ...DATA_ERRORS[code] };
}
