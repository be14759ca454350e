import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ForumSummary, PostResult, TopicSummary } from '@nabij/forum/contracts';
import { MessageComponent, TranslatePipe, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ForumApi } from './forum.api';
import { ForumHelpComponent } from './forum-help.component';
import { forumTexts } from './forum.i18n';
import { PostDraft, PostFormComponent } from './post-form.component';
import { TopicListComponent } from './topic-list.component';

/**
 * `/forum/stap/:stepId` ("Praat erover in de groep" on a module step): the conversations linked to
 * that step, and a form to start one in a group (or open) forum, linked to the step.
 */
@Component({
  selector: 'nb-step-topics-page',
  imports: [RouterLink, TranslatePipe, MessageComponent, ForumHelpComponent, TopicListComponent, PostFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './forum.css',
  template: `
    <p class="back-link"><a routerLink="/forum"><span class="dir-arrow" aria-hidden="true">←</span> {{ 'forum.back' | t }}</a></p>
    <h1 tabindex="-1">{{ 'forum.step.title' | t }}</h1>
    <nb-forum-help />
    <p class="lead">{{ 'forum.step.intro' | t }}</p>
    <nb-message kind="error" [show]="!!failure()">{{ failure() ?? '' | t }}</nb-message>
    @if (topics(); as list) {
      <nb-forum-topic-list [topics]="list" empty="forum.step.empty" />
      @if (forums().length) {
        <section class="card" aria-labelledby="step-topic">
          <h2 id="step-topic">{{ 'forum.topic.new' | t }}</h2>
          <nb-forum-post-form formId="step-topic" [withTitle]="true" [forums]="forums()" [send]="create" (posted)="load(stepId())" />
        </section>
      }
    } @else if (!failure()) {
      <p role="status">{{ 'forum.loading' | t }}</p>
    }
  `,
})
export class StepTopicsPage {
  protected readonly i18n = useTexts(forumTexts);
  private readonly api = inject(ForumApi);
  readonly stepId = input.required<string>();
  protected readonly topics = signal<TopicSummary[] | null>(null);
  /** Groups first: a conversation about a course step belongs in the course's group. */
  protected readonly forums = signal<ForumSummary[]>([]);
  protected readonly failure = signal<string | null>(null);

  protected readonly create = (draft: PostDraft): Promise<PostResult> =>
    firstValueFrom(this.api.createTopic(draft.forumId, { title: draft.title, body: draft.body, stepId: this.stepId() }));

  constructor() {
    effect(() => {
      const stepId = this.stepId();
      untracked(() => void this.load(stepId));
    });
  }

  protected async load(stepId: string): Promise<void> {
    try {
      const [topics, forums] = await Promise.all([firstValueFrom(this.api.stepTopics(stepId)), firstValueFrom(this.api.forums())]);
      this.topics.set(topics);
      this.forums.set([...forums.filter((f) => f.kind === 'closed'), ...forums.filter((f) => f.kind === 'open')]);
    } catch {
      this.failure.set('forum.loadError');
    }
  }
}
