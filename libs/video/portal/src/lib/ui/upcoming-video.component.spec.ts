import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
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
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
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
});
