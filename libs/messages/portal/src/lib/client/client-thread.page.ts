import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Message, ThreadEvaluationRequest } from '@nabij/messages/contracts';
import {
  Drafts,
  EvaluationFormComponent,
  MessageComponent,
  ReadAloudComponent,
  TranslatePipe,
  focusAfterRender,
  useTexts,
  formatAmsterdamDayTime,
  formatAmsterdamShortDateTime,
} from '@nabij/platform/portal';
import { ClientMessagesStore } from '../client-messages.store';
import { threadLoadErrorKey } from '../format';
import { messagesTexts } from '../i18n';
import { MessagesPageState } from '../page-state';
import { MessageAttachmentsComponent } from '../ui/attachments.component';
import { ComposedMessage, ComposeComponent } from '../ui/compose.component';

/**
 * `/berichten/:threadId`: one conversation, oldest first and the newest at the bottom (scrolled into
 * view), as in the worker's inbox and the chat, with one big "Antwoorden" button below it. A reply
 * still being written (a draft on this device) opens again with its text.
 */
@Component({
  selector: 'nb-client-thread-page',
  styleUrl: '../messages.shared.css',
  imports: [
    RouterLink,
    TranslatePipe,
    MessageComponent,
    ComposeComponent,
    MessageAttachmentsComponent,
    EvaluationFormComponent,
    ReadAloudComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/berichten">{{ 'messages.client.back' | t }}</a></p>
    <nb-message kind="error" [show]="!!page.loadError()">{{ page.loadError() ?? '' | t }}</nb-message>
    @if (store.thread(); as thread) {
      <h1 tabindex="-1">{{ (thread.dutyQueue ? 'messages.client.withDuty' : 'messages.client.withWorker') | t }}</h1>
      <ol class="mail-list">
        @for (message of thread.messages; track message.id) {
          <li class="mail-item" [class.mail-item--mine]="message.senderRole === 'client'">
            <article>
              <header class="mail-item__head">
                <strong>{{ message.senderRole === 'client' ? ('messages.client.you' | t) : (message.sender.name ?? ('messages.client.worker' | t)) }}</strong>
                <time class="small" [attr.datetime]="message.receivedAt">{{ dateTime(message.receivedAt) }}</time>
              </header>
              <p class="mail-item__body" #messageText>{{ message.body }}</p>
              <nb-read-aloud [target]="messageText" [about]="dateTime(message.receivedAt)" />
              <nb-message-attachments [attachments]="message.attachments" />
              @if (waiting(message); as by) {
                <p class="small waiting">{{ 'messages.client.waiting' | t: { when: deadline(by) } }}</p>
              }
            </article>
          </li>
        }
      </ol>
      @if (thread.askEvaluation || evalDone()) {
        <nb-evaluation-form
          helpfulLabel="messages.eval.helpful"
          againLabel="messages.eval.again"
          [skippable]="true"
          [done]="evalDone()"
          (answered)="evaluate($event)"
          (skipped)="evaluate({ skip: true })"
        />
      } @else if (thread.closedAt) {
        <p class="message">{{ 'messages.client.closed' | t }}</p>
      }
      <div aria-live="polite">
        @if (store.answerBy(); as answerBy) {
          <div class="message message--success sent-note">
            <p><strong>{{ 'messages.client.sentTitle' | t }}</strong></p>
            <p>{{ 'messages.client.sentText' | t: { when: deadline(answerBy) } }}</p>
          </div>
        }
      </div>
      @if (!replying()) {
        <p><button type="button" class="button button--large reply-button" (click)="startReply()">{{ 'messages.client.reply' | t }}</button></p>
      } @else {
        <section class="card" aria-labelledby="reply-title">
          <h2 id="reply-title">{{ 'messages.client.reply' | t }}</h2>
          <nb-compose [label]="'messages.compose.label' | t" [hint]="'messages.compose.hint' | t" [draft]="draftName()" [autofocus]="!restoring" [busy]="page.busy()" [error]="page.error()" [cancellable]="true" (send)="send($event)" (cancelled)="replying.set(false)" />
        </section>
      }
    }
  `,
})
export class ClientThreadPage {
  protected readonly i18n = useTexts(messagesTexts);
  protected readonly store = inject(ClientMessagesStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly compose = viewChild(ComposeComponent);
  private readonly drafts = inject(Drafts);

  readonly threadId = input.required<string>();

  protected readonly replying = signal(false);
  /** Answered or skipped here: the form shows its thanks (after a skip it just goes). */
  protected readonly evalDone = signal(false);
  protected readonly page = new MessagesPageState(this.i18n);

  protected readonly draftName = computed(() => `messages:reply:${this.threadId()}`);
  /** Opened because of a kept draft: the page starts at its heading, not in the box. */
  protected restoring = false;
  /** Client messages after the last worker message still wait for an answer. */
  private readonly lastWorkerSeq = computed(() => {
    const messages = this.store.thread()?.messages ?? [];
    for (let i = messages.length - 1; i >= 0; i--) if (messages[i].senderRole === 'worker') return i;
    return -1;
  });

  constructor() {
    effect(() => {
      const id = this.threadId();
      untracked(() => void this.load(id));
    });
  }

  protected waiting(message: Message): string | null {
    if (message.senderRole !== 'client' || !message.answerBy) return null;
    const index = this.store.thread()?.messages.indexOf(message) ?? -1;
    return index > this.lastWorkerSeq() ? message.answerBy : null;
  }

  /** The answers or the skip; a failure (e.g. already answered elsewhere) is not worth bothering the client with. */
  protected async evaluate(request: ThreadEvaluationRequest): Promise<void> {
    await this.store.evaluate(request).catch(() => undefined);
    this.evalDone.set(request.skip !== true);
  }

  protected startReply(): void {
    this.page.clearSendError();
    this.replying.set(true);
  }

  protected async send(message: ComposedMessage): Promise<void> {
    const sent = await this.page.send(() => this.store.send(message.body, message.files));
    if (!sent) return;
    this.compose()?.clear();
    this.replying.set(false);
    focusAfterRender(this.host.nativeElement, '.reply-button', this.injector);
  }

  protected deadline(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  protected dateTime(iso: string): string {
    return formatAmsterdamShortDateTime(iso, this.i18n.locale());
  }

  private async load(id: string): Promise<void> {
    this.restoring = this.drafts.has(`messages:reply:${id}`);
    this.evalDone.set(false);
    this.replying.set(this.restoring);
    if (await this.page.load(() => this.store.openThread(id), threadLoadErrorKey)) {
      focusAfterRender(this.host.nativeElement, 'h1', this.injector);
      afterNextRender(() => this.host.nativeElement.querySelector('.mail-item:last-child')?.scrollIntoView?.({ block: 'nearest' }), {
        injector: this.injector,
      });
    }
  }
}
