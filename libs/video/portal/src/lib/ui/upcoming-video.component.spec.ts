import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@nabij/platform/portal';
import type { UpcomingVideoCall } from '@nabij/video/contracts';
import { UpcomingVideoComponent } from './upcoming-video.component';

const MINUTE = 60_000;

function call(startsInMinutes: number): UpcomingVideoCall {
  const start = Date.now() + startsInMinutes * MINUTE;
  return {
    appointmentId: `5f0c7a52-2d51-4f5e-9c59-0d5a3b0f8d1${startsInMinutes > 0 ? 1 : 2}`,
    startsAt: new Date(start).toISOString(),
    durationMinutes: 45,
    opensAt: new Date(start - 10 * MINUTE).toISOString(),
    closesAt: new Date(start + 75 * MINUTE).toISOString(),
    otherName: 'Youssef Amrani',
  };
}

describe('UpcomingVideoComponent (home pages)', () => {
  let http: HttpTestingController;
  /** Who is signed in (AuthStore's role): null for the tests that do not need it. */
  const role = signal<string | null>(null);

  async function render(calls: UpcomingVideoCall[]): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(UpcomingVideoComponent);
    fixture.detectChanges();
    http.expectOne('/api/video/upcoming').flush(calls);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    localStorage.clear();
    role.set(null);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: AuthStore, useValue: { role } }],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('shows "Deelnemen" from 10 minutes before the start, naming who the call is with', async () => {
    const el = await render([call(5)]);
    const link = el.querySelector('a')!;
    expect(link.textContent?.trim()).toBe('Deelnemen');
    expect(link.getAttribute('aria-label')).toBe('Deelnemen aan het videogesprek met Youssef Amrani');
    expect(link.getAttribute('href')).toBe(`/video/${call(5).appointmentId}`);
  });

  it('says when the room opens for a call later today, without a link', async () => {
    const el = await render([call(60)]);
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('Je kunt om');
    expect(el.textContent).toContain('naar binnen.');
  });

  it('shows nothing without video calls', async () => {
    const el = await render([]);
    expect(el.textContent?.trim()).toBe('');
  });

  it('shows a client the notice of a coming call with only its time, until they press Gezien', async () => {
    role.set('client');
    const fixture = TestBed.createComponent(UpcomingVideoComponent);
    fixture.detectChanges();
    http.expectOne('/api/video/upcoming').flush([]);
    // 13:00 UTC is 14:00 in Amsterdam.
    http.expectOne('/api/video/notices').flush([{ appointmentId: 'a1', startsAt: '2026-03-02T13:00:00.000Z' }]);
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.video-notice')?.textContent).toContain('Je hebt om 14:00 een videogesprek.');
    el.querySelector<HTMLButtonElement>('.video-notice button')!.click();
    http.expectOne({ method: 'POST', url: '/api/video/notices/a1/seen' }).flush(null);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector('.video-notice')).toBeNull();
  });

  it('asks a worker for no notices', async () => {
    role.set('worker');
    await render([]);
    http.expectNone('/api/video/notices');
  });
});
