import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { session } from '../auth/session.fixture';
import { ShellComponent } from './shell.component';

@Component({ imports: [ShellComponent], template: '<nb-shell><h1 tabindex="-1">Pagina</h1></nb-shell>' })
class Host {}

describe('ShellComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [Host], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
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

  it('the skip link moves focus to main without leaving the page', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    (el.querySelector('.skip-link') as HTMLAnchorElement).click();
    expect(document.activeElement?.id).toBe('main');
  });
});
