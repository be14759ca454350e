import { Clock } from '@nabij/platform/api';

/** A clock tests move by hand, so deadlines and expiry are tested without sleeping. */
export class FixedClock extends Clock {
  private current: Date;

  constructor(start: Date | string = '2026-03-02T09:00:00Z') {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
