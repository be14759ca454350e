import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ChatHoursView } from '@nabij/chat/contracts';
import { ChatHoursPage } from './chat-hours.page';

const view: ChatHoursView = {
  slots: [{ weekday: 1, start: '15:00', end: '17:00' }],
  closures: [{ id: 'c1', date: '2026-12-31', reason: 'Jaarwisseling' }],
};

describe('ChatHoursPage (admin)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }
  const button = (text: string) => [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'chat/tijden', component: ChatHoursPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/chat/tijden');
    el = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/chat/hours').flush(view);
    await settle();
  });
  afterEach(() => http.verify());

  it('shows the weekly hours and the closures with their reason, in Dutch', () => {
    expect(el.querySelector('h1')?.textContent).toBe('Chattijden');
    const times = [...el.querySelectorAll<HTMLInputElement>('input[type=time]')].map((i) => i.value);
    expect(times).toEqual(['15:00', '17:00']);
    expect(el.textContent).toContain('Jaarwisseling');
    expect(el.textContent).toContain('31 december 2026');
  });

  it('saves an added slot with PUT and shows that it is saved', async () => {
    button('Tijd toevoegen').click();
    await settle();
    button('Tijden opslaan').click();
    const req = http.expectOne('/api/chat/hours');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      slots: [
        { weekday: 1, start: '15:00', end: '17:00' },
        { weekday: 1, start: '15:00', end: '17:00' },
      ],
    });
    req.flush(view);
    await settle();
    expect(el.querySelector('[role=status]')?.textContent).toContain('De tijden zijn opgeslagen.');
  });

  it('shows the server’s field error at the slot it names and marks the input invalid', async () => {
    button('Tijden opslaan').click();
    http
      .expectOne('/api/chat/hours')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'x', fields: { 'slots.0.end': ['end must be later than start'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    const end = el.querySelector('[data-field="slots.0.end"]') as HTMLInputElement;
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(el.textContent).toContain('end must be later than start');
  });

  it('reopens a closed day with DELETE and removes it from the list', async () => {
    button('Weer open zetten').click();
    const req = http.expectOne('/api/chat/hours/closures/c1');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.textContent).not.toContain('Jaarwisseling');
  });
});
