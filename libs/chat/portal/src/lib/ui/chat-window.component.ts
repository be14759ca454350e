import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { ChatErrorCode } from '@nabij/chat/contracts';
import { CHAT_MESSAGE_MAX_LENGTH } from '@nabij/chat/contracts';
import { DraftDirective, Drafts, ReadAloudComponent, TranslatePipe } from '@nabij/platform/portal';
import type { ChatRoom } from '../chat-room';

const ERROR_KEYS: Partial<Record<ChatErrorCode, string>> = { too_long: 'chat.error.tooLong', rate_limited: 'chat.error.rateLimited' };

/**
 * The conversation: messages as plain text (interpolation, never innerHTML), oldest first with the
 * newest in view, typing indicator, and a box that sends on Enter with a keyboard (on a touch screen
 * Enter is a new line and the button sends, so no "Shift + Enter" hint there). New messages are read
 * out politely. What is typed is kept on the device as a draft of the logged-in account until sent.
 */
@Component({
  selector: 'nb-chat-window',
  styleUrl: './chat-window.component.css',
  imports: [TranslatePipe, DraftDirective, ReadAloudComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol #list class="chat-log" [attr.aria-label]="'chat.messages' | t" aria-live="polite" aria-relevant="additions" tabindex="0">
      @for (m of room().messages(); track m.seq) {
        <li class="chat-msg" [class.chat-msg--mine]="m.sender === room().me">
          <span class="chat-who">{{ (m.sender === room().me ? 'chat.you' : otherKey()) | t }}</span>
          <span class="chat-body" #chatText>{{ m.body }}</span>
          @if (readAloud() && m.sender !== room().me) {
            <nb-read-aloud [target]="chatText" />
          }
        </li>
      }
    </ol>
    <p class="chat-typing" aria-live="polite">
      @if (room().otherTyping()) {
        {{ 'chat.typing' | t: { who: (otherKey() | t) } }}
      }
    </p>
    @if (room().session().status === 'active') {
      <form class="chat-form" (submit)="$event.preventDefault(); send()">
        <label class="field-label" [for]="inputId()">{{ 'chat.input' | t }}</label>
        @if (!touch) {
          <p class="field-hint" [id]="inputId() + '-hint'">{{ 'chat.inputHint' | t }}</p>
        }
        <p class="field-error" role="alert">{{ error() ? (error()! | t) : '' }}</p>
        <div class="chat-compose">
          <textarea
            #box
            class="input chat-input"
            rows="2"
            [id]="inputId()"
            [attr.aria-describedby]="touch ? null : inputId() + '-hint'"
            [attr.maxlength]="max"
            [nbDraft]="draftName()"
            [value]="draft()"
            (input)="onInput($any($event.target).value)"
            (keydown.enter)="onEnter($any($event))"
          ></textarea>
          <button type="submit" class="button" [disabled]="busy()">{{ 'chat.send' | t }}</button>
        </div>
      </form>
    }
  `,
})
export class ChatWindowComponent {
  readonly room = input.required<ChatRoom>();
  /** i18n key naming the other side. */
  readonly otherKey = input('chat.worker');
  readonly inputId = input('chat-input');
  /** "Lees voor" with each message of the other side (the client's chat; workers read themselves). */
  readonly readAloud = input(false);

  protected readonly max = CHAT_MESSAGE_MAX_LENGTH;
  /** A phone or tablet without a keyboard: Enter makes a new line, the button sends. */
  protected readonly touch = inject(DOCUMENT).defaultView?.matchMedia?.('(pointer: coarse)').matches ?? false;
  private readonly drafts = inject(Drafts);
  protected readonly draftName = computed(() => `chat:${this.room().session().id}`);
  protected readonly draft = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly list = viewChild<ElementRef<HTMLElement>>('list');
  private readonly box = viewChild<ElementRef<HTMLTextAreaElement>>('box');
  private typingSent = false;

  constructor() {
    // Keep the newest message in view.
    effect(() => {
      this.room().messages();
      const el = this.list()?.nativeElement;
      if (el) queueMicrotask(() => (el.scrollTop = el.scrollHeight));
    });
  }

  protected onInput(value: string): void {
    this.draft.set(value);
    const typing = value.trim().length > 0;
    if (typing !== this.typingSent) {
      this.typingSent = typing;
      this.room().typing(typing);
    }
  }

  protected onEnter(event: KeyboardEvent): void {
    if (event.shiftKey || event.isComposing || this.touch) return;
    event.preventDefault();
    void this.send();
  }

  async send(): Promise<void> {
    const body = this.draft().trim();
    if (!body || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const failed = await this.room().send(body);
    this.busy.set(false);
    if (failed) {
      this.error.set(ERROR_KEYS[failed] ?? 'chat.error.send');
      return;
    }
    this.draft.set('');
    this.drafts.clear(this.draftName());
    this.typingSent = false;
    this.room().typing(false);
    const box = this.box()?.nativeElement;
    if (box) {
      // The binding may not have rendered the typed text yet, so it would not see a change back to ''.
      box.value = '';
      box.focus();
    }
  }
}
