import { ArgumentsHost, BadRequestException, Logger } from '@nestjs/common';
import { ErrorBodyFilter } from './error-body.filter';

function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const out = { status: 0, body: {} as Record<string, unknown> };
  const res = {
    headersSent: false,
    status: (s: number) => ((out.status = s), res),
    json: (b: Record<string, unknown>) => ((out.body = b), res),
  };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  new ErrorBodyFilter().catch(exception, host);
  return out;
}

/** A TypeORM QueryFailedError as it arrives: the PostgreSQL code is on driverError. */
const pgError = (code: string) => Object.assign(new Error('query failed'), { driverError: { code } });

describe('ErrorBodyFilter safety net for data PostgreSQL refuses', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers invalid text, out-of-range numbers and dates with 400', () => {
    for (const code of ['22P02', '22003', '22008', '22021'])
      expect(answer(pgError(code))).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request' } });
  });

  it('answers a unique violation with 409', () => {
    expect(answer(pgError('23505'))).toMatchObject({ status: 409, body: { statusCode: 409, error: 'Conflict' } });
  });

  it('keeps other errors a 500 without details', () => {
    expect(answer(pgError('42P01'))).toEqual({
      status: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side. Please try again later.' },
    });
    expect(answer(new Error('boom')).status).toBe(500);
  });
});

describe('ErrorBodyFilter field codes', () => {
  it('passes each field’s stable code on next to its message, so the portal can say it in its own words', () => {
    const refused = new BadRequestException({
      message: 'Only PDF, JPEG and PNG files can be uploaded.',
      fields: { file: ['Only PDF, JPEG and PNG files can be uploaded.'] },
      fieldCodes: { file: 'file.type' },
    });
    expect(answer(refused)).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Only PDF, JPEG and PNG files can be uploaded.',
        fields: { file: ['Only PDF, JPEG and PNG files can be uploaded.'] },
        fieldCodes: { file: 'file.type' },
      },
    });
  });
});
