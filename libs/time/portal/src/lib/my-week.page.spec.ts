import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@nabij/platform/contracts';
import { AuthStore } from '@nabij/platform/portal';
import type { TimeEntry, WeekView } from '@nabij/time/contracts';
import { MyHoursLinkComponent } from './my-hours-link.component';
import { MyWeekPage, parseMinutes } from './my-week.page';
import { addDays } from './my-week.store';

const entry = (over: Partial<TimeEntry>): TimeEntry => ({
  id: 'e1',
  caseId: 'c1',
  contactType: 'message',
  minutes: 20,
  occurredOn: '2026-03-02',
  source: 'message',
  sourceId: 'm1',
  status: 'to_confirm',
  createdAt: '2026-03-02T09:00:00Z',
  updatedAt: '2026-03-02T09:00:00Z',
  locked: false,
  ...over,
});
const prefilled = entry({});
const locked = entry({
  id: 'e2',
  contactType: 'face_to_face',
  minutes: 60,
  source: 'manual',
  sourceId: null,
  status: 'confirmed',
  locked: true,
});
const week = (toConfirm: TimeEntry[]): WeekView => ({
  weekStart: '2026-03-02',
  weekEnd: '2026-03-08',
  days: Array.from({ length: 7 }, (_, i) => ({
    date: addDays('2026-03-02', i),
    minutes: i === 0 ? 80 : 0,
    hours: i === 0 ? '1:20' : '0:00',
  })),
  totalMinutes: 80,
  clientBoundMinutes: 60,
  clientBoundShare: 0.75,
  norm: 0.8,
  meetsNorm: false,
  toConfirm,
});

function setup(toConfirm = [prefilled], role: Role = 'worker') {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: AuthStore, useValue: { role: signal(role) } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(MyWeekPage);
  http.expectOne('/api/time/week').flush(week(toConfirm));
  if (role === 'worker') http.expectOne('/api/dossier/cases').flush([{ id: 'c1', client: { id: 'k1', name: 'Sanne de Vries' } }]);
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

const flushEntries = async (http: HttpTestingController, entries: TimeEntry[]) => {
  await Promise.resolve();
  http.expectOne('/api/time/entries?from=2026-03-02&to=2026-03-08').flush(entries);
};

describe('MyWeekPage', () => {
  it('shows hours per day, the client-bound share against the norm, and locked entries as locked', async () => {
    const { http, fixture, el } = setup();
    await flushEntries(http, [prefilled, locked]);
    await fixture.whenStable();
    // Monday: 60 minutes confirmed, the 20 prefilled ones apart until they are confirmed.
    const [confirmed, open] = [...el.querySelectorAll('.time-days tbody tr:first-child td')].map((td) => td.textContent);
    expect([confirmed, open]).toEqual(['1:00', '0:20']);
    expect([...el.querySelectorAll('.time-days tfoot td')].map((td) => td.textContent)).toEqual(['1:00', '0:20']);
    expect(el.querySelector('.time-open-note')?.textContent).toContain('Nog 0:20 uur te bevestigen');
    expect(el.querySelector('.time-norm')?.textContent).toContain('Cliëntgebonden: 75% (norm 80%)');
    expect(el.querySelector('.time-norm')?.classList).toContain('time-norm--below');
    const rows = el.querySelectorAll('.time-entries tbody tr');
    expect(rows[0].textContent).toContain('Sanne de Vries');
    expect(rows[0].textContent).toContain('Wijzig');
    expect(rows[1].textContent).toContain('Vergrendeld');
    expect(rows[1].textContent).not.toContain('Wijzig');
    http.verify();
  });

  it('shows an anonymous chat without a case as "Anoniem", to confirm like any other contact', async () => {
    const anonymousChat = entry({ id: 'e3', caseId: null, contactType: 'chat', minutes: 12, source: 'chat', sourceId: 's1' });
    const { http, fixture, el } = setup([anonymousChat]);
    await flushEntries(http, [anonymousChat]);
    await fixture.whenStable();
    const item = el.querySelector('[data-entry="e3"]')!;
    expect(item.textContent).toContain('Anoniem (nog geen cliënt)');
    expect(item.textContent).toContain('uit chat');
    expect(item.textContent).not.toContain('Niet-cliëntgebonden');
    expect((item.querySelector('input') as HTMLInputElement).value).toBe('12');
    expect(el.querySelector('.time-entries tbody tr')?.textContent).toContain('Anoniem (nog geen cliënt)');
    http.verify();
  });

  it('confirms a prefilled contact with one click, and with corrected minutes', async () => {
    const { http, fixture, el } = setup();
    await flushEntries(http, [prefilled]);
    await fixture.whenStable();
    const item = el.querySelector('[data-entry="e1"]')!;
    expect(item.textContent).toContain('uit bericht');
    (item.querySelector('button') as HTMLButtonElement).click();
    const plain = http.expectOne('/api/time/entries/e1/confirm');
    expect(plain.request.body).toEqual({});
    plain.flush({ ...prefilled, status: 'confirmed' });
    await Promise.resolve();
    http.expectOne('/api/time/week?date=2026-03-02').flush(week([prefilled]));
    await flushEntries(http, []);
    await fixture.whenStable();
    expect(el.textContent).toContain('Bevestigd.');

    const again = el.querySelector('[data-entry="e1"]')!;
    (again.querySelector('input') as HTMLInputElement).value = '35';
    (again.querySelector('button') as HTMLButtonElement).click();
    expect(http.expectOne('/api/time/entries/e1/confirm').request.body).toEqual({ minutes: 35 });
  });

  it('corrects an entry within the window with PATCH', async () => {
    const { http, fixture, el } = setup([]);
    await flushEntries(http, [entry({ status: 'confirmed' })]);
    await fixture.whenStable();
    expect(el.textContent).toContain('Niets te bevestigen');
    ([...el.querySelectorAll('.time-entries button')].find((b) => b.textContent?.includes('Wijzig')) as HTMLButtonElement).click();
    await fixture.whenStable();
    const input = el.querySelector('#edit-e1') as HTMLInputElement;
    input.value = '25';
    ([...el.querySelectorAll('.time-entries button')].find((b) => b.textContent?.includes('Opslaan')) as HTMLButtonElement).click();
    const req = http.expectOne('/api/time/entries/e1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ minutes: 25 });
  });

  it('registers non-client time without a case, and asks for a client for a client contact', async () => {
    const { http, fixture, el } = setup([]);
    await flushEntries(http, []);
    await fixture.whenStable();
    const form = el.querySelector('form.time-add') as HTMLFormElement;
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Kies een cliënt');
    http.expectNone('/api/time/entries');

    const type = el.querySelector('#add-type') as HTMLSelectElement;
    type.value = 'preparation';
    type.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(el.querySelector('#add-case')).toBeNull();
    (el.querySelector('#add-minutes') as HTMLInputElement).value = '45';
    form.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/time/entries');
    expect(req.request.body).toMatchObject({ contactType: 'preparation', minutes: 45, caseId: null });
  });

  it("says in Dutch when a case's conversation limit is reached, with a link to ask for more on the case", async () => {
    const { http, fixture, el } = setup([]);
    await flushEntries(http, []);
    await fixture.whenStable();
    (el.querySelector('#add-case') as HTMLSelectElement).value = 'c1';
    (el.querySelector('#add-minutes') as HTMLInputElement).value = '60';
    (el.querySelector('form.time-add') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/time/entries')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'This case has had all 5 conversations it may have.', code: 'conversation_limit' },
        { status: 409, statusText: 'Conflict' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    const alert = el.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Deze casus heeft alle gesprekken gehad');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('/caseload/c1#conversations');
  });

  it('tells two alike prefilled contacts of one day apart by their time of day, without any content', async () => {
    const morning = entry({ id: 'e3', createdAt: '2026-03-02T08:05:00Z' });
    const afternoon = entry({ id: 'e4', createdAt: '2026-03-02T13:40:00Z' });
    const { http, fixture, el } = setup([morning, afternoon]);
    await flushEntries(http, [morning, afternoon]);
    await fixture.whenStable();
    const lines = [...el.querySelectorAll('.time-item__what')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual([
      'Bericht Sanne de Vries · ma 2 mrt 09:05 · uit bericht',
      'Bericht Sanne de Vries · ma 2 mrt 14:40 · uit bericht',
    ]);
    http.verify();
  });

  it('asks a team lead only for their own week, never for cases, and offers only contacts without a client', async () => {
    const { http, fixture, el } = setup([], 'team_lead');
    await flushEntries(http, []);
    await fixture.whenStable();
    http.expectNone('/api/dossier/cases');
    const options = [...el.querySelectorAll<HTMLOptionElement>('#add-type option')].map((o) => o.value);
    expect(options).toEqual(['preparation', 'consultation', 'group_training']);
    expect(el.querySelector('#add-case')).toBeNull();
    http.verify();
  });

  it('accepts only whole minutes from 1 to 1440', () => {
    expect(parseMinutes('20')).toBe(20);
    expect(parseMinutes('0')).toBeNull();
    expect(parseMinutes('-5')).toBeNull();
    expect(parseMinutes('1441')).toBeNull();
    expect(parseMinutes('12.5')).toBeNull();
  });
});

describe('MyHoursLinkComponent', () => {
  it('links to /uren with the number of entries to confirm', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(MyHoursLinkComponent);
    TestBed.inject(HttpTestingController)
      .expectOne('/api/time/week')
      .flush(week([prefilled, entry({ id: 'e3' })]));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/uren');
    expect(el.textContent).toContain('2 te bevestigen');
  });
});
