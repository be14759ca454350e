import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { parsePostcode } from '@nabij/intake/contracts';
import { AskedQuestion, QUESTION_BODY_MAX, QUESTION_KEEP_DAYS, QUESTION_NICKNAME_MAX, QUESTION_READ_PATH } from '@nabij/library/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  focusFirstInvalid,
  formatAmsterdamDayTime,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { LibraryApi } from '../library.api';
import { questionTexts } from './question.i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * `/vraag-stellen` (public): the postcode check, then a nickname and the question. The private link
 * is shown once, with a copy button; the token stays after `#` in the link, so it reaches no server log.
 */
@Component({
  selector: 'nb-ask-question-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question.css',
  template: `
    @if (asked(); as a) {
      <h1 tabindex="-1" id="question-sent">{{ 'question.sent.title' | t }}</h1>
      <p class="note">{{ 'question.sent.keep' | t }}</p>
      <nb-form-field fieldId="question-link" [label]="'question.sent.link' | t">
        <input nbControl class="input" type="text" readonly [value]="a.link" (focus)="select($event)" />
      </nb-form-field>
      <div class="button-row">
        <button type="button" class="button" (click)="copy(a.link)">{{ 'question.sent.copy' | t }}</button>
        <a class="button button--secondary" [routerLink]="readPath" [fragment]="a.token">{{ 'question.sent.open' | t }}</a>
      </div>
      <nb-message kind="success" [show]="copied()">{{ 'question.sent.copied' | t }}</nb-message>
      <p>{{ 'question.sent.due' | t: { due: dayTime(a.dueAt) } }}</p>
      <p>{{ 'question.sent.term' | t: { days: keepDays } }}</p>
    } @else {
      <h1 tabindex="-1">{{ 'question.ask.title' | t }}</h1>
      <p class="lead">{{ 'question.ask.intro' | t }}</p>
      <p class="note">{{ 'question.urgent' | t }}</p>
      @if (!checkId()) {
        <form [formGroup]="postcodeForm" (ngSubmit)="checkPostcode()" novalidate>
          <nb-form-field
            fieldId="question-postcode"
            [label]="'question.ask.postcode' | t"
            [hint]="'question.ask.postcodeHint' | t"
            [error]="postcodeError() ? (postcodeError()! | t) : null"
          >
            <input nbControl class="input" type="text" autocomplete="postal-code" formControlName="postcode" />
          </nb-form-field>
          <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'question.ask.check' | t }}</button>
        </form>
        <nb-message kind="info" [show]="notServed()">
          {{ 'question.ask.notServed' | t }} <a routerLink="/">{{ 'question.ask.toStart' | t }}</a>
        </nb-message>
      } @else {
        <nb-message kind="success">{{ 'question.ask.served' | t }}</nb-message>
        <form [formGroup]="form" (ngSubmit)="send()" novalidate>
          <nb-form-field
            fieldId="question-nickname"
            [label]="'question.ask.nickname' | t"
            [hint]="'question.ask.nicknameHint' | t"
            [error]="errors().nickname ? (errors().nickname! | t) : null"
          >
            <input nbControl class="input" type="text" autocomplete="off" formControlName="nickname" [attr.maxlength]="nicknameMax" />
          </nb-form-field>
          <nb-form-field
            fieldId="question-body"
            [label]="'question.ask.question' | t"
            [hint]="'question.ask.questionHint' | t"
            [error]="errors().question ? (errors().question! | t) : null"
          >
            <textarea nbControl class="input" rows="6" formControlName="question"></textarea>
          </nb-form-field>
          <nb-form-field
            fieldId="question-email"
            [label]="'question.ask.email' | t"
            [hint]="'question.ask.emailHint' | t"
            [optional]="true"
            [error]="errors().email ? (errors().email! | t) : null"
          >
            <input nbControl class="input" type="email" autocomplete="email" formControlName="email" />
          </nb-form-field>
          <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'question.ask.submit' | t }}</button>
        </form>
      }
      <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
    }
  `,
})
export class AskQuestionPage {
  protected readonly i18n = useTexts(questionTexts);
  private readonly api = inject(LibraryApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly readPath = QUESTION_READ_PATH;
  protected readonly nicknameMax = QUESTION_NICKNAME_MAX;
  protected readonly keepDays = QUESTION_KEEP_DAYS;

  protected readonly postcodeForm = new FormGroup({ postcode: new FormControl('', { nonNullable: true }) });
  protected readonly form = new FormGroup({
    nickname: new FormControl('', { nonNullable: true }),
    question: new FormControl('', { nonNullable: true }),
    email: new FormControl('', { nonNullable: true }),
  });
  protected readonly checkId = signal<string | null>(null);
  protected readonly notServed = signal(false);
  protected readonly postcodeError = signal<string | null>(null);
  protected readonly errors = signal<{ nickname?: string; question?: string; email?: string }>({});
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly asked = signal<AskedQuestion | null>(null);
  protected readonly copied = signal(false);

  protected async checkPostcode(): Promise<void> {
    const postcode = this.postcodeForm.controls.postcode.value;
    this.notServed.set(false);
    this.failure.set(null);
    if (!parsePostcode(postcode)) {
      this.postcodeError.set('question.ask.postcodeError');
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.postcodeError.set(null);
    await this.run(async () => {
      const check = await firstValueFrom(this.api.postcodeCheck(postcode));
      if (check.served) {
        this.checkId.set(check.checkId);
        focusAfterRender(this.host.nativeElement, '#question-nickname', this.injector);
      } else this.notServed.set(true);
    });
  }

  protected async send(): Promise<void> {
    const { nickname, question, email } = this.form.getRawValue();
    const errors: { nickname?: string; question?: string; email?: string } = {};
    if (!nickname.trim()) errors.nickname = 'question.ask.required';
    else if (nickname.length > QUESTION_NICKNAME_MAX) errors.nickname = 'question.ask.tooLong';
    if (!question.trim()) errors.question = 'question.ask.required';
    else if (question.length > QUESTION_BODY_MAX) errors.question = 'question.ask.tooLong';
    if (email.trim() && !EMAIL.test(email.trim())) errors.email = 'question.ask.emailInvalid';
    this.errors.set(errors);
    if (Object.keys(errors).length) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    await this.run(async () => {
      const asked = await firstValueFrom(
        this.api.askQuestion({
          checkId: this.checkId()!,
          nickname,
          question,
          lang: this.i18n.lang(),
          ...(email.trim() ? { email: email.trim() } : {}),
        }),
      );
      this.asked.set(asked);
      focusAfterRender(this.host.nativeElement, '#question-sent', this.injector);
    });
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copied.set(true);
    } catch {
      // No clipboard (an old browser, no permission): the link stays selectable in the field.
      this.copied.set(false);
    }
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      await work();
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 429) this.failure.set('question.ask.tooMany');
      else if (error.statusCode === 400 && error.fields?.['checkId']) {
        this.checkId.set(null);
        this.failure.set('question.ask.expired');
      } else this.failure.set('question.ask.failed');
    } finally {
      this.busy.set(false);
    }
  }
}
