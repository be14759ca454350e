import { ChangeDetectionStrategy, Component, ElementRef, Injector, effect, inject, input, signal, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MAX_POST_LENGTH, MAX_REASON_LENGTH } from '@nabij/forum/contracts';
import type { ForumPost, PostResult, TopicView } from '@nabij/forum/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  formatAmsterdamDayTime,
  formatAmsterdamTime,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ForumApi } from './forum.api';
import { ForumHelpComponent } from './forum-help.component';
import { forumTexts } from './forum.i18n';
import { PostDraft, PostFormComponent } from './post-form.component';

/**
 * `/forum/onderwerp/:topicId`: the opening post and its replies. Others' posts: "Dit hielp mij" and
 * report; one's own: edit within 15 minutes, delete. Reading the topic clears its "Nieuw" mark.
 */
@Component({
  selector: 'nb-topic-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective, ForumHelpComponent, PostFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './forum.css',
  template: `
    @if (view(); as v) {
      <p class="back-link">
        <a [routerLink]="['/forum', v.forum.id]"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'forum.backToForum' | t: { title: v.forum.title } }}</a>
      </p>
      <h1 tabindex="-1">{{ v.topic.title }}</h1>
      <nb-forum-help />
      @if (v.topic.step; as step) {
        <p class="meta">{{ 'forum.topic.step' | t: { module: step.moduleTitle, step: step.title } }}</p>
      }
      <nb-message kind="success" [show]="!!notice()">{{ notice() ?? '' | t }}</nb-message>
      <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
      @for (post of v.posts; track post.id; let first = $first) {
        <article class="post" [class.post--waiting]="post.status !== 'published'" [attr.aria-labelledby]="'post-' + post.id">
          <h2 [id]="'post-' + post.id">
            {{ post.authorNickname }}
            @if (post.byModerator) {
              <span class="mark mark--quiet">{{ 'forum.byModerator' | t }}</span>
            }
            @if (post.mine) {
              <span class="mark mark--quiet">{{ 'forum.mine' | t }}</span>
            }
          </h2>
          <p class="meta">
            {{ dayTime(post.createdAt) }}
            @if (post.editedAt && post.status !== 'deleted') {
              · {{ 'forum.edited' | t }}
            }
          </p>
          @if (post.status !== 'published') {
            <p><span class="mark mark--alert">{{ 'forum.status.' + post.status | t }}</span></p>
          }
          @if (post.moderationReason) {
            <p class="meta">{{ 'forum.hiddenReason' | t: { reason: post.moderationReason } }}</p>
          }
          @if (post.status === 'deleted') {
            <p class="meta">{{ 'forum.post.deleted' | t }}</p>
          } @else if (editing() === post.id) {
            <form (submit)="$event.preventDefault(); saveEdit(post)" novalidate>
              <nb-form-field [fieldId]="'edit-' + post.id" [label]="'forum.topic.bodyLabel' | t" [error]="editError() ? (editError()! | t) : null">
                <textarea nbControl class="input" rows="5" [value]="editText()" (input)="editText.set(value($event))"></textarea>
              </nb-form-field>
              <div class="actions">
                <button type="submit" class="button">{{ 'forum.edit.save' | t }}</button>
                <button type="button" class="button button--secondary" (click)="editing.set(null)">{{ 'forum.edit.cancel' | t }}</button>
              </div>
            </form>
          } @else {
            <p class="post-text">{{ post.body }}</p>
          }
          @if (post.status === 'published' || post.mine) {
            <div class="actions">
              @if (!post.mine && post.status === 'published') {
                <button type="button" class="button button--small button--secondary" [attr.aria-pressed]="post.helpedMe" (click)="toggleHelped(post)">
                  {{ 'forum.helped' | t }}
                </button>
                <button type="button" class="button button--small button--quiet" (click)="reporting.set(reporting() === post.id ? null : post.id)">
                  {{ 'forum.report' | t }}
                </button>
              }
              @if (post.editableUntil && editing() !== post.id) {
                <button type="button" class="button button--small button--secondary" (click)="startEdit(post)">{{ 'forum.edit' | t }}</button>
              }
              @if (post.mine && post.status !== 'deleted') {
                <button type="button" class="button button--small button--quiet" (click)="remove(post, first)">{{ 'forum.delete' | t }}</button>
              }
            </div>
          }
          @if (post.helpfulCount) {
            <p class="meta" aria-live="polite">{{ 'forum.helped.count' | t: { count: post.helpfulCount } }}</p>
          }
          @if (post.editableUntil && editing() !== post.id) {
            <p class="meta">{{ 'forum.edit.until' | t: { time: time(post.editableUntil) } }}</p>
          }
          @if (reporting() === post.id) {
            <form (submit)="$event.preventDefault(); report(post)" novalidate>
              <nb-form-field
                [fieldId]="'report-' + post.id"
                [label]="'forum.report.label' | t"
                [hint]="'forum.report.hint' | t"
                [error]="reportError() ? (reportError()! | t) : null"
              >
                <textarea
                  nbControl
                  class="input"
                  rows="3"
                  [attr.maxlength]="maxReason"
                  [value]="reportText()"
                  (input)="reportText.set(value($event))"
                ></textarea>
              </nb-form-field>
              <button type="submit" class="button button--small">{{ 'forum.report.submit' | t }}</button>
            </form>
          }
        </article>
      }
      <section class="card" aria-labelledby="reply-title">
        <h2 id="reply-title">{{ 'forum.reply.title' | t }}</h2>
        @if (v.topic.status === 'published') {
          <nb-forum-post-form formId="reply" submitLabel="forum.reply.submit" [send]="reply" (posted)="load()" />
        } @else {
          <p>{{ 'forum.reply.closed' | t }}</p>
        }
      </section>
    } @else {
      <p class="back-link"><a routerLink="/forum"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'forum.back' | t }}</a></p>
      <h1 tabindex="-1">{{ 'forum.title' | t }}</h1>
      <nb-forum-help />
      <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
      @if (!failure()) {
        <p role="status">{{ 'forum.loading' | t }}</p>
      }
    }
  `,
})
export class TopicPage {
  protected readonly i18n = useTexts(forumTexts);
  private readonly api = inject(ForumApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  readonly topicId = input.required<string>();

  protected readonly maxReason = MAX_REASON_LENGTH;
  protected readonly view = signal<TopicView | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly editing = signal<string | null>(null);
  protected readonly editText = signal('');
  protected readonly editError = signal<string | null>(null);
  protected readonly reporting = signal<string | null>(null);
  protected readonly reportText = signal('');
  protected readonly reportError = signal<string | null>(null);

  protected readonly reply = (draft: PostDraft): Promise<PostResult> => firstValueFrom(this.api.reply(this.topicId(), draft.body));

  constructor() {
    effect(() => {
      this.topicId();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<void> {
    try {
      this.view.set(await firstValueFrom(this.api.topic(this.topicId())));
    } catch (err) {
      this.view.set(null);
      this.failure.set(toApiError(err).statusCode === 404 ? 'forum.topic.notFound' : 'forum.loadError');
    }
  }

  protected async toggleHelped(post: ForumPost): Promise<void> {
    await this.act(async () => {
      const result = await firstValueFrom(this.api.helped(post.id, !post.helpedMe));
      this.patch(post.id, result);
    });
  }

  protected startEdit(post: ForumPost): void {
    this.editing.set(post.id);
    this.editText.set(post.body);
    this.editError.set(null);
    focusAfterRender(this.host.nativeElement, `#edit-${post.id}`, this.injector);
  }

  protected async saveEdit(post: ForumPost): Promise<void> {
    const text = this.editText();
    this.editError.set(!text.trim() ? 'forum.required' : text.length > MAX_POST_LENGTH ? 'forum.tooLong' : null);
    if (this.editError()) return;
    await this.act(async () => {
      const result = await firstValueFrom(this.api.edit(post.id, text));
      this.editing.set(null);
      this.patch(post.id, result.post);
    });
  }

  protected async remove(post: ForumPost, opening: boolean): Promise<void> {
    if (!confirm(this.i18n.t('forum.delete.confirm'))) return;
    await this.act(async () => {
      await firstValueFrom(this.api.remove(post.id));
      this.notice.set('forum.deleted');
      if (opening) await this.router.navigate(['/forum', this.view()?.forum.id ?? '']);
      else await this.load();
    });
  }

  protected async report(post: ForumPost): Promise<void> {
    const reason = this.reportText().trim();
    this.reportError.set(reason ? null : 'forum.required');
    if (!reason) return;
    await this.act(async () => {
      await firstValueFrom(this.api.report(post.id, reason));
      this.reporting.set(null);
      this.reportText.set('');
      this.notice.set('forum.report.sent');
    });
  }

  protected value(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  protected time(iso: string): string {
    return formatAmsterdamTime(iso, this.i18n.locale());
  }

  private patch(postId: string, changes: Partial<ForumPost>): void {
    const v = this.view();
    if (v) this.view.set({ ...v, posts: v.posts.map((p) => (p.id === postId ? { ...p, ...changes } : p)) });
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.failure.set(null);
    this.notice.set(null);
    try {
      await work();
    } catch {
      this.failure.set('forum.failed');
    }
  }
}
