import { TestBed } from '@angular/core/testing';
import { API_ERROR_CODES } from '@nabij/platform/contracts';
import { I18n } from '../i18n/i18n.service';
import { errorKey, generalErrorKey } from './api-error';
import { errorTexts } from './errors.i18n';
import { loadStaffErrorTexts } from './staff-error-texts';
import { staffErrorTexts } from './staff-errors.i18n';

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
    expect(errorKey({ statusCode: 404, error: 'Not Found', message: 'There is no such thing.', code: 'library.not_a_code_yet' })).toBe(
      'platform.error.code.common.not_found',
    );
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

  it('names the staff text for a code only staff can meet, and shows it in Dutch', async () => {
    localStorage.clear();
    const taken = { statusCode: 409, error: 'Conflict', message: 'Another worker has already picked up this chat.', code: 'chat.taken' };
    const i18n = TestBed.inject(I18n);
    // What AuthStore does when staff sign in (staff-error-texts.spec.ts: before it arrives).
    await loadStaffErrorTexts(i18n);
    expect(errorKey(taken)).toBe('platform.error.code.chat.taken');
    TestBed.tick();
    expect(i18n.t(errorKey(taken))).toBe('Een collega heeft deze chat al aangenomen. Kies een andere chat uit de wachtrij.');
  });

  const codesOf = (texts: { nl: object }) => Object.keys(texts.nl).map((key) => key.replace('platform.error.code.', ''));

  it.each([
    ['client', errorTexts],
    ['staff', staffErrorTexts],
  ])('has a Dutch and an English text for every code the %s set words, and only for codes the API throws', (_, texts) => {
    expect(codesOf(texts).filter((code) => !(API_ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    expect(Object.keys(texts.en)).toEqual(Object.keys(texts.nl));
    expect(Object.entries({ ...texts.nl, ...texts.en }).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it('words every code in API_ERROR_CODES in exactly one set: the client set or the staff set', () => {
    const client = new Set(codesOf(errorTexts));
    const staff = new Set(codesOf(staffErrorTexts));
    expect(API_ERROR_CODES.filter((code) => !client.has(code) && !staff.has(code))).toEqual([]);
    expect(API_ERROR_CODES.filter((code) => client.has(code) && staff.has(code))).toEqual([]);
  });
});
