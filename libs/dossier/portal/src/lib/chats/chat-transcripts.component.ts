import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { ChatMessageView, ChatSessionView } from '@nabij/chat/contracts';
import { TranslatePipe, useTexts, formatAmsterdamDayTime, formatAmsterdamTime } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { DossierApi } from '../dossier.api';
import { dossierTexts } from '../i18n';

type Transcript = ChatMessageView[] | 'loading' | 'failed';

/**
 * "Chatgesprekken": the ended chats of one case, newest first. Each opens to its transcript, which is
 * fetched only then. Message bodies are plain text and are rendered as text, never as HTML.
 */
@Component({
  selector: 'nb-chat-transcripts',
  styleUrls: ['./chat-transcripts.component.css', '../dossier.shared.css'],
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 [id]="caseId() + '-chats'">{{ 'dossier.chats' | t }}</h2>
    @for (s of ended(); track s.id) {
      <details class="chat-transcript" (toggle)="onToggle($event, s)">
        <summary>
          <strong>{{ when(s.pickedUpAt ?? s.createdAt) }}</strong>
          @if (s.durationSeconds !== null) { <span class="small"> · {{ duration(s.durationSeconds) }}</span> }
        </summary>
        @let t = transcripts()[s.id];
        @if (t === 'loading' || t === undefined) {
          <p class="small" aria-live="polite">{{ 'dossier.chats.loading' | t }}</p>
        } @else if (t === 'failed') {
          <p class="small" role="alert">{{ 'dossier.chats.failed' | t }}</p>
          <button type="button" class="button button--small button--quiet" (click)="load(s)">{{ 'dossier.chats.retry' | t }}</button>
        } @else {
          <ol class="chat-transcript__lines">
            @for (m of t; track m.seq) {
              <li class="chat-transcript__line" [class.chat-transcript__line--client]="m.sender === 'client'">
                <span class="small">{{ 'dossier.chats.sender.' + viewer() + '.' + m.sender | t }} · {{ time(m.createdAt) }}</span>
                <p class="prewrap">{{ m.body }}</p>
              </li>
            } @empty {
              <li>{{ 'dossier.chats.empty' | t }}</li>
            }
          </ol>
        }
      </details>
    } @empty {
      <p>{{ 'dossier.chats.none' | t }}</p>
    }
  `,
})
export class ChatTranscriptsComponent {
  protected readonly i18n = useTexts(dossierTexts);
  private readonly api = inject(DossierApi);
  readonly caseId = input.required<string>();
  /** Chats of this case (others and unfinished ones are left out here). */
  readonly sessions = input.required<ChatSessionView[]>();
  readonly viewer = input<'client' | 'worker'>('client');

  protected readonly ended = computed(() => this.sessions().filter((s) => s.status === 'ended' && s.caseId === this.caseId()));
  protected readonly transcripts = signal<Record<string, Transcript>>({});

  protected onToggle(event: Event, session: ChatSessionView): void {
    const open = (event.target as HTMLDetailsElement).open;
    const current = this.transcripts()[session.id];
    if (open && (current === undefined || current === 'failed')) void this.load(session);
  }

  /** Fetches the whole transcript; the API sends at most 1000 lines per call, so keep asking. */
  protected async load(session: ChatSessionView): Promise<void> {
    this.set(session.id, 'loading');
    try {
      const lines: ChatMessageView[] = [];
      for (;;) {
        const after = lines.at(-1)?.seq ?? 0;
        const page = await firstValueFrom(this.api.chatMessages(session.id, after));
        lines.push(...page);
        if (page.length === 0 || (lines.at(-1)?.seq ?? 0) >= session.lastSeq || page.length < 1000) break;
      }
      this.set(session.id, lines);
    } catch {
      this.set(session.id, 'failed');
    }
  }

  protected when(value: string): string {
    return formatAmsterdamDayTime(value, this.i18n.locale());
  }

  protected time(value: string): string {
    return formatAmsterdamTime(value, this.i18n.locale());
  }

  protected duration(seconds: number): string {
    const minutes = Math.max(1, Math.round(seconds / 60));
    return minutes === 1 ? this.i18n.t('dossier.chats.minute') : this.i18n.t('dossier.chats.minutes', { minutes });
  }

  private set(sessionId: string, value: Transcript): void {
    this.transcripts.update((all) => ({ ...all, [sessionId]: value }));
  }
}
