interface Waiting<T> {
  items: T[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: callers hand in rows and wait until they are written; rows that arrive while a
 * write is running go together in the next one, so under load many requests share one INSERT (and
 * one commit) instead of each waiting for its own, and nothing waits for a timer. A caller is
 * answered only after the write that holds its rows succeeded. When a shared write fails, each
 * caller's rows are written again on their own, so one bad row fails its own caller and no other.
 */
export class GroupCommit<T> {
  private waiting: Array<Waiting<T>> = [];
  private running: Promise<void> | null = null;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  /** Resolves once `items` are written; rejects with the write's error when they could not be. */
  add(items: T[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ items, resolve, reject });
      this.running ??= this.run();
    });
  }

  /** Resolves when everything handed in so far is written (or refused): for shutdown. */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    // One turn of the event loop: requests answered by the same socket read share the first write.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting;
        this.waiting = [];
        await this.commit(group);
      }
    } finally {
      this.running = null;
    }
  }

  private async commit(group: Array<Waiting<T>>): Promise<void> {
    try {
      await this.write(group.flatMap((w) => w.items));
      for (const w of group) w.resolve();
    } catch (error) {
      if (group.length === 1) return group[0].reject(error);
      await Promise.all(group.map((w) => this.write(w.items).then(w.resolve, w.reject)));
    }
  }
}
