import { generalErrorKey } from './api-error';

describe('generalErrorKey', () => {
  it('asks to log in again with the code when a route needs a second factor the login did not have', () => {
    expect(generalErrorKey({ statusCode: 403, error: 'Forbidden', message: 'x', code: 'two_factor_required' })).toBe(
      'platform.error.twoFactorRequired',
    );
  });

  it('keeps the plain answers for other refusals', () => {
    expect(generalErrorKey({ statusCode: 403, error: 'Forbidden', message: 'x' })).toBe('platform.error.forbidden');
    expect(generalErrorKey({ statusCode: 429, error: 'Too Many Requests', message: 'x' })).toBe('platform.error.tooMany');
    expect(generalErrorKey({ statusCode: 0, error: '', message: '' })).toBe('platform.error.network');
    expect(generalErrorKey({ statusCode: 500, error: 'Internal Server Error', message: 'x' })).toBe('platform.error.server');
  });
});
