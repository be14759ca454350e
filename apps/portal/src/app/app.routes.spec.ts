import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { NotFoundPage } from '@nabij/platform/portal';
import { appRoutes } from './app.routes';

describe('appRoutes', () => {
  it('shows the not-found page, with a way back, for an address no route knows', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter(appRoutes), provideHttpClient(), provideHttpClientTesting()] });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/bestaat-niet', NotFoundPage);
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent?.trim()).toBeTruthy();
    expect(el.querySelector('a[href="/"]')).not.toBeNull();
  });
});
