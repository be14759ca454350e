/**
 * One load shared by everyone who asks for the same data within a moment. The menu's counts and a
 * page's own badges ask the same root store when a page opens (the client home asked the unread
 * count, the chat's status and the training twice each); with this the second asker gets the load
 * that is running, or the one that just ended, instead of a request of its own. A failed load is
 * not kept: the next ask tries again.
 */
export class FreshLoad<T> {
  private running: Promise<T> | null = null;
  private done: { at: number; value: T } | null = null;

  /** `maxAgeMs`: how long a finished load still answers a new ask. */
  constructor(
    private readonly maxAgeMs = 2_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  run(load: () => Promise<T>): Promise<T> {
    if (this.running) return this.running;
    if (this.done && this.now() - this.done.at < this.maxAgeMs) return Promise.resolve(this.done.value);
    const running = load().then(
      (value) => {
        this.done = { at: this.now(), value };
        this.running = null;
        return value;
      },
      (error: unknown) => {
        this.running = null;
        throw error;
      },
    );
    this.running = running;
    return running;
  }

  /** The data changed here (e.g. a message was read, a training chosen): the next ask loads again. */
  forget(): void {
    this.done = null;
  }
}
