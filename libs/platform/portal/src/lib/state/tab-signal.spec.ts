import { TestBed } from '@angular/core/testing';
import { tabStoredSignal } from './tab-signal';

describe('tabStoredSignal', () => {
  beforeEach(() => sessionStorage.clear());

  it('lets two readers of one key see each other’s writes at once, and keeps the value for the tab', () => {
    const [a, b] = TestBed.runInInjectionContext(() => [tabStoredSignal<{ n: number }>('k'), tabStoredSignal<{ n: number }>('k')]);
    a.set({ n: 1 });
    expect(b.value()).toEqual({ n: 1 });
    expect(JSON.parse(sessionStorage.getItem('k') ?? 'null')).toEqual({ n: 1 });
    b.set(null);
    expect(a.value()).toBeNull();
    expect(sessionStorage.getItem('k')).toBeNull();
  });

  it('starts from what this tab stored before a reload', () => {
    sessionStorage.setItem('k', JSON.stringify({ n: 7 }));
    const value = TestBed.runInInjectionContext(() => tabStoredSignal<{ n: number }>('k'));
    expect(value.value()).toEqual({ n: 7 });
  });
});
