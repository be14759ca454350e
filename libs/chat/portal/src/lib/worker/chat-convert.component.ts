import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { CaseSummary } from '@nabij/dossier/contracts';
import { TranslatePipe, toApiError } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatApi } from '../chat.api';
import type { ChatRoom } from '../chat-room';

/**
 * For an anonymous chat the worker holds: find one of their open cases by the client's name and
 * link the chat (and its transcript) to it.
 */
@Component({
  selector: 'nb-chat-convert',
  styleUrl: './chat-convert.component.css',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (linkedTo(); as name) {
      <p class="message message--success chat-convert" role="status">{{ 'chat.convert.done' | t: { name } }}</p>
    } @else if (room().session().anonymous) {
      @if (!searching()) {
        <button type="button" class="button button--small button--secondary chat-convert-open" (click)="open()">{{ 'chat.convert.open' | t }}</button>
      } @else {
        <div class="chat-convert" role="group" [attr.aria-labelledby]="id() + '-title'">
          <h4 [id]="id() + '-title'">{{ 'chat.convert.title' | t }}</h4>
          <label class="field-label" [for]="id() + '-search'">{{ 'chat.convert.search' | t }}</label>
          <input class="input" type="search" autocomplete="off" [id]="id() + '-search'" [value]="query()" (input)="query.set($any($event.target).value)" />
          @if (cases(); as all) {
            <ul class="chat-convert-list" aria-live="polite">
              @for (c of matches(); track c.id) {
                <li>
                  <span>{{ c.client.name ?? ('chat.queue.anonymous' | t) }}</span>
                  <button type="button" class="button button--small" [attr.aria-busy]="busy()" (click)="link(c)">
                    {{ 'chat.convert.link' | t }}<span class="visually-hidden">: {{ c.client.name }}</span>
                  </button>
                </li>
              } @empty {
                <li>{{ (all.length ? 'chat.convert.noMatch' : 'chat.convert.noCases') | t }}</li>
              }
            </ul>
          } @else {
            <p role="status">{{ 'chat.convert.loading' | t }}</p>
          }
          <p class="field-error" role="alert">{{ error() ? (error()! | t) : '' }}</p>
          <button type="button" class="button button--small button--secondary" (click)="searching.set(false)">{{ 'chat.convert.cancel' | t }}</button>
        </div>
      }
    }
  `,
})
export class ChatConvertComponent {
  private readonly api = inject(ChatApi);
  readonly room = input.required<ChatRoom>();

  protected readonly id = computed(() => `chat-convert-${this.room().id}`);
  protected readonly searching = signal(false);
  protected readonly query = signal('');
  protected readonly cases = signal<CaseSummary[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly linkedTo = signal<string | null>(null);
  /** An i18n key. */
  protected readonly error = signal<string | null>(null);

  protected readonly matches = computed(() => {
    const q = this.query().trim().toLowerCase();
    const all = this.cases() ?? [];
    return q ? all.filter((c) => (c.client.name ?? '').toLowerCase().includes(q)) : all;
  });

  protected async open(): Promise<void> {
    this.searching.set(true);
    this.error.set(null);
    if (this.cases()) return;
    try {
      this.cases.set(await firstValueFrom(this.api.openCases()));
    } catch {
      this.error.set('platform.error.server');
    }
  }

  protected async link(c: CaseSummary): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const session = await firstValueFrom(this.api.convert(this.room().id, c.id));
      this.room().update(session);
      this.linkedTo.set(c.client.name ?? '');
    } catch (err) {
      const status = toApiError(err).statusCode;
      this.error.set(status === 409 ? 'chat.convert.conflict' : 'platform.error.server');
    } finally {
      this.busy.set(false);
    }
  }
}
