import { DOCUMENT, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';

export interface IdleConfig {
  /** No activity this long → logged out. */
  timeoutMs: number;
  /** How long before that the warning shows. */
  warningMs: number;
}

export const IDLE_CONFIG = new InjectionToken<IdleConfig>('IDLE_CONFIG', {
  providedIn: 'root',
  factory: () => ({ timeoutMs: 15 * 60_000, warningMs: 60_000 }),
});

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

/**
 * Ends a session nobody uses (shared phones, library computers). Activity resets the timer until
 * the warning shows; from then only the explicit "stay logged in" does, so a screen-reader user
 * can read the warning without their keys counting as an answer. Checking elapsed wall time
 * every second also covers a phone that slept through a timeout.
 */
@Injectable({ providedIn: 'root' })
export class IdleLogout {
  private readonly document = inject(DOCUMENT);
  private readonly config = inject(IDLE_CONFIG);
  private readonly _msLeft = signal<number | null>(null);
  private lastActivity = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private onTimeout: () => void = () => undefined;
  private readonly onActivity = () => {
    if (this._msLeft() === null) this.lastActivity = Date.now();
  };

  /** Whole seconds until logout while the warning shows, else null. */
  readonly secondsLeft = computed(() => {
    const ms = this._msLeft();
    return ms === null ? null : Math.max(0, Math.ceil(ms / 1000));
  });
  readonly warning = computed(() => this._msLeft() !== null);

  start(onTimeout: () => void): void {
    this.stop();
    this.onTimeout = onTimeout;
    this.lastActivity = Date.now();
    for (const type of ACTIVITY_EVENTS) this.document.addEventListener(type, this.onActivity, { passive: true, capture: true });
    this.timer = setInterval(() => this.tick(), 1000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const type of ACTIVITY_EVENTS) this.document.removeEventListener(type, this.onActivity, { capture: true });
    this._msLeft.set(null);
  }

  stayActive(): void {
    this.lastActivity = Date.now();
    this._msLeft.set(null);
  }

  private tick(): void {
    const idle = Date.now() - this.lastActivity;
    const left = this.config.timeoutMs - idle;
    if (left <= 0) {
      this.stop();
      this.onTimeout();
    } else if (left <= this.config.warningMs) {
      this._msLeft.set(left);
    }
  }
}
