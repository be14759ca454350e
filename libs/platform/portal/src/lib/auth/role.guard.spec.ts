import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from './auth.store';
import { session } from './session.fixture';
import { ForbiddenPage } from '../layout/forbidden.page';
import { roleGuard } from './role.guard';

@Component({ template: '<h1>page</h1>' })
class Page {}

describe('roleGuard', () => {
  async function setUp(role?: 'client' | 'admin') {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'admin', canActivate: [roleGuard('admin')], component: Page },
          { path: 'home', component: Page },
          { path: 'login', component: Page },
          { path: 'geen-toegang', component: ForbiddenPage },
        ]),
      ],
    });
    if (role) {
      const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'x@y.nl', password: 'x' }));
      TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(session(role));
      await login;
    }
    return RouterTestingHarness.create();
  }

  it('sends a visitor who is not logged in to the login page, remembering the page', async () => {
    const harness = await setUp();
    await harness.navigateByUrl('/admin');
    expect(TestBed.inject(Router).url).toBe('/login?next=%2Fadmin');
  });

  it('shows a logged-in user with another role "no access" at the address they asked for, with a way home', async () => {
    const harness = await setUp('client');
    await harness.navigateByUrl('/admin', ForbiddenPage);
    expect(TestBed.inject(Location).path()).toBe('/admin');
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Je hebt geen toegang tot deze pagina');
    expect(el.querySelector('a[href="/home"]')?.textContent?.trim()).toBe('Naar je overzicht');
  });

  it('lets the right role in', async () => {
    const harness = await setUp('admin');
    await harness.navigateByUrl('/admin');
    expect(TestBed.inject(Router).url).toBe('/admin');
  });
});
