import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { InboxThread } from '@nabij/messages/contracts';
import {
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  useTexts,
  formatAmsterdamDayTime,
  formatAmsterdamShortDateTime,
} from '@nabij/platform/portal';
import { threadLoadErrorKey, timeLeft, TimeLeft } from '../format';
import { messagesTexts } from '../i18n';
import { InboxStore } from '../inbox.store';
import { MessagesPageState } from '../page-state';
import { MessageAttachmentsComponent } from '../ui/attachments.component';
import { ComposedMessage, ComposeComponent } from '../ui/compose.component';

/**
 * `/inbox` and `/inbox/:threadId` for workers: threads by deadline on the left, the open
 * conversation in the middle, the client's case beside it. Dense; every row is a link.
 */
@Component({
  selector: 'nb-inbox-page',
  styleUrls: ['./inbox.page.css', '../messages.shared.css'],
  imports: [RouterLink, TranslatePipe, MessageComponent, ComposeComponent, MessageAttachmentsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 tabindex="-1">{{ 'messages.inbox.title' | t }}</h1>
    <p class="small">{{ 'messages.inbox.intro' | t }}</p>
    <nb-message kind="error" [show]="!!page.loadError()">{{ page.loadError() ?? '' | t }}</nb-message>
    <div class="inbox" [class.inbox--open]="!!threadId()">
      <nav class="inbox-list" [attr.aria-label]="'messages.inbox.title' | t">
        @if (store.threads(); as threads) {
          @if (threads.length === 0) {
            <p>{{ 'messages.inbox.none' | t }}</p>
          }
          <ul>
            @for (thread of threads; track thread.id) {
              @let left = leftOf(thread);
              <li>
                <a class="inbox-row" [routerLink]="['/inbox', thread.id]" [attr.aria-current]="thread.id === threadId() ? 'page' : null"
                   [class.is-overdue]="left?.overdue" [class.is-soon]="left?.soon" [class.is-unread]="thread.unread > 0">
                  <span class="inbox-row__name">{{ thread.client.name ?? ('messages.inbox.noName' | t) }}</span>
                  @if (left) {
                    <span class="inbox-row__due">{{ left.key | t: { value: left.value } }} <span class="small">{{ 'messages.inbox.dueBy' | t: { when: dateTime(thread.dueAt!) } }}</span></span>
                  } @else {
                    <span class="inbox-row__due small">{{ 'messages.inbox.answered' | t }}</span>
                  }
                  <span class="small">{{ thread.dutyQueue ? ('messages.inbox.duty' | t) + ' · ' : '' }}{{ dateTime(thread.lastMessageAt) }}</span>
                  @if (thread.unread > 0) {
                    <span class="badge badge--count">{{ 'messages.badge.unread' | t: { count: thread.unread } }}</span>
                  }
                </a>
              </li>
            }
          </ul>
        }
      </nav>

      @if (threadId() && store.thread(); as thread) {
        <section class="inbox-thread" aria-labelledby="thread-title">
          <p class="inbox-back back-link"><a routerLink="/inbox">{{ 'messages.inbox.back' | t }}</a></p>
          <h2 id="thread-title" tabindex="-1">{{ clientName() }}</h2>
          @if (thread.dueAt) {
            @let left = leftOfDue(thread.dueAt);
            <p class="due-line" [class.is-overdue]="left?.overdue" [class.is-soon]="left?.soon">
              {{ 'messages.inbox.dueAt' | t: { when: deadline(thread.dueAt) } }} — {{ left!.key | t: { value: left!.value } }}
            </p>
          }
          <ol class="mail-list">
            @for (message of thread.messages; track message.id) {
              <li class="mail-item" [class.mail-item--mine]="message.senderRole === 'worker'">
                <header class="mail-item__head">
                  <strong>{{ message.sender.name ?? message.senderRole }}</strong>
                  <time class="small" [attr.datetime]="message.receivedAt">{{ dateTime(message.receivedAt) }}</time>
                </header>
                <p class="mail-item__body">{{ message.body }}</p>
                <nb-message-attachments [attachments]="message.attachments" />
              </li>
            }
          </ol>
          <div aria-live="polite">
            @if (sent()) {
              <p class="message message--success">{{ 'messages.inbox.replySent' | t }}</p>
            }
            @if (thread.closedAt) {
              <p class="message">{{ 'messages.inbox.closed' | t }}</p>
            }
            @if (closeFailed()) {
              <p class="message message--error">{{ 'messages.inbox.closeFailed' | t }}</p>
            }
          </div>
          @if (!thread.closedAt) {
            <p>
              <button type="button" class="button button--secondary" [attr.aria-describedby]="'close-hint'" (click)="close()">{{ 'messages.inbox.close' | t }}</button>
              <span class="field-hint" id="close-hint">{{ 'messages.inbox.closeHint' | t }}</span>
            </p>
          }
          <nb-compose fieldId="reply-body" [label]="'messages.inbox.reply' | t" [rows]="5" [draft]="'messages:reply:' + thread.id" [busy]="page.busy()" [error]="page.error()" [autofocus]="false" (send)="reply($event)" />
        </section>
        <aside class="inbox-context" aria-labelledby="context-title">
          <h2 id="context-title">{{ 'messages.inbox.context' | t }}</h2>
          @if (store.context(); as dossier) {
            <dl class="facts">
              <dt>{{ 'messages.inbox.client' | t }}</dt>
              <dd>{{ dossier.case.client.name }}</dd>
              <dt>{{ 'messages.inbox.financier' | t }}</dt>
              <dd>{{ dossier.case.financier.name }}</dd>
              <dt>{{ 'messages.inbox.since' | t }}</dt>
              <dd>{{ dossier.case.openedOn }}</dd>
            </dl>
            @if (dossier.goals.length) {
              <h3>{{ 'messages.inbox.goals' | t }}</h3>
              <ul>
                @for (goal of dossier.goals; track goal.id) {
                  <li>{{ goal.text }}</li>
                }
              </ul>
            }
            @for (action of dossier.actions; track action.id) {
              @if (!action.doneAt) {
                <p class="small">⚑ {{ 'messages.action.' + action.kind | t }}{{ action.text ? ': ' + action.text : '' }}</p>
              }
            }
            <p><a [routerLink]="['/caseload', dossier.case.id]">{{ 'messages.inbox.openCase' | t }}</a></p>
          } @else if (!thread.caseId) {
            <p>{{ 'messages.inbox.noCase' | t }}</p>
          }
        </aside>
      }
    </div>
  `,
})
export class InboxPage {
  protected readonly i18n = useTexts(messagesTexts);
  protected readonly store = inject(InboxStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly compose = viewChild(ComposeComponent);

  readonly threadId = input<string | undefined>();

  protected readonly now = signal(new Date());
  protected readonly sent = signal(false);
  protected readonly closeFailed = signal(false);
  protected readonly page = new MessagesPageState(this.i18n);

  constructor() {
    void this.loadList();
    const timer = setInterval(() => this.now.set(new Date()), 60_000);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
    effect(() => {
      const id = this.threadId();
      untracked(() => {
        this.sent.set(false);
        this.closeFailed.set(false);
        this.page.clearSendError();
        if (id) void this.open(id);
      });
    });
  }

  protected clientName(): string {
    const id = this.threadId();
    const row = this.store.threads()?.find((t) => t.id === id);
    return row?.client.name ?? this.store.context()?.case.client.name ?? this.i18n.t('messages.inbox.noName');
  }

  protected leftOf(thread: InboxThread): TimeLeft | null {
    return timeLeft(thread.dueAt, this.now());
  }

  protected leftOfDue(dueAt: string): TimeLeft | null {
    return timeLeft(dueAt, this.now());
  }

  protected async reply(message: ComposedMessage): Promise<void> {
    if (await this.page.send(() => this.store.reply(message.body, message.files))) {
      this.compose()?.clear();
      this.sent.set(true);
    }
  }

  protected async close(): Promise<void> {
    this.closeFailed.set(false);
    try {
      await this.store.close();
    } catch {
      this.closeFailed.set(true);
    }
  }

  protected deadline(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  protected dateTime(iso: string): string {
    return formatAmsterdamShortDateTime(iso, this.i18n.locale());
  }

  private async loadList(): Promise<void> {
    await this.page.load(() => this.store.load());
  }

  private async open(id: string): Promise<void> {
    if (await this.page.load(() => this.store.open(id), threadLoadErrorKey)) {
      focusAfterRender(this.host.nativeElement, '#thread-title', this.injector);
      // Oldest first, as everywhere: the newest message is the one to see.
      afterNextRender(() => this.host.nativeElement.querySelector('.mail-item:last-child')?.scrollIntoView?.({ block: 'nearest' }), {
        injector: this.injector,
      });
    }
  }
}
