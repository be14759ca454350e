import { GroupRead } from './group-read';

describe('GroupRead', () => {
  function recorder(fail?: (keys: string[]) => boolean) {
    const calls: string[][] = [];
    let release: () => void = () => undefined;
    const reader = new GroupRead<string, string>(async (keys) => {
      calls.push(keys);
      await new Promise<void>((resolve) => (release = resolve));
      if (fail?.(keys)) throw new Error('read failed');
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    });
    return { reader, calls, release: () => release() };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('reads the keys asked in one turn with one load, and a repeated key once', async () => {
    const { reader, calls, release } = recorder();
    const answers = Promise.all([reader.get('a'), reader.get('b'), reader.get('a'), reader.get('missing')]);
    await tick();
    release();
    await expect(answers).resolves.toEqual(['A', 'B', 'A', undefined]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
  });

  it('keys asked while a load runs wait for the next load, never for the older answer', async () => {
    const { reader, calls, release } = recorder();
    const first = reader.get('a');
    await tick();
    expect(calls).toEqual([['a']]);
    const second = reader.get('a');
    const third = reader.get('c');
    release();
    await expect(first).resolves.toBe('A');
    await tick();
    expect(calls).toEqual([['a'], ['a', 'c']]);
    release();
    await expect(Promise.all([second, third])).resolves.toEqual(['A', 'C']);
  });

  it('gives a failed load to its own callers only; the next load runs as usual', async () => {
    const { reader, calls, release } = recorder((keys) => keys.includes('bad'));
    const failed = Promise.allSettled([reader.get('bad'), reader.get('x')]);
    await tick();
    release();
    const [bad, x] = await failed;
    expect(bad.status).toBe('rejected');
    expect(x.status).toBe('rejected');
    const later = reader.get('y');
    await tick();
    release();
    await expect(later).resolves.toBe('Y');
    expect(calls).toEqual([['bad', 'x'], ['y']]);
  });
});
