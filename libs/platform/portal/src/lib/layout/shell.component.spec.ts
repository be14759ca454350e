import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore, SESSION_HINT_KEY } from '../auth/auth.store';
import { session } from '../auth/session.fixture';
import { DRAFT_PREFIX } from '../drafts/drafts';
import { I18n, LANG_STORAGE_KEY } from '../i18n/i18n.service';
import { ShellComponent } from './shell.component';

@Component({ imports: [ShellComponent], template: '<nb-shell><h1 tabindex="-1">Pagina</h1></nb-shell>' })
class Host {}

describe('ShellComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [
        provideRouter([
          { path: 'berichten', component: Host },
          { path: 'login', component: Host },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  function buttons(el: HTMLElement): string[] {
    return Array.from(el.querySelectorAll('header button')).map((b) => b.textContent?.trim() ?? '');
  }

  const select = (el: HTMLElement) => el.querySelector<HTMLSelectElement>('header select')!;
  const options = (el: HTMLElement) => Array.from(select(el).options).map((o) => `${o.value}:${o.lang}:${o.textContent?.trim()}`);

  async function pick(fixture: { whenStable(): Promise<unknown> }, el: HTMLElement, lang: string) {
    select(el).value = lang;
    select(el).dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it('offers a visitor all five languages, each in its own words, under a visible label', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(options(el)).toEqual(['nl:nl:Nederlands', 'en:en:English', 'ar:ar:العربية', 'tr:tr:Türkçe', 'pl:pl:Polski']);
    expect(select(el).value).toBe('nl');
    const label = el.querySelector('label[for=language-select] > span');
    expect(label?.textContent?.trim()).toBe('Taal');
    expect(select(el).id).toBe('language-select');
  });

  it('switches the language with the picker and updates html lang', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.skip-link')?.textContent).toBe('Ga direct naar de inhoud');
    await pick(fixture, el, 'en');
    expect(el.querySelector('.skip-link')?.textContent).toBe('Skip to content');
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(TestBed.inject(I18n).chosen()).toBe(true);
  });

  it('choosing Arabic sets lang="ar" and dir="rtl" on the page, and Dutch sets them back', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    await pick(fixture, el, 'ar');
    await TestBed.inject(I18n).ready();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(select(el).value).toBe('ar');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('ar');
    // The picker's own label is translated by this lib (the other Arabic texts arrive from the translators).
    expect(el.querySelector('label[for=language-select] > span')?.textContent?.trim()).toBe('اللغة');
    await pick(fixture, el, 'nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('offers a signed-in client all five languages', async () => {
    const { el } = await loggedIn('client');
    expect(options(el).map((o) => o.split(':')[0])).toEqual(['nl', 'en', 'ar', 'tr', 'pl']);
  });

  it.each(['worker', 'team_lead', 'admin'] as const)('offers a signed-in %s Dutch and English only', async (role) => {
    const { el } = await loggedIn(role);
    expect(options(el)).toEqual(['nl:nl:Nederlands', 'en:en:English']);
  });

  it('shows staff whose last language was Arabic the page in Dutch', async () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'ar');
    const { el } = await loggedIn('worker');
    expect(TestBed.inject(I18n).lang()).toBe('nl');
    expect(document.documentElement.dir).toBe('ltr');
    expect(select(el).value).toBe('nl');
  });

  it('shows "Uitloggen" only while logged in', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'a@b.nl', password: 'x' }));
    TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(session());
    await login;
    await fixture.whenStable();
    expect(buttons(fixture.nativeElement)).toEqual(['Uitloggen']);
  });

  it('keeps hidden room for "Uitloggen" while a signed-in device restores its session, then shows the button', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const reserved = el.querySelector<HTMLButtonElement>('header .site-header__reserved');
    expect(reserved?.textContent?.trim()).toBe('Uitloggen');
    expect(reserved?.getAttribute('aria-hidden')).toBe('true');
    expect(reserved?.disabled).toBe(true);
    expect(reserved?.tabIndex).toBe(-1);
    expect(el.querySelector('#logout')).toBeNull();

    TestBed.inject(HttpTestingController).expectOne('/api/auth/refresh').flush(session());
    await TestBed.inject(AuthStore).restore();
    await fixture.whenStable();
    expect(el.querySelector('header .site-header__reserved')).toBeNull();
    expect(el.querySelector('#logout')?.textContent?.trim()).toBe('Uitloggen');
  });

  it('gives up the room when the session cannot be restored, and keeps none on a device that was not signed in', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    TestBed.inject(HttpTestingController).expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });
    await TestBed.inject(AuthStore).restore();
    await fixture.whenStable();
    expect(buttons(el)).toEqual([]);

    // The hint is gone with the failed refresh: the next start reserves nothing.
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [Host], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    const next = TestBed.createComponent(Host);
    await next.whenStable();
    expect(buttons(next.nativeElement)).toEqual([]);
    TestBed.inject(HttpTestingController).expectNone('/api/auth/refresh');
  });

  async function loggedIn(role: Parameters<typeof session>[0] = 'client') {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'a@b.nl', password: 'x' }));
    TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(session(role));
    await login;
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
  }

  const button = (el: HTMLElement, text: string) =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === text)!;

  it('asks at logout whether to keep unsent text, and throws it away when asked to', async () => {
    const { fixture, el, http } = await loggedIn();
    localStorage.setItem(`${DRAFT_PREFIX}u1.messages:new`, '{"v":1}');
    localStorage.setItem(`${DRAFT_PREFIX}someone-else.chat`, '{"v":1}');
    button(el, 'Uitloggen').click();
    await fixture.whenStable();
    http.expectNone('/api/auth/logout');
    const dialog = el.querySelector('[role=alertdialog]')!;
    expect(dialog.textContent).toContain('Je hebt nog tekst die je niet hebt verstuurd');
    expect(document.activeElement?.textContent?.trim()).toBe('Bewaren en uitloggen');
    button(el, 'Weggooien en uitloggen').click();
    http.expectOne('/api/auth/logout').flush(null);
    await fixture.whenStable();
    expect(localStorage.getItem(`${DRAFT_PREFIX}u1.messages:new`)).toBeNull();
    expect(localStorage.getItem(`${DRAFT_PREFIX}someone-else.chat`)).not.toBeNull();
  });

  it('keeps the unsent text when asked to, and logs out at once without any', async () => {
    const { fixture, el, http } = await loggedIn();
    localStorage.setItem(`${DRAFT_PREFIX}u1.messages:new`, '{"v":1}');
    button(el, 'Uitloggen').click();
    await fixture.whenStable();
    button(el, 'Bewaren en uitloggen').click();
    http.expectOne('/api/auth/logout').flush(null);
    await fixture.whenStable();
    expect(localStorage.getItem(`${DRAFT_PREFIX}u1.messages:new`)).not.toBeNull();
    expect(el.querySelector('[role=alertdialog]')).toBeNull();
  });

  it('after an inactivity logout sends to the login page with the page to come back to', async () => {
    const { fixture, http } = await loggedIn();
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/berichten');
    const out = TestBed.inject(AuthStore).logout('idle');
    http.expectOne('/api/auth/logout').flush(null);
    await out;
    await fixture.whenStable();
    expect(router.url).toBe('/login?next=%2Fberichten');
  });

  it('the skip link moves focus to main without leaving the page', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    (el.querySelector('.skip-link') as HTMLAnchorElement).click();
    expect(document.activeElement?.id).toBe('main');
  });
});
