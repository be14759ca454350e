import { Injectable, signal } from '@angular/core';
import type { ActivationLetter } from '@nabij/intake/contracts';

/**
 * The letter just made, in memory only (never in storage or the address bar): the code is shown
 * once, and a reload or another tab shows no code but offers to make a new one.
 */
@Injectable({ providedIn: 'root' })
export class ActivationLetterStore {
  private readonly _letter = signal<ActivationLetter | null>(null);
  readonly letter = this._letter.asReadonly();

  keep(letter: ActivationLetter): void {
    this._letter.set(letter);
  }

  /** The letter for this client, if it was made in this page's lifetime. */
  for(clientId: string): ActivationLetter | null {
    const letter = this._letter();
    return letter?.clientId === clientId ? letter : null;
  }

  clear(): void {
    this._letter.set(null);
  }
}
