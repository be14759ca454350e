import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { UnreadStore } from './unread.store';

describe('UnreadStore', () => {
  let http: HttpTestingController;
  let store: UnreadStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(UnreadStore);
  });
  afterEach(() => http.verify());

  it('the menu and the home tile asking at once make one request', async () => {
    const [menu, tile] = [store.refresh(), store.refresh()];
    http.expectOne('/api/messages/unread-count').flush({ unread: 4 });
    await Promise.all([menu, tile]);
    expect(store.count()).toBe(4);
    // Just asked: a third ask right after needs no request of its own.
    await store.refresh();
    expect(store.count()).toBe(4);
  });

  it('asks again after a thread was read, so the badge never goes back to the old number', async () => {
    const first = store.refresh();
    http.expectOne('/api/messages/unread-count').flush({ unread: 4 });
    await first;
    store.markRead(3);
    expect(store.count()).toBe(1);
    const again = store.refresh();
    http.expectOne('/api/messages/unread-count').flush({ unread: 1 });
    await again;
    expect(store.count()).toBe(1);
  });
});
