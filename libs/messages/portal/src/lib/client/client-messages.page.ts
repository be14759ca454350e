import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  Drafts,
  MessageComponent,
  TranslatePipe,
  useTexts,
  focusAfterRender,
  formatAmsterdamDayTime,
  formatAmsterdamShortDateTime,
} from '@nabij/platform/portal';
import { answerDueAt } from '@nabij/messages/contracts';
import { ClientMessagesStore } from '../client-messages.store';
import { MessagesPageState } from '../page-state';
import { messagesTexts } from '../i18n';
import { ComposedMessage, ComposeComponent } from '../ui/compose.component';

/**
 * `/berichten`: the client's conversations, newest first, and a big button to write a new one. A new
 * message still being written (a draft on this device) opens the box again with its text.
 */
@Component({
  selector: 'nb-client-messages-page',
  styleUrls: ['./client-messages.page.css', '../messages.shared.css'],
  imports: [RouterLink, TranslatePipe, MessageComponent, ComposeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/home">{{ 'messages.client.home' | t }}</a></p>
    <h1 tabindex="-1">{{ 'messages.client.title' | t }}</h1>
    <p class="lead">{{ 'messages.client.intro' | t }}</p>
    <p class="answer-promise">{{ 'messages.client.promise' | t: { when: answerBy() } }}</p>

    <div aria-live="polite">
      @if (store.answerBy(); as answerBy) {
        <div class="message message--success sent-note">
          <p><strong>{{ 'messages.client.sentTitle' | t }}</strong></p>
          <p>{{ 'messages.client.sentText' | t: { when: deadline(answerBy) } }}</p>
        </div>
      }
    </div>

    @if (composing()) {
      <section class="card" aria-labelledby="new-title">
        <h2 id="new-title">{{ 'messages.client.new' | t }}</h2>
        <nb-compose [label]="'messages.compose.label' | t" [hint]="'messages.compose.hint' | t" draft="messages:new" [busy]="page.busy()" [error]="page.error()" [cancellable]="true" (send)="send($event)" (cancelled)="composing.set(false)" />
      </section>
    } @else {
      <p><button type="button" class="button button--large new-button" (click)="startNew()">{{ 'messages.client.new' | t }}</button></p>
    }

    <nb-message kind="error" [show]="!!page.loadError()">{{ page.loadError() ?? '' | t }}</nb-message>
    @if (store.threads(); as threads) {
      @if (threads.length === 0) {
        <p>{{ 'messages.client.none' | t }}</p>
      } @else {
        <ul class="thread-list">
          @for (thread of threads; track thread.id) {
            <li>
              <a class="thread-link" [routerLink]="['/berichten', thread.id]" [class.is-unread]="thread.unread > 0">
                <span class="thread-title">{{ (thread.dutyQueue ? 'messages.client.withDuty' : 'messages.client.withWorker') | t }}</span>
                <span class="small">{{ 'messages.client.lastMessage' | t: { when: dateTime(thread.lastMessageAt) } }}</span>
                @if (thread.answerBy) {
                  <span class="small">{{ 'messages.client.waiting' | t: { when: deadline(thread.answerBy) } }}</span>
                }
                @if (thread.unread > 0) {
                  <span class="badge badge--count">{{ 'messages.client.unread' | t: { count: thread.unread } }}</span>
                }
              </a>
            </li>
          }
        </ul>
      }
    }
  `,
})
export class ClientMessagesPage implements OnInit {
  protected readonly i18n = useTexts(messagesTexts);
  protected readonly store = inject(ClientMessagesStore);
  private readonly compose = viewChild(ComposeComponent);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly composing = signal(inject(Drafts).has('messages:new'));
  protected readonly page = new MessagesPageState(this.i18n);

  ngOnInit(): void {
    this.store.clearThread();
    void this.load();
  }

  protected startNew(): void {
    this.store.clearThread();
    this.page.clearSendError();
    this.composing.set(true);
  }

  protected async send(message: ComposedMessage): Promise<void> {
    const sent = await this.page.send(() => this.store.send(message.body, message.files));
    if (!sent) return;
    this.compose()?.clear();
    this.composing.set(false);
    // The box is gone: the keyboard goes to the button that opens a new one.
    focusAfterRender(this.host.nativeElement, '.new-button', this.injector);
    await this.load();
  }

  /** The one answer rule counted from now, for a message sent now. */
  protected answerBy(): string {
    return formatAmsterdamDayTime(answerDueAt(new Date()), this.i18n.locale());
  }

  protected deadline(iso: string): string {
    return formatAmsterdamDayTime(iso, this.i18n.locale());
  }

  protected dateTime(iso: string): string {
    return formatAmsterdamShortDateTime(iso, this.i18n.locale());
  }

  private async load(): Promise<void> {
    await this.page.load(() => this.store.loadThreads());
  }
}
