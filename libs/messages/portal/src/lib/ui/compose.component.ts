import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '@nabij/messages/contracts';
import {
  DraftDirective,
  Drafts,
  FormControlDirective,
  checkUpload,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  useTexts,
} from '@nabij/platform/portal';
import { formatSize } from '../format';
import { messagesTexts } from '../i18n';

/** What the parent sends: the text and up to three files. */
export interface ComposedMessage {
  body: string;
  files: File[];
}

/**
 * A plain-text message box with up to three attachments and a send button; the parent sends and
 * calls `clear()` when stored. Files are checked here first (type, 10 MB) and by the API again.
 * With `draft` the text is kept on the device as it is typed (see platform `Drafts`) until sent.
 */
@Component({
  selector: 'nb-compose',
  styleUrls: ['./compose.component.css', '../messages.shared.css'],
  imports: [TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent, DraftDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="compose" (submit)="$event.preventDefault(); submit()" novalidate>
      <nb-form-field [fieldId]="fieldId()" [label]="label()" [hint]="hint()" [error]="empty() ? ('messages.compose.empty' | t) : null">
        <textarea nbControl class="input" [rows]="rows()" maxlength="10000" [nbDraft]="draft()" [value]="text()" (input)="text.set($any($event.target).value)"></textarea>
      </nb-form-field>
      <div class="compose__files">
        <input #picker type="file" class="visually-hidden" tabindex="-1" aria-hidden="true" multiple accept="application/pdf,image/jpeg,image/png" (change)="add(picker)" />
        @if (files().length < max) {
          <button type="button" class="button button--secondary compose__attach" [disabled]="busy()" [attr.aria-describedby]="fieldId() + '-files-hint'" (click)="picker.click()">{{ 'messages.attach.add' | t }}</button>
        }
        <p class="small" [id]="fieldId() + '-files-hint'">{{ 'messages.attach.hint' | t }}</p>
        @if (files().length) {
          <ul class="attachment-list" [attr.aria-label]="'messages.attach.chosen' | t">
            @for (file of files(); track $index) {
              <li class="item-line">
                <span class="attachment-list__name">{{ file.name }}</span> <span class="small">({{ size(file.size) }})</span>
                <button type="button" class="button button--small button--quiet" [disabled]="busy()" [attr.aria-label]="'messages.attach.removeNamed' | t: { name: file.name }" (click)="remove($index)">{{ 'messages.attach.remove' | t }}</button>
              </li>
            }
          </ul>
        }
        <nb-message kind="error" [show]="!!fileError()">{{ fileError() ?? '' | t: { name: fileErrorName() } }}</nb-message>
      </div>
      <nb-message kind="error" [show]="!!error()">{{ error() }}</nb-message>
      <div class="button-row">
        <button type="submit" class="button button--large" [attr.aria-busy]="busy() || null" [disabled]="busy()">{{ 'messages.compose.send' | t }}</button>
        @if (cancellable()) {
          <button type="button" class="button button--quiet" (click)="cancelled.emit()">{{ 'messages.compose.cancel' | t }}</button>
        }
      </div>
    </form>
  `,
})
export class ComposeComponent {
  private readonly i18n = useTexts(messagesTexts);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly drafts = inject(Drafts);
  readonly fieldId = input('message-body');
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly rows = input(6);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly cancellable = input(false);
  readonly autofocus = input(true);
  /** Name of the draft on this device (e.g. `messages:new`); null keeps nothing. */
  readonly draft = input<string | null>(null);
  readonly send = output<ComposedMessage>();
  readonly cancelled = output<void>();

  protected readonly max = MAX_ATTACHMENTS_PER_MESSAGE;
  protected readonly text = signal('');
  protected readonly empty = signal(false);
  protected readonly files = signal<File[]>([]);
  protected readonly fileError = signal<string | null>(null);
  protected readonly fileErrorName = signal('');

  constructor() {
    afterNextRender(() => {
      if (this.autofocus()) this.host.nativeElement.querySelector('textarea')?.focus();
    });
    // Another conversation in the same box (the worker's inbox): its own text, never the last one's.
    let shown: string | null | undefined;
    effect(() => {
      const draft = this.draft();
      untracked(() => {
        if (shown !== undefined && shown !== draft) this.reset();
        shown = draft;
      });
    });
  }

  /** The message was stored: empty the box, forget the draft, and keep the keyboard in the box. */
  clear(): void {
    const draft = this.draft();
    if (draft) this.drafts.clear(draft);
    this.reset()?.focus();
  }

  private reset(): HTMLTextAreaElement | null {
    this.text.set('');
    this.files.set([]);
    this.fileError.set(null);
    this.empty.set(false);
    const box = this.host.nativeElement.querySelector('textarea');
    // The binding may not have rendered the typed text yet, so it would not see a change back to ''.
    if (box) box.value = '';
    return box;
  }

  /** Adds the picked files that pass the checks; says which one did not, and why. */
  protected add(picker: HTMLInputElement): void {
    const picked = [...(picker.files ?? [])];
    picker.value = '';
    this.fileError.set(null);
    for (const file of picked) {
      if (this.files().length >= this.max) {
        this.showFileError('messages.attach.tooMany', file.name);
        break;
      }
      const refusal = checkUpload(file);
      if (refusal) {
        this.showFileError(refusal === 'tooBig' ? 'messages.attach.tooBig' : 'messages.attach.wrongType', file.name);
        continue;
      }
      this.files.update((list) => [...list, file]);
    }
  }

  protected remove(index: number): void {
    this.files.update((list) => list.filter((_, i) => i !== index));
    this.fileError.set(null);
  }

  protected size(bytes: number): string {
    return formatSize(bytes, this.i18n.locale());
  }

  protected submit(): void {
    if (this.busy()) return;
    const body = this.text().trim();
    this.empty.set(!body);
    if (!body) {
      this.host.nativeElement.querySelector('textarea')?.focus();
      return;
    }
    this.send.emit({ body, files: this.files() });
  }

  private showFileError(key: string, name: string): void {
    this.fileErrorName.set(name);
    this.fileError.set(key);
  }
}
