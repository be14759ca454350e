import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ForumPage as ForumPageData, PostResult } from '@nabij/forum/contracts';
import { MessageComponent, TranslatePipe, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ForumApi } from './forum.api';
import { ForumHelpComponent } from './forum-help.component';
import { forumTexts } from './forum.i18n';
import { PostDraft, PostFormComponent } from './post-form.component';
import { TopicListComponent } from './topic-list.component';

/** `/forum/:forumId`: the topics of one forum, newest activity first, and a form to start one. */
@Component({
  selector: 'nb-forum-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, ForumHelpComponent, TopicListComponent, PostFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './forum.css',
  template: `
    <p class="back-link"><a routerLink="/forum"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'forum.back' | t }}</a></p>
    @if (page(); as p) {
      <h1 tabindex="-1">{{ p.forum.title }}</h1>
      <nb-forum-help />
      <p class="lead">{{ p.forum.description }}</p>
      <h2>{{ 'forum.topics.title' | t }}</h2>
      <nb-forum-topic-list [topics]="p.topics" />
      <section class="card" aria-labelledby="new-topic">
        <h2 id="new-topic">{{ 'forum.topic.new' | t }}</h2>
        <nb-forum-post-form formId="new-topic" [withTitle]="true" [send]="create" (posted)="reload()" />
      </section>
    } @else {
      <h1 tabindex="-1">{{ 'forum.title' | t }}</h1>
      <nb-forum-help />
      <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
      @if (!failure()) {
        <p role="status">{{ 'forum.loading' | t }}</p>
      }
    }
  `,
})
export class ForumPage {
  protected readonly i18n = useTexts(forumTexts);
  private readonly api = inject(ForumApi);
  readonly forumId = input.required<string>();
  protected readonly page = signal<ForumPageData | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected readonly create = (draft: PostDraft): Promise<PostResult> =>
    firstValueFrom(this.api.createTopic(this.forumId(), { title: draft.title, body: draft.body }));

  constructor() {
    effect(() => {
      this.forumId();
      untracked(() => void this.reload());
    });
  }

  async reload(): Promise<void> {
    try {
      this.page.set(await firstValueFrom(this.api.forum(this.forumId())));
    } catch (err) {
      this.failure.set(toApiError(err).statusCode === 404 ? 'forum.forum.notFound' : 'forum.loadError');
    }
  }
}
