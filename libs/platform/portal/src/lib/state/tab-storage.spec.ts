import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { tabStoredJson, tabStoredText } from './tab-storage';

describe('tab storage', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps a JSON value for this tab and forgets it on null', () => {
    const item = TestBed.runInInjectionContext(() => tabStoredJson<{ checkId: string }>('test.json'));
    expect(item.read()).toBeNull();
    item.write({ checkId: 'c1' });
    expect(sessionStorage.getItem('test.json')).toBe('{"checkId":"c1"}');
    expect(item.read()).toEqual({ checkId: 'c1' });
    item.write(null);
    expect(sessionStorage.getItem('test.json')).toBeNull();
    expect(item.read()).toBeNull();
  });

  it('stores text as is, so values written before stay readable', () => {
    sessionStorage.setItem('test.text', 'token-from-before');
    const item = TestBed.runInInjectionContext(() => tabStoredText('test.text'));
    expect(item.read()).toBe('token-from-before');
    item.write('new-token');
    expect(sessionStorage.getItem('test.text')).toBe('new-token');
  });

  it('reads a damaged JSON value as nothing instead of throwing', () => {
    sessionStorage.setItem('test.json', '{not json');
    const item = TestBed.runInInjectionContext(() => tabStoredJson('test.json'));
    expect(item.read()).toBeNull();
  });

  it('never throws when the browser refuses storage', () => {
    const refusing = {
      defaultView: {
        get sessionStorage(): Storage {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      },
    };
    TestBed.configureTestingModule({ providers: [{ provide: DOCUMENT, useValue: refusing }] });
    const item = TestBed.runInInjectionContext(() => tabStoredText('test.text'));
    expect(() => item.write('x')).not.toThrow();
    expect(item.read()).toBeNull();
  });
});
