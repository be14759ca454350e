import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MAX_MUTE_DAYS, MAX_REASON_LENGTH } from '@nabij/forum/contracts';
import type { ModerationAction, ModerationItem } from '@nabij/forum/contracts';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  formatAmsterdamDayTime,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ForumApi } from './forum.api';
import { ForumHelpComponent } from './forum-help.component';
import { forumTexts } from './forum.i18n';

/**
 * `/forum/moderatie` (workers): posts that wait and posts that were reported, crisis first. Approve,
 * hide or restore with a reason (the writer sees it), pause a member's writing for some days.
 */
@Component({
  selector: 'nb-forum-moderation-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective, ForumHelpComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './forum.css',
  template: `
    <p class="back-link"><a routerLink="/forum"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'forum.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'forum.mod.title' | t }}</h1>
    <nb-forum-help />
    <p class="lead">{{ 'forum.mod.intro' | t }}</p>
    <nb-message kind="success" [show]="!!notice()">{{ notice()?.key ?? '' | t: notice()?.params ?? {} }}</nb-message>
    <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
    @if (items(); as list) {
      @for (item of list; track item.post.id) {
        <article class="post" [attr.aria-labelledby]="'mod-' + item.post.id">
          <h2 [id]="'mod-' + item.post.id">{{ 'forum.mod.where' | t: { forum: item.forumTitle, topic: item.topicTitle } }}</h2>
          <p class="meta">{{ item.post.authorNickname }} · {{ dayTime(item.post.createdAt) }}</p>
          <p>
            @for (flag of item.post.flags; track flag) {
              <span class="mark" [class.mark--alert]="flag === 'crisis'">{{ 'forum.mod.flag.' + flag | t }}</span>
            }
            @if (item.post.status !== 'pending') {
              <span class="mark mark--quiet">{{ 'forum.status.' + item.post.status | t }}</span>
            }
          </p>
          <p class="post-text">{{ item.post.body }}</p>
          @if (item.reports.length) {
            <h3>{{ 'forum.mod.reports' | t }}</h3>
            <ul>
              @for (r of item.reports; track $index) {
                <li>{{ r.reason }} ({{ dayTime(r.createdAt) }})</li>
              }
            </ul>
          }
          <nb-form-field [fieldId]="'reason-' + item.post.id" [label]="'forum.mod.reason' | t" [error]="reasonError() === item.post.id ? ('forum.mod.reasonNeeded' | t) : null">
            <input nbControl class="input" type="text" [attr.maxlength]="maxReason" [value]="reasons()[item.post.id] ?? ''" (input)="setReason(item.post.id, $event)" />
          </nb-form-field>
          <div class="actions">
            @if (item.post.status === 'hidden') {
              <button type="button" class="button" (click)="moderate(item, 'restore')">{{ 'forum.mod.restore' | t }}</button>
            } @else {
              <button type="button" class="button" (click)="moderate(item, 'approve')">
                {{ (item.post.status === 'pending' ? 'forum.mod.approve' : 'forum.mod.keep') | t }}
              </button>
              <button type="button" class="button button--danger" (click)="moderate(item, 'hide')">{{ 'forum.mod.hide' | t }}</button>
            }
          </div>
          <details>
            <summary>{{ 'forum.mod.mute' | t: { nickname: item.post.authorNickname } }}</summary>
            @if (item.authorMutedUntil) {
              <p>{{ 'forum.mod.muted' | t: { nickname: item.post.authorNickname, date: dayTime(item.authorMutedUntil) } }}</p>
              <button type="button" class="button button--secondary" (click)="unmute(item)">{{ 'forum.mod.unmute' | t }}</button>
            } @else {
              <form (submit)="$event.preventDefault(); mute(item, days.value, muteReason.value)" novalidate>
                <nb-form-field [fieldId]="'days-' + item.post.id" [label]="'forum.mod.muteDays' | t" [error]="muteError() === item.post.id ? ('forum.mod.daysInvalid' | t) : null">
                  <input #days nbControl class="input" type="number" min="1" [attr.max]="maxDays" value="3" />
                </nb-form-field>
                <nb-form-field [fieldId]="'mute-reason-' + item.post.id" [label]="'forum.mod.muteReason' | t">
                  <input #muteReason nbControl class="input" type="text" [attr.maxlength]="maxReason" />
                </nb-form-field>
                <button type="submit" class="button button--secondary">{{ 'forum.mod.muteSubmit' | t }}</button>
              </form>
            }
          </details>
        </article>
      } @empty {
        <p>{{ 'forum.mod.empty' | t }}</p>
      }
    } @else if (!failure()) {
      <p role="status">{{ 'forum.loading' | t }}</p>
    }
  `,
})
export class ForumModerationPage {
  protected readonly i18n = useTexts(forumTexts);
  private readonly api = inject(ForumApi);
  protected readonly maxReason = MAX_REASON_LENGTH;
  protected readonly maxDays = MAX_MUTE_DAYS;
  protected readonly items = signal<ModerationItem[] | null>(null);
  protected readonly reasons = signal<Record<string, string>>({});
  protected readonly reasonError = signal<string | null>(null);
  protected readonly muteError = signal<string | null>(null);
  protected readonly notice = signal<{ key: string; params?: Record<string, string> } | null>(null);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.items.set(await firstValueFrom(this.api.queue()));
    } catch {
      this.failure.set('forum.loadError');
    }
  }

  protected setReason(postId: string, event: Event): void {
    this.reasons.set({ ...this.reasons(), [postId]: (event.target as HTMLInputElement).value });
  }

  protected async moderate(item: ModerationItem, action: ModerationAction): Promise<void> {
    const reason = (this.reasons()[item.post.id] ?? '').trim();
    this.reasonError.set(action !== 'approve' && !reason ? item.post.id : null);
    if (this.reasonError()) return;
    await this.act(async () => {
      await firstValueFrom(this.api.moderate(item.post.id, { action, ...(reason ? { reason } : {}) }));
      this.notice.set({ key: 'forum.mod.done' });
    });
  }

  protected async mute(item: ModerationItem, daysText: string, reason: string): Promise<void> {
    const days = Number(daysText);
    const valid = Number.isInteger(days) && days >= 1 && days <= MAX_MUTE_DAYS && !!reason.trim();
    this.muteError.set(valid ? null : item.post.id);
    if (!valid) return;
    await this.act(async () => {
      const member = await firstValueFrom(this.api.mute(item.authorId, { days, reason: reason.trim() }));
      this.notice.set({ key: 'forum.mod.muted', params: { nickname: item.post.authorNickname, date: this.dayTime(member.mutedUntil!) } });
    });
  }

  protected async unmute(item: ModerationItem): Promise<void> {
    await this.act(async () => {
      await firstValueFrom(this.api.unmute(item.authorId));
      this.notice.set({ key: 'forum.mod.done' });
    });
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.failure.set(null);
    this.notice.set(null);
    try {
      await work();
      await this.load();
    } catch (err) {
      this.failure.set(toApiError(err).statusCode === 404 ? 'forum.loadError' : 'forum.failed');
    }
  }
}
