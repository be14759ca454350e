import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { parsePostcode } from '@nabij/intake/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  LanguageChoiceComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { intakeTexts } from '../i18n';
import { startChatTexts } from './start-chat.i18n';
import { IntakeStore } from '../intake.store';
import { postcodeValidator } from '../validators';

/** `/`: what Nabij is, and the postcode check that decides between register and referral. */
@Component({
  selector: 'nb-start-page',
  styleUrl: './start.page.css',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    FormFieldComponent,
    FormControlDirective,
    MessageComponent,
    LanguageChoiceComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './start.page.html',
})
export class StartPage {
  protected readonly i18n = useTexts(intakeTexts);
  private readonly chatI18n = useTexts(startChatTexts);
  private readonly store = inject(IntakeStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly postcode = new FormControl('', { nonNullable: true, validators: [Validators.required, postcodeValidator] });
  protected readonly form = new FormGroup({ postcode: this.postcode });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  /** The API said 400: not a Dutch postcode. */
  private readonly rejected = signal(false);
  protected readonly generalError = signal<string | null>(null);

  protected postcodeError(): string | null {
    if (this.rejected()) return 'intake.postcode.error.invalid';
    if (!this.submitted()) return null;
    if (this.postcode.hasError('required')) return 'intake.postcode.error.required';
    if (this.postcode.hasError('postcode')) return 'intake.postcode.error.invalid';
    return null;
  }

  protected onInput(): void {
    this.rejected.set(false);
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.rejected.set(false);
    this.generalError.set(null);
    if (this.postcode.invalid) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const parsed = parsePostcode(this.postcode.value);
      const result = await this.store.checkPostcode(parsed?.formatted ?? this.postcode.value);
      await this.router.navigateByUrl(result.served ? '/register' : '/referral');
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 400) {
        this.rejected.set(true);
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else {
        this.generalError.set(generalErrorKey(error));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
