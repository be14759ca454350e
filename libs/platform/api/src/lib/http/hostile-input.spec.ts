import { findHostileText, hasHostileText, isIdParamName, isUuid, nestsDeeperThan } from './hostile-input';

describe('hostile input checks', () => {
  it('finds NUL characters and lone surrogates, but not whole emoji', () => {
    expect(hasHostileText('a\u0000b')).toBe(true);
    expect(hasHostileText('\ud800')).toBe(true);
    expect(hasHostileText('x\udc00')).toBe(true);
    expect(hasHostileText('\ud83d\ude42')).toBe(false);
    expect(hasHostileText('ünïcödé 🙂')).toBe(false);
  });

  it('names the path of every hostile string and key, without echoing a bad key', () => {
    expect(findHostileText({ a: 'ok', b: ['x', 'y\u0000'], c: { d: '\ud800' }, 'e\u0000': 1 }, '')).toEqual(['(key)', 'b.1', 'c.d']);
    expect(findHostileText('a\u0000', 'organisation')).toEqual(['organisation']);
    expect(findHostileText({ fine: 'tekst' }, '')).toEqual([]);
  });

  it('measures nesting without recursion, so 100 000 levels do not overflow the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestsDeeperThan(deep, 32)).toBe(true);
    expect(nestsDeeperThan({ a: { b: { c: [1, 2, { d: 'e' }] } } }, 32)).toBe(false);
  });

  it('accepts only canonical UUIDs, and treats id and *Id parameters as ids', () => {
    expect(isUuid('6f1c1c5e-0000-4000-8000-000000000000')).toBe(true);
    expect(isUuid('-'.repeat(36))).toBe(false);
    expect(isUuid('6f1c1c5e00004000800000000000000')).toBe(false);
    expect(['id', 'caseId', 'threadId'].every(isIdParamName)).toBe(true);
    expect(['organisation', 'paid', 'after'].some(isIdParamName)).toBe(false);
  });
});
