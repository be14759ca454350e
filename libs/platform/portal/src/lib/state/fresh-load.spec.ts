import { FreshLoad } from './fresh-load';

describe('FreshLoad', () => {
  function deferred<T>() {
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('gives a second asker the load that is still running', async () => {
    const shared = new FreshLoad<number>();
    const first = deferred<number>();
    const load = jest.fn(() => first.promise);
    const a = shared.run(load);
    const b = shared.run(load);
    first.resolve(3);
    await expect(Promise.all([a, b])).resolves.toEqual([3, 3]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers from a load that ended less than maxAgeMs ago, and loads again after that', async () => {
    let clock = 1_000;
    const shared = new FreshLoad<number>(2_000, () => clock);
    let n = 0;
    const load = jest.fn(async () => ++n);
    await expect(shared.run(load)).resolves.toBe(1);
    clock += 1_999;
    await expect(shared.run(load)).resolves.toBe(1);
    clock += 1;
    await expect(shared.run(load)).resolves.toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps no failure: the next ask loads again', async () => {
    const shared = new FreshLoad<number>();
    const load = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(5);
    await expect(shared.run(load)).rejects.toThrow('offline');
    await expect(shared.run(load)).resolves.toBe(5);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads again after forget(), however fresh the last load was', async () => {
    const shared = new FreshLoad<number>(60_000);
    let n = 0;
    const load = jest.fn(async () => ++n);
    await shared.run(load);
    shared.forget();
    await expect(shared.run(load)).resolves.toBe(2);
  });
});
