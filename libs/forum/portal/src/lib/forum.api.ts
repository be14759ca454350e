import { Injectable, inject } from '@angular/core';
import type {
  CreateTopic,
  ForumCounts,
  ForumMe,
  ForumPage,
  ForumSummary,
  ModeratePost,
  ModerationItem,
  MuteMember,
  PostResult,
  TopicSummary,
  TopicView,
} from '@nabij/forum/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

const id = encodeURIComponent;

/** The forum endpoints, typed with the shared contracts. */
@Injectable({ providedIn: 'root' })
export class ForumApi {
  private readonly api = inject(ApiClient);

  me(): Observable<ForumMe> {
    return this.api.get('/forum/me');
  }
  chooseNickname(nickname: string): Observable<ForumMe> {
    return this.api.put('/forum/me/nickname', { nickname });
  }
  counts(): Observable<ForumCounts> {
    return this.api.get('/forum/counts');
  }
  forums(): Observable<ForumSummary[]> {
    return this.api.get('/forum/forums');
  }
  forum(forumId: string): Observable<ForumPage> {
    return this.api.get(`/forum/forums/${id(forumId)}`);
  }
  createTopic(forumId: string, body: CreateTopic): Observable<PostResult> {
    return this.api.post(`/forum/forums/${id(forumId)}/topics`, body);
  }
  stepTopics(stepId: string): Observable<TopicSummary[]> {
    return this.api.get(`/forum/steps/${id(stepId)}/topics`);
  }
  topic(topicId: string): Observable<TopicView> {
    return this.api.get(`/forum/topics/${id(topicId)}`);
  }
  reply(topicId: string, body: string): Observable<PostResult> {
    return this.api.post(`/forum/topics/${id(topicId)}/replies`, { body });
  }
  edit(postId: string, body: string): Observable<PostResult> {
    return this.api.patch(`/forum/posts/${id(postId)}`, { body });
  }
  remove(postId: string): Observable<void> {
    return this.api.delete(`/forum/posts/${id(postId)}`);
  }
  helped(postId: string, helped: boolean): Observable<{ helpfulCount: number; helpedMe: boolean }> {
    return helped ? this.api.put(`/forum/posts/${id(postId)}/helped`, {}) : this.api.delete(`/forum/posts/${id(postId)}/helped`);
  }
  report(postId: string, reason: string): Observable<void> {
    return this.api.post(`/forum/posts/${id(postId)}/reports`, { reason });
  }
  queue(): Observable<ModerationItem[]> {
    return this.api.get('/forum/moderation/queue');
  }
  moderate(postId: string, body: ModeratePost): Observable<void> {
    return this.api.post(`/forum/moderation/posts/${id(postId)}`, body);
  }
  mute(memberId: string, body: MuteMember): Observable<ForumMe> {
    return this.api.post(`/forum/moderation/members/${id(memberId)}/mute`, body);
  }
  unmute(memberId: string): Observable<ForumMe> {
    return this.api.delete(`/forum/moderation/members/${id(memberId)}/mute`);
  }
}
