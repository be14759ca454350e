import { signal } from '@angular/core';
import type { VideoAck, VideoTextLine } from '@nabij/video/contracts';

export type CallTextSave = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * The text panel of one call on this page: the lines everyone in the call typed, in order, held in
 * the page only (the server passes them on and keeps nothing). The worker can save them to the
 * dossier when the call is over.
 */
export class CallText {
  private readonly _lines = signal<VideoTextLine[]>([]);
  private readonly _save = signal<CallTextSave>('idle');
  readonly lines = this._lines.asReadonly();
  readonly save = this._save.asReadonly();

  constructor(private readonly sendLine: (body: string) => Promise<VideoAck<VideoTextLine> | null>) {}

  /** Sends a line; false when it did not go (not in the call, too long, no connection). */
  async send(body: string): Promise<boolean> {
    const text = body.trim();
    if (!text) return false;
    const ack = await this.sendLine(text);
    if (!ack?.ok) return false;
    this.received(ack.data);
    return true;
  }

  received(line: VideoTextLine): void {
    this._lines.update((lines) => [...lines, line]);
  }

  /** Saves the lines through `store` (the worker's "Bewaar in dossier"), once. */
  async saveWith(store: (lines: VideoTextLine[]) => Promise<unknown>): Promise<void> {
    if (this._save() === 'saving' || this._save() === 'saved' || this._lines().length === 0) return;
    this._save.set('saving');
    try {
      await store(this._lines());
      this._save.set('saved');
    } catch {
      this._save.set('failed');
    }
  }
}
