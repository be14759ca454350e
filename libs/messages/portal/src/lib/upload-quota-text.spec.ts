import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18n } from '@nabij/platform/portal';
import { sendErrorText } from './format';
import { messagesTexts } from './i18n';

/** The API refuses uploads over the pending quota with 429 and a code; the portal says why, in B1. */
describe('sendErrorText for the pending upload quota', () => {
  let i18n: I18n;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const refused = (code: string) =>
    new HttpErrorResponse({
      status: 429,
      error: { statusCode: 429, error: 'Too Many Requests', message: 'You already have 20 files that are not sent yet.', code },
    });

  beforeEach(() => {
    i18n = TestBed.inject(I18n);
    i18n.register(messagesTexts);
    i18n.setLang('nl');
  });

  it('explains the file limit in Dutch and in English, with its numbers filled in', () => {
    expect(sendErrorText(refused('pending_files_quota'), t)).toBe(
      'Je hebt al 20 bijlagen klaargezet die nog niet verstuurd zijn. Verstuur eerst je bericht. Bijlagen die je niet verstuurt, halen we na 24 uur weg.',
    );
    i18n.setLang('en');
    expect(sendErrorText(refused('pending_files_quota'), t)).toBe(
      'You already have 20 attachments waiting that are not sent yet. Send your message first. Attachments you do not send are removed after 24 hours.',
    );
  });

  it('explains the size limit', () => {
    expect(sendErrorText(refused('pending_bytes_quota'), t)).toMatch(
      /^Je bijlagen die nog niet verstuurd zijn, worden samen groter dan 50 MB\./,
    );
  });

  it('still says "try again" for a 429 without a known code, and never shows the API’s English words', () => {
    expect(
      sendErrorText(
        new HttpErrorResponse({ status: 429, error: { statusCode: 429, error: 'Too Many Requests', message: 'Slow down' } }),
        t,
      ),
    ).toBe(i18n.t('messages.compose.retry'));
    for (const code of ['something_else', 'constructor']) expect(sendErrorText(refused(code), t)).toBe(i18n.t('messages.compose.retry'));
    expect(
      sendErrorText(new HttpErrorResponse({ status: 400, error: { statusCode: 400, error: 'Bad Request', message: 'Choose a file.' } }), t),
    ).toBe(i18n.t('messages.compose.retry'));
  });

  it('says a refused file in the page’s language by its field code (issue 19.5: a fake PDF)', () => {
    const fake = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Only PDF, JPEG and PNG files can be uploaded; this file is none of those.',
        fields: { files: ['Only PDF, JPEG and PNG files can be uploaded; this file is none of those.'] },
        fieldCodes: { files: 'files.type' },
      },
    });
    expect(sendErrorText(fake, t)).toBe('Dit soort bestand kan niet. Stuur een PDF, JPG of PNG.');
    i18n.setLang('en');
    expect(sendErrorText(fake, t)).toBe('This kind of file is not possible. Send a PDF, JPG or PNG.');
  });
});
