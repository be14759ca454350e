import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { webcrypto } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { session } from '../auth/session.fixture';
import { DRAFT_PREFIX, Drafts } from './drafts';

/** Two people sharing one device, each with the key only the API gives to them. */
const KEYS: Record<string, string> = {
  anna: Buffer.alloc(32, 1).toString('base64url'),
  bram: Buffer.alloc(32, 2).toString('base64url'),
};

// jsdom has no WebCrypto; Node's is the same standard API the browsers have.
beforeAll(() => Object.defineProperty(window.crypto, 'subtle', { value: webcrypto.subtle, configurable: true }));

describe('Drafts', () => {
  let http: HttpTestingController;
  let drafts: Drafts;
  let auth: AuthStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    drafts = TestBed.inject(Drafts);
    auth = TestBed.inject(AuthStore);
  });

  async function logIn(person: 'anna' | 'bram'): Promise<void> {
    const login = firstValueFrom(auth.login({ email: `${person}@example.nl`, password: 'x' }));
    const answer = session('client', `token-${person}`);
    http.expectOne('/api/auth/login').flush({ ...answer, user: { ...answer.user, id: person } });
    await login;
    TestBed.tick();
  }

  /** Runs `action`, answering the key request for `person` if it comes. */
  async function withKey<T>(person: string, action: () => Promise<T>): Promise<T> {
    const pending = action();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    for (const req of http.match('/api/auth/draft-key')) req.flush({ key: KEYS[person] });
    return pending;
  }

  async function logOut(): Promise<void> {
    const out = auth.logout('idle');
    http.expectOne('/api/auth/logout').flush(null);
    await out;
    TestBed.tick();
  }

  it('keeps a draft encrypted on the device and gives it back to the same account', async () => {
    await logIn('anna');
    await withKey('anna', () => drafts.save('messages:new', 'Mijn huur is te hoog en ik weet niet wat ik moet doen.'));
    const raw = localStorage.getItem(`${DRAFT_PREFIX}anna.messages:new`)!;
    expect(raw).toBeTruthy();
    expect(raw).not.toContain('huur');
    expect(drafts.has('messages:new')).toBe(true);
    await expect(drafts.read('messages:new')).resolves.toBe('Mijn huur is te hoog en ik weet niet wat ik moet doen.');
  });

  it('gives the draft back after an inactivity logout and a new login, with a newly fetched key', async () => {
    await logIn('anna');
    await withKey('anna', () => drafts.save('messages:new', 'Ik wil graag gebeld worden.'));
    await logOut();
    expect(drafts.has('messages:new')).toBe(false);
    await logIn('anna');
    await expect(withKey('anna', () => drafts.read('messages:new'))).resolves.toBe('Ik wil graag gebeld worden.');
  });

  it('never shows one account the draft of another on the same device, even when the stored text is copied', async () => {
    await logIn('anna');
    await withKey('anna', () => drafts.save('messages:new', 'Geheim van Anna'));
    await logOut();
    await logIn('bram');
    expect(drafts.has('messages:new')).toBe(false);
    expect(drafts.hasAny()).toBe(false);
    // Bram copies Anna's stored blob under his own name: his key (and the name in the additional data) cannot open it.
    localStorage.setItem(`${DRAFT_PREFIX}bram.messages:new`, localStorage.getItem(`${DRAFT_PREFIX}anna.messages:new`)!);
    await expect(withKey('bram', () => drafts.read('messages:new'))).resolves.toBeNull();
    expect(localStorage.getItem(`${DRAFT_PREFIX}anna.messages:new`)).not.toBeNull();
  });

  it('forgets a draft once it is sent, even when a save was still being encrypted', async () => {
    await logIn('anna');
    await withKey('anna', () => drafts.save('chat', 'eerste'));
    const late = drafts.save('chat', 'eerste woorden');
    drafts.clear('chat');
    await late;
    expect(drafts.has('chat')).toBe(false);
  });

  it('"Weggooien" removes every draft of this account and none of another', async () => {
    await logIn('bram');
    await withKey('bram', () => drafts.save('chat', 'van Bram'));
    await logOut();
    await logIn('anna');
    await withKey('anna', () => drafts.save('chat', 'van Anna'));
    await drafts.save('homework:m1:situation', 'Op mijn werk');
    expect(drafts.hasAny()).toBe(true);
    drafts.clearAll();
    expect(drafts.hasAny()).toBe(false);
    expect(localStorage.getItem(`${DRAFT_PREFIX}bram.chat`)).not.toBeNull();
  });

  it('keeps nothing for a visitor who is not logged in', async () => {
    await drafts.save('chat', 'anoniem');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(DRAFT_PREFIX))).toEqual([]);
    http.expectNone('/api/auth/draft-key');
  });
});
