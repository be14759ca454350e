import { EnvironmentInjector, Injectable, Signal, computed, inject, signal } from '@angular/core';
import type { Role } from '@nabij/platform/contracts';
import { Observable, firstValueFrom } from 'rxjs';

/** Counts are hints: asked again on a page change, but not more often than this. */
const REFRESH_MS = 10_000;

/**
 * The numbers in the menu. Each role asks only its own routes: a client its unread messages, the
 * chat's status and its training; a worker the inbox, chat queue and homework counts and the hours
 * to confirm, the open anonymous questions, the forum's moderation queue, whether they train a group and whether they may edit the library; a team lead the hours to confirm; an admin nothing. The counting routes answer numbers
 * only, so the menu adds nothing to the access log.
 *
 * The domains' stores and API clients are imported when first needed (the domain libs are lazy-loaded
 * per page), one file per role (`client-count-sources.ts`, `worker-count-sources.ts`), and they are
 * the same root instances the pages use: reading a message lowers the
 * Berichten badge at once, as it does on the home tile.
 */
@Injectable({ providedIn: 'root' })
export class NavCounts {
  private readonly injector = inject(EnvironmentInjector);

  /** The domain stores' own signals, once their code is loaded. */
  private readonly unreadOf = signal<Signal<number> | null>(null);
  private readonly trainingNewsOf = signal<Signal<number> | null>(null);
  private readonly _answerSoon = signal<number | null>(null);
  private readonly _chatWaiting = signal<number | null>(null);
  private readonly _chatOpen = signal(false);
  private readonly _toReview = signal<number | null>(null);
  private readonly _toConfirm = signal<number | null>(null);
  private readonly _openQuestions = signal<number | null>(null);
  private readonly _libraryEditor = signal(false);
  private readonly _forumUnread = signal<number | null>(null);
  private readonly _forumQueue = signal<number | null>(null);
  private readonly _trainsGroups = signal(false);
  private readonly _appointmentRequests = signal<number | null>(null);
  private readonly _parentMessages = signal<number | null>(null);
  private last: { role: Role; at: number } | null = null;

  readonly unread = computed(() => this.unreadOf()?.() ?? 0);
  readonly trainingNews = computed(() => this.trainingNewsOf()?.() ?? 0);
  readonly answerSoon = this._answerSoon.asReadonly();
  readonly chatWaiting = this._chatWaiting.asReadonly();
  readonly chatOpen = this._chatOpen.asReadonly();
  readonly toReview = this._toReview.asReadonly();
  readonly toConfirm = this._toConfirm.asReadonly();
  readonly openQuestions = this._openQuestions.asReadonly();
  /** A worker with the library editor right gets the editor in the menu. */
  readonly libraryEditor = this._libraryEditor.asReadonly();
  /** Forum topics with posts the member has not read (clients). */
  readonly forumUnread = this._forumUnread.asReadonly();
  /** Forum posts waiting for a moderator or reported (workers). */
  readonly forumQueue = this._forumQueue.asReadonly();
  /** A worker who trains at least one group gets Groepen in the menu (others start one from Huiswerk). */
  readonly trainsGroups = this._trainsGroups.asReadonly();
  /** Clients' requests to move an appointment that wait for the worker's new time. */
  readonly appointmentRequests = this._appointmentRequests.asReadonly();
  /** Parents' messages on the worker's cases not read yet (the parent thread is on the case page). */
  readonly parentMessages = this._parentMessages.asReadonly();

  refresh(role: Role): void {
    const now = Date.now();
    if (this.last?.role === role && now - this.last.at < REFRESH_MS) return;
    this.last = { role, at: now };
    void this.ask(role).catch(() => undefined);
  }

  private async ask(role: Role): Promise<void> {
    if (role === 'client') {
      const { UnreadStore, ChatStatusStore, TrainingStore, ForumApi } = await import('./client-count-sources');
      this.count(this.injector.get(ForumApi).counts(), (c) => this._forumUnread.set(c.unreadTopics));
      const unread = this.injector.get(UnreadStore);
      const training = this.injector.get(TrainingStore);
      this.unreadOf.set(unread.count);
      this.trainingNewsOf.set(training.newFeedback);
      void unread.refresh();
      this.injector
        .get(ChatStatusStore)
        .status()
        .then(
          (s) => this._chatOpen.set(s.open),
          () => undefined,
        );
      training.load().catch(() => undefined);
    } else if (role === 'worker') {
      const { MessagesApi, ChatApi, TrainingsApi, TimeApi, LibraryApi, ForumApi, DossierApi, GuardiansApi } =
        await import('./worker-count-sources');
      this.count(this.injector.get(DossierApi).appointmentRequestCount(), (c) => this._appointmentRequests.set(c.open));
      this.count(this.injector.get(GuardiansApi).unreadCount(), (c) => this._parentMessages.set(c.unread));
      this.count(this.injector.get(ForumApi).counts(), (c) => this._forumQueue.set(c.moderationQueue));
      const library = this.injector.get(LibraryApi);
      this.count(library.questionCount(), (c) => this._openQuestions.set(c.open));
      this.count(library.editorAccess(), (a) => this._libraryEditor.set(a.editor));
      this.count(this.injector.get(MessagesApi).inboxCounts(), (c) => this._answerSoon.set(c.dueSoon + c.overdue));
      this.count(this.injector.get(ChatApi).queueCount(), (c) => this._chatWaiting.set(c.waiting));
      this.count(this.injector.get(TrainingsApi).tasks(), (tasks) => this._toReview.set(tasks.length));
      this.count(this.injector.get(TrainingsApi).cohorts(), (groups) => this._trainsGroups.set(groups.some((g) => g.role === 'trainer')));
      this.count(this.injector.get(TimeApi).week(), (week) => this._toConfirm.set(week.toConfirm.length));
    } else if (role === 'team_lead') {
      const { TimeApi } = await import('@nabij/time/portal/lib/time.api');
      this.count(this.injector.get(TimeApi).week(), (week) => this._toConfirm.set(week.toConfirm.length));
    }
  }

  private count<T>(call: Observable<T>, then: (value: T) => void): void {
    // A number in the menu is a hint: when it cannot be had, the link still works without it.
    firstValueFrom(call).then(then, () => undefined);
  }
}
