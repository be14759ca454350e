import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TopicSummary } from '@nabij/forum/contracts';
import { TranslatePipe, formatAmsterdamDayTime, useTexts } from '@nabij/platform/portal';
import { forumTexts } from './forum.i18n';

/** Topics with who started them, replies, the last post and a "Nieuw" mark for what the reader has not seen. */
@Component({
  selector: 'nb-forum-topic-list',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './forum.css',
  template: `
    <ul class="forum-list">
      @for (topic of topics(); track topic.id) {
        <li>
          <h3>
            <a [routerLink]="['/forum/onderwerp', topic.id]">{{ topic.title }}</a>
            @if (topic.unread) {
              <span class="mark">{{ 'forum.new' | t }}</span>
            }
            @if (topic.status !== 'published') {
              <span class="mark mark--quiet">{{ 'forum.status.' + topic.status | t }}</span>
            }
          </h3>
          <p class="meta">
            {{ 'forum.topic.by' | t: { nickname: topic.authorNickname } }}
            @if (topic.byModerator) {
              ({{ 'forum.byModerator' | t }})
            }
            · {{ 'forum.topic.replies' | t: { count: topic.replyCount } }} · {{ 'forum.topic.last' | t: { date: dayTime(topic.lastActivityAt) } }}
          </p>
          @if (topic.step; as step) {
            <p class="meta">{{ 'forum.topic.step' | t: { module: step.moduleTitle, step: step.title } }}</p>
          }
        </li>
      } @empty {
        <li>{{ empty() | t }}</li>
      }
    </ul>
  `,
})
export class TopicListComponent {
  protected readonly i18n = useTexts(forumTexts);
  readonly topics = input.required<TopicSummary[]>();
  readonly empty = input('forum.topics.empty');

  protected dayTime(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }
}
