import { signal } from '@angular/core';
import { generalErrorKey, I18n, toApiError } from '@nabij/platform/portal';
import { sendErrorText } from './format';

/**
 * What every messages page shows around loading and sending: why a list or conversation could not
 * be loaded, a send in progress (the button is busy), and why a send failed. One per page.
 */
export class MessagesPageState {
  private readonly _loadError = signal<string | null>(null);
  private readonly _busy = signal(false);
  private readonly _error = signal<string | null>(null);

  /** An i18n key. */
  readonly loadError = this._loadError.asReadonly();
  readonly busy = this._busy.asReadonly();
  /** Text to show as is: the API's own words or ours (see `sendErrorText`). */
  readonly error = this._error.asReadonly();

  constructor(private readonly i18n: I18n) {}

  /** Runs a load; true when it worked. A failure is shown through `loadError`, never thrown. */
  async load(
    work: () => Promise<unknown>,
    errorKey: (err: unknown) => string = (err) => generalErrorKey(toApiError(err)),
  ): Promise<boolean> {
    try {
      await work();
      this._loadError.set(null);
      return true;
    } catch (err) {
      this._loadError.set(errorKey(err));
      return false;
    }
  }

  /** Runs a send while `busy`; true when it worked. A failure is shown through `error`, never thrown. */
  async send(work: () => Promise<unknown>): Promise<boolean> {
    this._busy.set(true);
    this._error.set(null);
    try {
      await work();
      return true;
    } catch (err) {
      this._error.set(sendErrorText(err, (key, params) => this.i18n.t(key, params)));
      return false;
    } finally {
      this._busy.set(false);
    }
  }

  /** A fresh compose form: no old send error. */
  clearSendError(): void {
    this._error.set(null);
  }
}
