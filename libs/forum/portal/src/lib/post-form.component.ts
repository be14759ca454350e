import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MAX_POST_LENGTH, MAX_TITLE_LENGTH, PostResult } from '@nabij/forum/contracts';
import type { ForumSummary } from '@nabij/forum/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  formatAmsterdamDayTime,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { forumTexts } from './forum.i18n';

export interface PostDraft {
  title: string;
  body: string;
  forumId: string;
}

type Errors = Partial<Record<keyof PostDraft, string>>;

/**
 * The form to start a topic (with a title, and a choice of forum when `forums` is given) or to reply.
 * It checks the input, calls `send`, and says what happened: published, waiting for a moderator, or
 * the help numbers when a crisis word was found.
 */
@Component({
  selector: 'nb-forum-post-form',
  imports: [ReactiveFormsModule, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      @if (forums().length) {
        <nb-form-field [fieldId]="formId() + '-forum'" [label]="'forum.step.where' | t" [error]="errors().forumId ? (errors().forumId! | t) : null">
          <select nbControl class="input" formControlName="forumId">
            @for (f of forums(); track f.id) {
              <option [value]="f.id">{{ f.title }}</option>
            }
          </select>
        </nb-form-field>
      }
      @if (withTitle()) {
        <nb-form-field
          [fieldId]="formId() + '-title'"
          [label]="'forum.topic.titleLabel' | t"
          [hint]="'forum.topic.titleHint' | t"
          [error]="errors().title ? (errors().title! | t) : null"
        >
          <input nbControl class="input" type="text" formControlName="title" [attr.maxlength]="maxTitle" autocomplete="off" />
        </nb-form-field>
      }
      <nb-form-field
        [fieldId]="formId() + '-body'"
        [label]="(withTitle() ? 'forum.topic.bodyLabel' : 'forum.reply.label') | t"
        [hint]="'forum.topic.bodyHint' | t"
        [error]="errors().body ? (errors().body! | t) : null"
      >
        <textarea nbControl class="input" rows="5" formControlName="body"></textarea>
      </nb-form-field>
      <button type="submit" class="button" [attr.aria-busy]="busy()">{{ submitLabel() | t }}</button>
    </form>
    <nb-message [kind]="outcome()?.kind ?? 'info'" [show]="!!outcome()">{{ outcome()?.key ?? '' | t: outcome()?.params ?? {} }}</nb-message>
  `,
})
export class PostFormComponent {
  protected readonly i18n = useTexts(forumTexts);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly formId = input.required<string>();
  readonly withTitle = input(false);
  readonly submitLabel = input('forum.topic.submit');
  /** A choice of forum (the step page); empty: the forum is the caller's. */
  readonly forums = input<ForumSummary[]>([]);
  readonly send = input.required<(draft: PostDraft) => Promise<PostResult>>();
  readonly posted = output<PostResult>();

  protected readonly maxTitle = MAX_TITLE_LENGTH;
  protected readonly form = new FormGroup({
    forumId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true }),
    body: new FormControl('', { nonNullable: true }),
  });
  protected readonly errors = signal<Errors>({});
  protected readonly busy = signal(false);
  protected readonly outcome = signal<{ kind: 'error' | 'success' | 'info'; key: string; params?: Record<string, string> } | null>(null);

  protected async submit(): Promise<void> {
    const draft = this.form.getRawValue();
    if (this.forums().length && !draft.forumId) draft.forumId = this.forums()[0].id;
    const errors: Errors = {};
    if (this.withTitle() && !draft.title.trim()) errors.title = 'forum.required';
    if (!draft.body.trim()) errors.body = 'forum.required';
    else if (draft.body.length > MAX_POST_LENGTH) errors.body = 'forum.tooLong';
    this.errors.set(errors);
    this.outcome.set(null);
    if (Object.keys(errors).length) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const result = await this.send()(draft);
      this.form.reset({ forumId: draft.forumId, title: '', body: '' });
      this.outcome.set(
        result.crisis
          ? { kind: 'error', key: 'forum.pending.crisis' }
          : result.pending
            ? { kind: 'info', key: result.post.flags.includes('first_post') ? 'forum.pending.first' : 'forum.pending.flagged' }
            : { kind: 'success', key: 'forum.posted' },
      );
      this.posted.emit(result);
    } catch (err) {
      const error = toApiError(err);
      const until = error.code === 'forum.muted' && typeof error.details?.['until'] === 'string' ? error.details['until'] : undefined;
      if (until)
        this.outcome.set({ kind: 'error', key: 'forum.muted', params: { date: formatAmsterdamDayTime(until, this.i18n.locale()) } });
      else if (error.code === 'forum.nickname_needed') this.outcome.set({ kind: 'error', key: 'forum.nickname.needed' });
      else if (error.fields?.['stepId']) this.outcome.set({ kind: 'error', key: 'forum.step.invalid' });
      else if (error.fields?.['body']) this.errors.set({ body: 'forum.tooLong' });
      else if (error.fields?.['title']) this.errors.set({ title: 'forum.tooLong' });
      else this.outcome.set({ kind: 'error', key: 'forum.failed' });
    } finally {
      this.busy.set(false);
    }
  }
}
