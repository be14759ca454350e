import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PASSWORD_TOO_WEAK, RESET_LINK_INVALID } from '@nabij/identity/contracts';
import { ApiError, MessageComponent, NewPasswordError, NewPasswordFormComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { AccountApi } from './account.api';
import { accountTexts } from './account-texts';

/** `/reset-password?token=…` (the mailed link): choose a new password; every login ends. */
@Component({
  selector: 'nb-reset-password-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, NewPasswordFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'account.reset.title' | t }}</h1>
    @if (done()) {
      <nb-message kind="success">{{ 'account.reset.done' | t }}</nb-message>
      <p><a routerLink="/login">{{ 'account.forgot.toLogin' | t }}</a></p>
    } @else {
      <p>{{ 'account.reset.intro' | t }}</p>
      <nb-new-password-form #chooser labelKey="account.reset.password" hintKey="account.reset.hint" submitKey="account.reset.submit" [save]="save" [explain]="explain">
        @if (chooser.error() === 'account.reset.invalid') {
          <a routerLink="/forgot-password">{{ 'account.reset.newLink' | t }}</a>
        }
      </nb-new-password-form>
    }
  `,
})
export class ResetPasswordPage {
  protected readonly i18n = useTexts(accountTexts);
  private readonly api = inject(AccountApi);

  /** From the link's query string. */
  readonly token = input<string | undefined>();

  protected readonly done = signal(false);

  protected readonly save = async (password: string): Promise<void> => {
    const token = this.token();
    // Without a token the link was cut off: the same answer the API gives for a used one.
    if (!token)
      throw new HttpErrorResponse({ status: 400, error: { statusCode: 400, error: 'Bad Request', message: '', code: RESET_LINK_INVALID } });
    await firstValueFrom(this.api.confirmReset({ token, password }));
    this.done.set(true);
  };

  protected readonly explain = (error: ApiError): NewPasswordError => {
    if (error.code === PASSWORD_TOO_WEAK) return { field: 'account.password.tooWeak' };
    if (error.code === RESET_LINK_INVALID) return { form: 'account.reset.invalid' };
    return null;
  };
}
