import type { EntityManager } from 'typeorm';
import { readsTogether } from './reads-together';

/** A read that records when it starts and ends, resolving on the next turn of the event loop. */
function recorder() {
  const events: string[] = [];
  const read = (name: string, value: unknown) => async () => {
    events.push(`start ${name}`);
    await new Promise((resolve) => setImmediate(resolve));
    events.push(`end ${name}`);
    return value;
  };
  return { events, read };
}

describe('readsTogether', () => {
  it('starts every read at once without a manager or with the data source manager (a connection each)', async () => {
    for (const manager of [undefined, {} as EntityManager]) {
      const { events, read } = recorder();
      expect(await readsTogether(manager, [read('a', 1), read('b', 'two'), read('c', null)] as const)).toEqual([1, 'two', null]);
      expect(events).toEqual(['start a', 'start b', 'start c', 'end a', 'end b', 'end c']);
    }
  });

  it("runs the reads one after the other on a transaction's manager (one connection), answers in the same order", async () => {
    const { events, read } = recorder();
    const transaction = { queryRunner: {} } as EntityManager;
    expect(await readsTogether(transaction, [read('a', 1), read('b', 'two'), read('c', null)] as const)).toEqual([1, 'two', null]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('stops at the first read that fails inside a transaction, and fails with it', async () => {
    const { events, read } = recorder();
    const failing = async () => {
      events.push('start bad');
      throw new Error('read failed');
    };
    await expect(readsTogether({ queryRunner: {} } as EntityManager, [read('a', 1), failing, read('c', 3)] as const)).rejects.toThrow(
      'read failed',
    );
    expect(events).toEqual(['start a', 'end a', 'start bad']);
  });
});
