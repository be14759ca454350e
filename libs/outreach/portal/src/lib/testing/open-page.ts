import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

export interface OpenedPage {
  harness: RouterTestingHarness;
  el: HTMLElement;
  http: HttpTestingController;
}

/**
 * Routes to `url` (matched by `path`) with a fake backend, answers the page's first requests in
 * order (`answers`: URL → body) and renders: what each outreach page spec starts with.
 */
export async function openPage(component: Type<unknown>, path: string, url: string, answers: Array<[string, object]>): Promise<OpenedPage> {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path, component }], withComponentInputBinding())],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create(url);
  for (const [requestUrl, body] of answers) http.expectOne(requestUrl).flush(body);
  // A page that waits for several answers sees them after a macrotask.
  await new Promise((r) => setTimeout(r));
  await harness.fixture.whenStable();
  harness.detectChanges();
  return { harness, el: harness.routeNativeElement as HTMLElement, http };
}

/** Lets the page take in an answer flushed after the first render. */
export async function settle(harness: RouterTestingHarness): Promise<void> {
  await harness.fixture.whenStable();
  harness.detectChanges();
}
