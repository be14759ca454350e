import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthStore } from '@nabij/platform/portal';
import { SignOutEverywhereComponent } from './sign-out-everywhere.component';

@Component({ template: '<h1>login</h1>' })
class Login {}

describe('SignOutEverywhereComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'login', component: Login }])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }

  it('ends every login at the API, logs out here and goes to the login page', async () => {
    const fixture = TestBed.createComponent(SignOutEverywhereComponent);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button')!;
    expect(button.textContent).toContain('Overal uitloggen');
    button.click();
    http.expectOne({ method: 'POST', url: '/api/auth/logout-all' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(TestBed.inject(AuthStore).lastEnd()).toBe('logout');
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('links to the account page (password and devices) from every home that shows this card', async () => {
    const fixture = TestBed.createComponent(SignOutEverywhereComponent);
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a[href="/account"]');
    expect(link?.textContent).toContain('Mijn account');
  });

  it('says so when it did not work, and stays logged in', async () => {
    const fixture = TestBed.createComponent(SignOutEverywhereComponent);
    await fixture.whenStable();
    (fixture.nativeElement as HTMLElement).querySelector('button')!.click();
    http
      .expectOne('/api/auth/logout-all')
      .flush({ statusCode: 500, error: 'Internal Server Error', message: 'x' }, { status: 500, statusText: 'Server Error' });
    await settle(fixture);
    expect((fixture.nativeElement as HTMLElement).querySelector('[role=alert]')?.textContent?.trim()).not.toBe('');
    expect(TestBed.inject(Router).url).not.toBe('/login');
  });
});
