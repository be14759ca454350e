import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { ChatEvaluationRequest, ChatSessionView, ChatStatusResponse, StartAnonymousChatRequest } from '@nabij/chat/contracts';
import { AuthStore, tabStoredText, toApiError } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatApi } from './chat.api';
import { CHAT_CONNECTOR } from './chat-connection';
import { ChatLink, ChatRoom } from './chat-room';

/** Kept for this tab only: a reload or a lost connection resumes the same anonymous chat. */
export const CHAT_TOKEN_KEY = 'nabij.chat.token';

export type ClientChatMode = 'client' | 'anonymous';
export type ClientChatPhase = 'loading' | 'closed' | 'ready' | 'waiting' | 'active' | 'ended';

/**
 * The chat of one client (registered or anonymous): is chat open, start, wait, talk, stop,
 * answer the three questions. Provided per page, so leaving the page closes the socket.
 */
@Injectable()
export class ClientChatStore {
  private readonly api = inject(ChatApi);
  private readonly auth = inject(AuthStore);
  private readonly connector = inject(CHAT_CONNECTOR);
  private readonly storedToken = tabStoredText(CHAT_TOKEN_KEY);

  private mode: ClientChatMode = 'client';
  /** A visitor's organisation (slug), known from a served postcode check. */
  private organisation: string | undefined;
  /** A visitor where more organisations use Nabij: whose chat hours count is known after the postcode check. */
  private readonly _organisationUnknown = signal(false);
  private readonly _link = signal<ChatLink | null>(null);
  private readonly _status = signal<ChatStatusResponse | null>(null);
  private readonly _room = signal<ChatRoom | null>(null);
  private readonly _loaded = signal(false);
  private readonly _error = signal<string | null>(null);
  private readonly _evaluated = signal(false);

  readonly status = this._status.asReadonly();
  readonly room = this._room.asReadonly();
  /** An i18n key. */
  readonly error = this._error.asReadonly();
  readonly evaluated = computed(() => this._evaluated() || !!this._room()?.session().evaluated);
  readonly connected = computed(() => this._link()?.connected() ?? false);
  readonly phase = computed<ClientChatPhase>(() => {
    const room = this._room();
    if (room) return room.session().status;
    if (!this._loaded()) return 'loading';
    if (!this._status() && this._organisationUnknown()) return 'ready';
    return this._status()?.open ? 'ready' : 'closed';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this._link()?.close());
  }

  /**
   * Looks whether chat is open and resumes a chat that is still running. `organisation`: a visitor's
   * organisation (slug) from a postcode check made earlier in this tab.
   */
  async init(mode: ClientChatMode, organisation?: string): Promise<void> {
    this.mode = mode;
    this.organisation = organisation;
    this._error.set(null);
    try {
      const [status, running] = await Promise.all([this.loadStatus(), this.findRunning()]);
      this._status.set(status);
      if (running) await this.enter(running);
    } catch (err) {
      this._error.set(toApiError(err).statusCode === 0 ? 'platform.error.network' : 'chat.error.start');
    } finally {
      this._loaded.set(true);
    }
  }

  /** What started the last anonymous chat in this tab, so a visitor who lost their place can queue again. */
  private lastStart: StartAnonymousChatRequest | null = null;

  async start(anonymous?: StartAnonymousChatRequest): Promise<void> {
    this._error.set(null);
    if (anonymous) this.lastStart = anonymous;
    try {
      let session: ChatSessionView;
      if (this.mode === 'anonymous') {
        if (!anonymous) throw new Error('An anonymous chat needs a served postcode check.');
        const started = await firstValueFrom(this.api.startAnonymous(anonymous));
        this.storedToken.write(started.chatToken);
        session = started.session;
      } else {
        session = await firstValueFrom(this.api.startAsClient());
      }
      await this.enter(session);
    } catch (err) {
      const error = toApiError(err);
      if (error.code === 'chat.closed') {
        this._error.set('chat.error.closed');
        this._status.set(await firstValueFrom(this.api.status(this.organisation)).catch(() => this._status()));
      } else {
        this._error.set(error.statusCode === 0 ? 'platform.error.network' : 'chat.error.start');
      }
      throw err;
    }
  }

  /** A visitor's postcode check named their organisation: from now on its chat hours count. */
  async useOrganisation(organisation: string): Promise<void> {
    if (this.mode !== 'anonymous' || organisation === this.organisation) return;
    this.organisation = organisation;
    try {
      this._status.set(await firstValueFrom(this.api.status(organisation)));
      this._organisationUnknown.set(false);
    } catch (err) {
      this._error.set(toApiError(err).statusCode === 0 ? 'platform.error.network' : 'chat.error.start');
    }
  }

  /**
   * Whether chat is open. A visitor where more organisations use Nabij gets a 400 naming
   * `organisation` until the postcode check told which one: then the postcode check comes first.
   */
  private async loadStatus(): Promise<ChatStatusResponse | null> {
    try {
      return await firstValueFrom(this.api.status(this.mode === 'anonymous' ? this.organisation : undefined));
    } catch (err) {
      const error = toApiError(err);
      if (this.mode === 'anonymous' && !this.organisation && error.statusCode === 400 && error.fields?.['organisation']) {
        this._organisationUnknown.set(true);
        return null;
      }
      throw err;
    }
  }

  async stop(): Promise<void> {
    const room = this._room();
    if (!room) return;
    const token = this.storedToken.read();
    const ended = await firstValueFrom(this.mode === 'anonymous' && token ? this.api.endAnonymous(token) : this.api.end(room.id));
    room.update(ended);
  }

  async evaluate(answers: ChatEvaluationRequest): Promise<void> {
    const room = this._room();
    if (!room) return;
    const token = this.storedToken.read();
    await firstValueFrom(
      this.mode === 'anonymous' && token ? this.api.evaluateAnonymous(token, answers) : this.api.evaluate(room.id, answers),
    );
    this._evaluated.set(true);
  }

  /** Stores what the client typed while waiting; the worker sees it in the queue. */
  async setTopic(topic: string): Promise<void> {
    const room = this._room();
    if (!room) return;
    const token = this.storedToken.read();
    room.update(
      await firstValueFrom(this.mode === 'anonymous' && token ? this.api.topicAnonymous(token, topic) : this.api.topic(room.id, topic)),
    );
  }

  /** Whether the visitor can queue again without the postcode form (this tab started their last chat). */
  canRejoin(): boolean {
    return this.mode === 'client' || this.lastStart !== null;
  }

  /**
   * Back in the queue after being taken out of it (gone too long): a new chat with the same details
   * and the question typed before. Without them (another tab, an expired postcode check) the start form shows.
   */
  async rejoin(): Promise<void> {
    const topic = this._room()?.session().topic ?? null;
    const details = this.lastStart;
    this.forget();
    if (this.mode === 'anonymous' && !details) return;
    try {
      await this.start(details ?? undefined);
    } catch {
      this._error.set(null);
      this.lastStart = null;
      return;
    }
    if (topic) await this.setTopic(topic).catch(() => undefined);
  }

  /** After an ended chat: forget it, so the next visit starts fresh. */
  forget(): void {
    this.storedToken.write(null);
    this._link()?.close();
    this._link.set(null);
    this._room.set(null);
    this._evaluated.set(false);
  }

  private async findRunning(): Promise<ChatSessionView | null> {
    if (this.mode === 'anonymous') {
      const token = this.storedToken.read();
      if (!token) return null;
      try {
        const session = await firstValueFrom(this.api.anonymousSession(token));
        if (session.status === 'ended' && session.evaluated) {
          this.storedToken.write(null);
          return null;
        }
        return session;
      } catch {
        this.storedToken.write(null);
        return null;
      }
    }
    const mine = await firstValueFrom(this.api.mine());
    return mine.find((s) => s.status !== 'ended') ?? null;
  }

  private async enter(session: ChatSessionView): Promise<void> {
    let link = this._link();
    if (!link) {
      const token = this.mode === 'anonymous' ? () => this.storedToken.read() : () => this.auth.accessToken();
      link = await ChatLink.open(this.connector, token);
      this._link.set(link);
    }
    this._room.set(await link.room(session, 'client'));
  }
}
