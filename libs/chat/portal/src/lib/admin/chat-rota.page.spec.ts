import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ChatRotaView } from '@nabij/chat/contracts';
import { ChatRotaPage } from './chat-rota.page';

const emptyDays = ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'].map((date) => ({ date, slots: [] }));
const rota = (overrides: Partial<ChatRotaView> = {}): ChatRotaView => ({
  weekStart: '2026-03-02',
  days: [
    {
      date: '2026-03-02',
      slots: [
        {
          start: '15:00',
          end: '17:00',
          duty: [{ id: 'd1', workerId: 'w1', name: 'Anna', weekly: true, start: '15:00', end: '17:00', editable: true }],
        },
      ],
    },
    {
      date: '2026-03-03',
      slots: [
        {
          start: '15:00',
          end: '17:00',
          duty: [{ id: 'd2', workerId: 'w2', name: 'Bram', weekly: false, start: '15:00', end: '17:00', editable: false }],
        },
      ],
    },
    ...emptyDays,
  ],
  workers: [{ id: 'w1', name: 'Anna' }],
  openSlots: [{ date: '2026-03-09', start: '15:00', end: '17:00' }],
  ...overrides,
});

describe('ChatRotaPage (admin, team lead)', () => {
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
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'chat/rooster', component: ChatRotaPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/chat/rooster');
    el = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/chat/rota').flush(rota());
    await settle();
  });
  afterEach(() => http.verify());

  it('warns about openings nobody staffs', () => {
    const warnings = el.querySelector('.warnings') as HTMLElement;
    expect(warnings.textContent).toContain('Nog niemand ingeroosterd');
    expect(warnings.textContent).toContain('maandag 9 maart van 15:00 tot 17:00');
  });

  it('offers a remove button only for lines the caller may edit, with a name in its label', () => {
    const removes = [...el.querySelectorAll('button[aria-label]')].map((b) => b.getAttribute('aria-label'));
    expect(removes).toEqual(['Anna weghalen van maandag 2 maart 15:00']);
    expect(el.textContent).toContain('Bram');
  });

  it('puts the chosen worker on the chosen opening with POST', async () => {
    const [worker, slot] = [...el.querySelectorAll('select')] as HTMLSelectElement[];
    worker.value = 'w1';
    worker.dispatchEvent(new Event('change'));
    slot.value = '2026-03-03|15:00|17:00';
    slot.dispatchEvent(new Event('change'));
    await settle();
    button('Inroosteren').click();
    const req = http.expectOne('/api/chat/rota');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ workerId: 'w1', date: '2026-03-03', start: '15:00', end: '17:00' });
    req.flush(rota({ openSlots: [] }));
    await settle();
    expect(el.textContent).toContain('De komende 14 dagen is elke chattijd bezet.');
  });

  it('goes to the next week', async () => {
    button('Volgende week').click();
    http.expectOne('/api/chat/rota?week=2026-03-09').flush(rota({ weekStart: '2026-03-09' }));
    await settle();
    expect(el.textContent).toContain('Week van 9 maart 2026');
  });

  it('says so when a team lead may not change a line (403)', async () => {
    (el.querySelector('button[aria-label]') as HTMLButtonElement).click();
    http
      .expectOne('/api/chat/rota/d1')
      .flush({ statusCode: 403, error: 'Forbidden', message: 'x' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Dit mag jij niet veranderen.');
  });
});
