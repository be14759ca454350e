import { TestBed } from '@angular/core/testing';
import { API_ERROR_CODES } from '@nabij/platform/contracts';
import { I18n } from '../i18n/i18n.service';
import { errorKey, generalErrorKey } from './api-error';
import { errorTexts } from './errors.i18n';

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

describe('errorKey (issue 17: the portal words API errors by their code)', () => {
  const closed = {
    statusCode: 409,
    error: 'Conflict',
    message: 'Chat is closed now. You can send a message instead.',
    code: 'chat.closed',
  };

  it('names the text for a known code', () => {
    expect(errorKey(closed)).toBe('platform.error.code.chat.closed');
  });

  it('falls back to the general text for its status when the code has no text, or there is no code', () => {
    expect(
      errorKey({ statusCode: 404, error: 'Not Found', message: 'There is no question with this id.', code: 'library.no_question' }),
    ).toBe('platform.error.code.common.not_found');
    expect(errorKey({ statusCode: 400, error: 'Bad Request', message: 'Wrong.' })).toBe('platform.error.reason.invalid');
    expect(errorKey({ statusCode: 409, error: 'Conflict', message: 'Busy.' })).toBe('platform.error.server');
    expect(errorKey({ statusCode: 403, error: 'Forbidden', message: 'No.' })).toBe('platform.error.forbidden');
  });

  it('shows the Dutch text on a Dutch page, never the English message', () => {
    localStorage.clear();
    const i18n = TestBed.inject(I18n);
    TestBed.tick();
    const shown = i18n.t(errorKey(closed));
    expect(shown).toBe('De chat is nu gesloten. Stuur een bericht of maak een chatafspraak.');
    expect(shown).not.toContain('closed');
  });

  it('has a Dutch and an English text for every code it words, and only for codes the API throws', () => {
    const codes = Object.keys(errorTexts.nl).map((key) => key.replace('platform.error.code.', ''));
    expect(codes.filter((code) => !(API_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    expect(Object.keys(errorTexts.en)).toEqual(Object.keys(errorTexts.nl));
  });
});
