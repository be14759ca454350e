import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection (PostgreSQL stopped)', () => {
    expect(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
  });

  it('recognises a server shutting down or starting up (57P01, 57P03)', () => {
    expect(isDatabaseUnavailable(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
  });

  it('recognises a connection lost mid-query and a pool connect timeout (no code)', () => {
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('recognises a database closed for maintenance (ALLOW_CONNECTIONS false)', () => {
    expect(isDatabaseUnavailable(withCode('database "nabij" is not currently accepting connections', '55000'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('lock is not available', '55P03'))).toBe(false);
  });

  it('looks inside TypeORM QueryFailedError', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], withCode('terminating connection', '57P01')))).toBe(true);
  });

  it('does not treat request-caused or programming errors as an outage', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], withCode('duplicate key value', '23505')))).toBe(false);
    expect(isDatabaseUnavailable(withCode('invalid input syntax for type uuid', '22P02'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
