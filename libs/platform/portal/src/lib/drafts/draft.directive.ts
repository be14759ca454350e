import { Directive, ElementRef, effect, inject, input, output, untracked } from '@angular/core';
import { Drafts } from './drafts';

/**
 * Keeps what is typed in a textarea or input as the draft `nbDraft` (see `Drafts`): saved on every
 * input, put back when the field is empty and a draft exists (an `input` event follows, so the
 * component's own state picks it up). Null: no draft. The owner calls `Drafts.clear` when sent.
 */
@Directive({
  selector: 'textarea[nbDraft], input[nbDraft]',
  host: { '(input)': 'keep()' },
})
export class DraftDirective {
  private readonly drafts = inject(Drafts);
  private readonly field = inject<ElementRef<HTMLTextAreaElement | HTMLInputElement>>(ElementRef).nativeElement;

  readonly nbDraft = input.required<string | null>();
  /** Emitted with the text when a kept draft was put back. */
  readonly restored = output<string>();

  private restoring = false;

  constructor() {
    effect(() => {
      const name = this.nbDraft();
      if (name) untracked(() => void this.restore(name));
    });
  }

  protected keep(): void {
    const name = this.nbDraft();
    if (name && !this.restoring) void this.drafts.save(name, this.field.value);
  }

  private async restore(name: string): Promise<void> {
    if (!this.drafts.has(name)) return;
    const text = await this.drafts.read(name);
    // Typed meanwhile, or another draft by now: what is in the field wins.
    if (text === null || this.field.value !== '' || this.nbDraft() !== name) return;
    this.restoring = true;
    this.field.value = text;
    this.field.dispatchEvent(new Event('input', { bubbles: true }));
    this.restoring = false;
    this.restored.emit(text);
  }
}
