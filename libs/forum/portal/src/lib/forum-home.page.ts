import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NICKNAME_PATTERN } from '@nabij/forum/contracts';
import type { ForumCounts, ForumMe, ForumSummary } from '@nabij/forum/contracts';
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
import { ForumApi } from './forum.api';
import { ForumHelpComponent } from './forum-help.component';
import { forumTexts } from './forum.i18n';

/** `/forum` (clients and workers): choose a nickname once, then the groups and the open forums, with what is new. */
@Component({
  selector: 'nb-forum-home-page',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, MessageComponent, FormFieldComponent, FormControlDirective, ForumHelpComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './forum.css',
  template: `
    <h1 tabindex="-1">{{ 'forum.title' | t }}</h1>
    <nb-forum-help />
    <p class="lead">{{ 'forum.intro' | t }}</p>
    <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
    @if (me(); as m) {
      @if (!m.nickname) {
        <section class="card" aria-labelledby="nickname-title">
          <h2 id="nickname-title">{{ 'forum.nickname.title' | t }}</h2>
          <p>{{ 'forum.nickname.intro' | t }}</p>
          <form (submit)="$event.preventDefault(); chooseNickname()" novalidate>
            <nb-form-field
              fieldId="forum-nickname"
              [label]="'forum.nickname.label' | t"
              [hint]="'forum.nickname.hint' | t"
              [error]="nicknameError() ? (nicknameError()! | t) : null"
            >
              <input nbControl class="input" type="text" autocomplete="off" maxlength="30" [formControl]="nickname" />
            </nb-form-field>
            <button type="submit" class="button" [attr.aria-busy]="busy()">{{ 'forum.nickname.submit' | t }}</button>
          </form>
        </section>
      } @else {
        <p id="nickname-chosen" tabindex="-1">{{ 'forum.nickname.yours' | t: { nickname: m.nickname } }}</p>
      }
      @if (m.mutedUntil) {
        <nb-message kind="info">{{ 'forum.muted' | t: { date: dayTime(m.mutedUntil) } }}</nb-message>
      }
      @if (m.moderator) {
        <p>
          <a class="button button--secondary" routerLink="/forum/moderatie">
            {{ 'forum.moderation.link' | t }}
            @if (counts()?.moderationQueue; as waiting) {
              <span class="mark">{{ 'forum.moderation.waiting' | t: { count: waiting } }}</span>
            }
          </a>
        </p>
      }
    }
    @if (forums()) {
      @for (section of sections(); track section.title) {
        <h2>{{ section.title | t }}</h2>
        <ul class="forum-list">
          @for (f of section.forums; track f.id) {
            <li>
              <h3>
                <a [routerLink]="['/forum', f.id]">{{ f.title }}</a>
                @if (f.unreadTopics) {
                  <span class="mark">{{ 'forum.unread' | t: { count: f.unreadTopics } }}</span>
                }
              </h3>
              <p class="meta">{{ f.description }}</p>
              <p class="meta">{{ 'forum.topics' | t: { count: f.topicCount } }}</p>
            </li>
          } @empty {
            <li>{{ 'forum.groups.none' | t }}</li>
          }
        </ul>
      }
      <h2>{{ 'forum.rules.title' | t }}</h2>
      <ul>
        <li>{{ 'forum.rules.1' | t }}</li>
        <li>{{ 'forum.rules.2' | t }}</li>
        <li>{{ 'forum.rules.3' | t }}</li>
      </ul>
    } @else if (!failure()) {
      <p role="status">{{ 'forum.loading' | t }}</p>
    }
  `,
})
export class ForumHomePage {
  protected readonly i18n = useTexts(forumTexts);
  private readonly api = inject(ForumApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly me = signal<ForumMe | null>(null);
  protected readonly forums = signal<ForumSummary[] | null>(null);
  protected readonly counts = signal<ForumCounts | null>(null);
  /** The member's groups (closed forums) first, then the open forums. */
  protected readonly sections = computed(() => [
    { title: 'forum.groups', forums: (this.forums() ?? []).filter((f) => f.kind === 'closed') },
    { title: 'forum.open', forums: (this.forums() ?? []).filter((f) => f.kind === 'open') },
  ]);
  protected readonly failure = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly nickname = new FormControl('', { nonNullable: true });
  protected readonly nicknameError = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [me, forums] = await Promise.all([firstValueFrom(this.api.me()), firstValueFrom(this.api.forums())]);
      this.me.set(me);
      this.forums.set(forums);
      if (me.moderator) this.counts.set(await firstValueFrom(this.api.counts()));
    } catch {
      this.failure.set('forum.loadError');
    }
  }

  protected async chooseNickname(): Promise<void> {
    const value = this.nickname.value.trim();
    this.nicknameError.set(NICKNAME_PATTERN.test(value) ? null : 'forum.nickname.invalid');
    if (this.nicknameError()) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      this.me.set(await firstValueFrom(this.api.chooseNickname(value)));
      focusAfterRender(this.host.nativeElement, '#nickname-chosen', this.injector);
    } catch (err) {
      const error = toApiError(err);
      const field = error.fields?.['nickname']?.join(' ') ?? '';
      this.nicknameError.set(
        /real name/.test(field)
          ? 'forum.nickname.realName'
          : /taken/.test(field)
            ? 'forum.nickname.taken'
            : field
              ? 'forum.nickname.invalid'
              : null,
      );
      if (this.nicknameError()) focusFirstInvalid(this.host.nativeElement, this.injector);
      else this.failure.set('forum.failed');
    } finally {
      this.busy.set(false);
    }
  }

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }
}
