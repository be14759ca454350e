import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import type { ChatEvaluationRequest } from '@nabij/chat/contracts';
import { CHAT_NICKNAME_MAX_LENGTH, CHAT_TOPIC_MAX_LENGTH } from '@nabij/chat/contracts';
import { answerDueAt } from '@nabij/messages/contracts';
import { parsePostcode } from '@nabij/intake/contracts';
import {
  AuthStore,
  EvaluationFormComponent,
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusAfterRender,
  formatAmsterdamDayTime,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import { ClientChatMode, ClientChatStore } from '../client-chat.store';
import { PostcodeCheckStore } from '../postcode-check.store';
import { chatTexts } from '../i18n';
import { ChatAppointmentComponent } from '../ui/chat-appointment.component';
import { chatOpeningText } from '../ui/chat-opening';
import { ChatWindowComponent } from '../ui/chat-window.component';
import { ChatVideoJoinComponent } from '../ui/chat-video-join.component';

const BIRTH_DATE = /^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `/chat` (logged-in client) and `/chat/anoniem` (visitor after a postcode check). */
@Component({
  selector: 'nb-client-chat-page',
  styleUrls: ['./client-chat.page.css', '../chat.shared.css'],
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NgTemplateOutlet,
    ChatAppointmentComponent,
    TranslatePipe,
    FormFieldComponent,
    FormControlDirective,
    MessageComponent,
    ChatWindowComponent,
    EvaluationFormComponent,
    ChatVideoJoinComponent,
  ],
  providers: [ClientChatStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './client-chat.page.html',
})
export class ClientChatPage implements OnInit {
  /** From the route's data. */
  readonly mode = input<ClientChatMode>('client');

  protected readonly i18n = useTexts(chatTexts);
  protected readonly store = inject(ClientChatStore);
  protected readonly postcodeCheck = inject(PostcodeCheckStore);
  protected readonly auth = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly anonymous = computed(() => this.mode() === 'anonymous');
  protected readonly opening = computed(() => {
    const status = this.store.status();
    this.i18n.lang();
    return status ? chatOpeningText(this.i18n, status) : '';
  });
  protected readonly waitMinutes = computed(() => Math.ceil((this.store.room()?.session().queue?.estimatedWaitSeconds ?? 0) / 60));

  protected readonly postcode = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly email = new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(254)] });
  protected readonly birthDate = new FormControl('', { nonNullable: true, validators: [Validators.pattern(BIRTH_DATE)] });
  protected readonly nickname = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(CHAT_NICKNAME_MAX_LENGTH)] });
  protected readonly details = new FormGroup({ email: this.email, birthDate: this.birthDate, nickname: this.nickname });
  protected readonly nicknameMax = CHAT_NICKNAME_MAX_LENGTH;
  protected readonly topicMax = CHAT_TOPIC_MAX_LENGTH;
  protected readonly topic = new FormControl('', { nonNullable: true });
  protected readonly topicSaved = signal(false);
  protected readonly topicError = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  /** The postcode check and the organisation's hours after it: apart from `busy`, so a start pressed meanwhile is not dropped. */
  protected readonly checking = signal(false);
  protected readonly postcodeError = signal<string | null>(null);
  protected readonly evalDone = signal(false);
  protected readonly confirmStop = signal(false);

  constructor() {
    // A new step gets a new heading; move focus there so screen readers hear what changed.
    effect(() => {
      const phase = this.store.phase();
      if (phase !== 'loading') focusAfterRender(this.host.nativeElement, '[data-step-title]', this.injector);
    });
    // Back on the page while waiting: the question typed before is there to change.
    effect(() => {
      const saved = this.store.room()?.session().topic;
      if (saved && this.topic.pristine && !this.topic.value) this.topic.setValue(saved);
    });
  }

  ngOnInit(): void {
    void this.store.init(this.mode(), this.anonymous() ? this.postcodeCheck.served()?.organisationSlug : undefined);
  }

  /** The messages' one answer rule, counted from now: "uiterlijk woensdag 2 december 15:52". */
  protected answerBy(): string {
    return formatAmsterdamDayTime(answerDueAt(new Date()), this.i18n.locale());
  }

  protected async checkPostcode(): Promise<void> {
    this.postcodeError.set(null);
    const parsed = parsePostcode(this.postcode.value);
    if (!parsed) {
      this.postcodeError.set('chat.postcode.invalid');
      return;
    }
    if (this.checking()) return;
    this.checking.set(true);
    try {
      await this.postcodeCheck.checkPostcode(parsed.formatted);
      // Now it is known whose chat this is: that organisation's hours decide whether it is open.
      const slug = this.postcodeCheck.served()?.organisationSlug;
      if (slug) await this.store.useOrganisation(slug);
    } catch (err) {
      this.postcodeError.set(toApiError(err).statusCode === 400 ? 'chat.postcode.invalid' : 'platform.error.server');
    } finally {
      this.checking.set(false);
    }
  }

  protected async start(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    if (this.anonymous() && this.details.invalid) return;
    this.busy.set(true);
    try {
      if (this.anonymous()) {
        const served = this.postcodeCheck.served();
        if (!served) return;
        await this.store.start({
          checkId: served.checkId,
          email: this.email.value.trim() || undefined,
          birthDate: this.birthDate.value || undefined,
          nickname: this.nickname.value.trim() || undefined,
        });
        // The check is used up by this chat.
        this.postcodeCheck.forget();
      } else {
        await this.store.start();
      }
    } catch {
      // The store shows the error.
    } finally {
      this.busy.set(false);
    }
  }

  protected async saveTopic(): Promise<void> {
    if (this.busy()) return;
    this.topicSaved.set(false);
    this.topicError.set(null);
    if (this.topic.value.length > CHAT_TOPIC_MAX_LENGTH) {
      this.topicError.set('chat.topic.tooLong');
      return;
    }
    this.busy.set(true);
    try {
      await this.store.setTopic(this.topic.value);
      this.topicSaved.set(true);
    } catch {
      this.topicError.set('chat.topic.error');
    } finally {
      this.busy.set(false);
    }
  }

  /** Taken out of the queue (gone too long): queue again with the same details and question. */
  protected async rejoin(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await this.store.rejoin();
      this.topic.setValue(this.store.room()?.session().topic ?? this.topic.value);
    } finally {
      this.busy.set(false);
    }
  }

  protected async stop(): Promise<void> {
    this.confirmStop.set(false);
    await this.store.stop().catch(() => undefined);
  }

  protected async evaluate(answers: ChatEvaluationRequest): Promise<void> {
    try {
      await this.store.evaluate(answers);
      this.evalDone.set(true);
    } catch {
      this.evalDone.set(true);
    }
  }

  protected again(): void {
    this.store.forget();
    this.evalDone.set(false);
    this.submitted.set(false);
  }
}
