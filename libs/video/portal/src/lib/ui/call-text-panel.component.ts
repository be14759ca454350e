import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { VIDEO_TEXT_MAX_LENGTH, VideoRole } from '@nabij/video/contracts';
import type { VideoTextLine } from '@nabij/video/contracts';
import { TranslatePipe, formatAmsterdamTime, useTexts } from '@nabij/platform/portal';
import type { CallText } from '../call/call-text';
import { videoTexts } from '../i18n';

/**
 * The text panel beside the call: everyone in it (the interpreter too) can type, e.g. an address
 * or a word that is hard to say. Enter sends, Shift+Enter makes a new line. Lines are plain text,
 * rendered as text. What the panel says about keeping depends on who reads it.
 */
@Component({
  selector: 'nb-call-text-panel',
  imports: [TranslatePipe, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .call-text {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .call-text__lines {
      list-style: none;
      margin: 0;
      padding: 0.5rem;
      max-height: 16rem;
      overflow-y: auto;
      border: 1px solid var(--border, #c9d1d6);
      border-radius: 0.5rem;
    }
    .call-text__lines li + li {
      margin-top: 0.5rem;
    }
    .call-text__lines p {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .call-text__line--mine {
      text-align: end;
    }
    .call-text textarea {
      width: 100%;
      min-height: 2.75rem;
    }
    .call-text button {
      min-height: 2.75rem;
    }
  `,
  template: `
    <section class="card call-text" aria-labelledby="call-text-title">
      <h3 id="call-text-title">{{ 'video.text.title' | t }}</h3>
      <p class="small">{{ (group() ? 'video.text.notKeptGroup' : you() === 'worker' ? 'video.text.notKeptWorker' : 'video.text.notKept') | t }}</p>
      <div role="log" aria-live="polite" [attr.aria-label]="'video.text.title' | t">
      <ol class="call-text__lines">
        @for (line of text().lines(); track $index) {
          <li [class.call-text__line--mine]="mine()(line)">
            <span class="small">{{ who()(line) }} · {{ time(line.at) }}</span>
            <p>{{ line.body }}</p>
          </li>
        } @empty {
          <li class="small">{{ 'video.text.empty' | t }}</li>
        }
      </ol>
      </div>
      <form (submit)="$event.preventDefault(); send()">
        <label class="field-label" for="call-text-input">{{ 'video.text.label' | t }}</label>
        <textarea
          id="call-text-input"
          class="input"
          rows="2"
          aria-describedby="call-text-hint"
          [attr.maxlength]="max"
          [formControl]="draft"
          (keydown.enter)="enter($any($event))"
        ></textarea>
        <p id="call-text-hint" class="field-hint">{{ 'video.text.hint' | t }}</p>
        <button type="submit" class="button button--secondary">{{ 'video.text.send' | t }}</button>
        <p class="field-error" role="alert">{{ failed() ? ('video.text.failed' | t) : '' }}</p>
      </form>
    </section>
  `,
})
export class CallTextPanelComponent {
  protected readonly i18n = useTexts(videoTexts);
  readonly text = input.required<CallText>();
  readonly you = input.required<VideoRole>();
  /** The name a line is signed with ("Jij" for your own). */
  readonly who = input.required<(line: VideoTextLine) => string>();
  /** Whether a line is your own (shown at the end of the line). */
  readonly mine = input.required<(line: VideoTextLine) => boolean>();
  /** A group session: everyone reads along and nothing is put in a dossier. */
  readonly group = input(false);

  protected readonly max = VIDEO_TEXT_MAX_LENGTH;
  protected readonly draft = new FormControl('', { nonNullable: true });
  protected readonly failed = signal(false);

  protected time(at: string): string {
    return formatAmsterdamTime(at, this.i18n.locale());
  }

  protected enter(event: KeyboardEvent): void {
    if (event.shiftKey) return;
    event.preventDefault();
    void this.send();
  }

  protected async send(): Promise<void> {
    if (!this.draft.value.trim()) return;
    const sent = await this.text().send(this.draft.value);
    this.failed.set(!sent);
    if (sent) this.draft.setValue('');
  }
}
