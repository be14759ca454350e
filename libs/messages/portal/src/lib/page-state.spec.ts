import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18n } from '@nabij/platform/portal';
import { MessagesPageState } from './page-state';
import { messagesTexts } from './i18n';

function state(): MessagesPageState {
  const i18n = TestBed.inject(I18n);
  i18n.register(messagesTexts);
  return new MessagesPageState(i18n);
}

describe('MessagesPageState', () => {
  it('shows a load failure by its i18n key and clears it once a load works', async () => {
    const page = state();
    const failed = await page.load(
      () => Promise.reject(new HttpErrorResponse({ status: 404 })),
      () => 'messages.client.notFound',
    );
    expect(failed).toBe(false);
    expect(page.loadError()).toBe('messages.client.notFound');
    await expect(page.load(() => Promise.resolve())).resolves.toBe(true);
    expect(page.loadError()).toBeNull();
  });

  it('is busy only while sending and says a refused send in the page’s words by its field code', async () => {
    const page = state();
    let finish!: (v: unknown) => void;
    const sending = page.send(() => new Promise((resolve) => (finish = resolve)));
    expect(page.busy()).toBe(true);
    finish(undefined);
    await expect(sending).resolves.toBe(true);
    expect(page.busy()).toBe(false);

    const refused = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        message: 'body must be shorter',
        fields: { body: ['body must be shorter'] },
        fieldCodes: { body: 'body.too_long' },
      },
    });
    await expect(page.send(() => Promise.reject(refused))).resolves.toBe(false);
    expect(page.busy()).toBe(false);
    expect(page.error()).toBe('Dit is te lang. Maak het korter.');
    page.clearSendError();
    expect(page.error()).toBeNull();
  });
});
