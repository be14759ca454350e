interface Reader<V> {
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Group read, the read-side twin of GroupCommit: callers ask for one key each; keys asked while a
 * read is running go together in the next one, so a burst (a thousand chat sockets connecting after
 * a restart) costs a handful of `WHERE id = ANY($1)` queries instead of a thousand, and nothing waits
 * for a timer. Every caller gets what the read that started after its call found (never an older
 * answer); when that read fails, every caller in it gets the error.
 */
export class GroupRead<K, V> {
  private waiting = new Map<K, Reader<V>[]>();
  private running: Promise<void> | null = null;

  /** `load` answers the keys it found; a key missing from the map resolves as `undefined`. */
  constructor(private readonly load: (keys: K[]) => Promise<Map<K, V>>) {}

  get(key: K): Promise<V | undefined> {
    return new Promise<V | undefined>((resolve, reject) => {
      const readers = this.waiting.get(key);
      if (readers) readers.push({ resolve, reject });
      else this.waiting.set(key, [{ resolve, reject }]);
      this.running ??= this.run();
    });
  }

  private async run(): Promise<void> {
    // One turn of the event loop, so the calls of one burst of socket reads share the first query.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.waiting.size > 0) {
        const group = this.waiting;
        this.waiting = new Map();
        await this.read(group);
      }
    } finally {
      this.running = null;
    }
  }

  private async read(group: Map<K, Reader<V>[]>): Promise<void> {
    try {
      const found = await this.load([...group.keys()]);
      for (const [key, readers] of group) for (const r of readers) r.resolve(found.get(key));
    } catch (error) {
      for (const readers of group.values()) for (const r of readers) r.reject(error);
    }
  }
}
