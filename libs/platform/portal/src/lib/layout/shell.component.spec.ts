import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { session } from '../auth/session.fixture';
import { DRAFT_PREFIX } from '../drafts/drafts';
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

  it('switches the language with a text button and updates html lang', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(buttons(el)).toEqual(['English']);
    expect(el.querySelector('.skip-link')?.textContent).toBe('Ga direct naar de inhoud');

    (el.querySelector('header button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(buttons(el)).toEqual(['Nederlands']);
    expect(el.querySelector('.skip-link')?.textContent).toBe('Skip to content');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows "Uitloggen" only while logged in', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'a@b.nl', password: 'x' }));
    TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(session());
    await login;
    await fixture.whenStable();
    expect(buttons(fixture.nativeElement)).toEqual(['English', 'Uitloggen']);
  });

  async function loggedIn() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'a@b.nl', password: 'x' }));
    TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(session());
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
