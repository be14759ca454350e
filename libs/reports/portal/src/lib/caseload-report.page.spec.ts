import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CaseloadReport, CaseloadRow, PeriodHoursReport } from '@nabij/reports/contracts';
import { CaseloadReportPage } from './caseload-report.page';
import { CaseloadReportStore, hoursMinutes } from './caseload-report.store';

const leiden: CaseloadRow = {
  financierId: 'f-leiden',
  financier: 'Leiden',
  kindOfWork: 'algemeen_mw',
  problemArea: null,
  kindOfWorkName: 'Algemeen MW',
  closedWithOd: 93,
  registrationMinutesWithOd: 60675,
  registrationTimeWithOd: '1011:15',
  onlineDossierMinutesWithOd: 1680,
  onlineDossierTimeWithOd: '28:00',
  totalMinutesWithOd: 62355,
  totalTimeWithOd: '1039:15',
  avgMinutesPerCaseWithOd: 670,
  avgPerCaseWithOd: '11:10',
  avgThroughputDaysWithOd: 173,
  chatContacts: 7,
  messageContacts: 248,
  homeworkContacts: 2,
  closedWithoutOd: 891,
  totalMinutesWithoutOd: 552795,
  totalTimeWithoutOd: '9213:15',
  avgMinutesPerCaseWithoutOd: 620,
  avgPerCaseWithoutOd: '10:20',
  avgThroughputDaysWithoutOd: 148,
};
const subset: CaseloadRow = {
  ...leiden,
  problemArea: 'materiele_problematiek',
  kindOfWorkName: 'Algemeen MW - materiele problematiek',
  closedWithOd: 19,
  onlineDossierMinutesWithOd: null,
  onlineDossierTimeWithOd: null,
  avgThroughputDaysWithOd: null,
  chatContacts: null,
  messageContacts: null,
  homeworkContacts: null,
  totalMinutesWithOd: 20490,
  totalTimeWithOd: '341:30',
  closedWithoutOd: 217,
  totalMinutesWithoutOd: 216105,
};
const gouda: CaseloadRow = {
  ...leiden,
  financierId: 'f-gouda',
  financier: 'Gouda',
  closedWithOd: 31,
  totalMinutesWithOd: 60,
  totalMinutesWithoutOd: null,
  closedWithoutOd: null,
  chatContacts: 1,
  messageContacts: 2,
  homeworkContacts: 3,
};
const summary = {
  messages: { answeredInTime: 9, answeredLate: 1, unansweredPastDue: 0, inTimePercent: 90, overdueNow: 2 },
  appointments: { attended: 3, noShow: 1, noShowPercent: 25 },
};
const complianceTrend: CaseloadReport['complianceTrend'] = {
  bucket: 'month',
  points: [
    { start: '2013-01-01', end: '2013-01-31', answeredInTime: 9, answeredLate: 1, unansweredPastDue: 0, inTimePercent: 90 },
    { start: '2013-02-01', end: '2013-02-28', answeredInTime: 0, answeredLate: 0, unansweredPastDue: 0, inTimePercent: null },
    { start: '2013-03-01', end: '2013-03-31', answeredInTime: 1, answeredLate: 1, unansweredPastDue: 0, inTimePercent: 50 },
    { start: '2013-04-01', end: '2013-04-30', answeredInTime: 3, answeredLate: 1, unansweredPastDue: 0, inTimePercent: 75 },
  ],
};
const report = (rows: CaseloadRow[]): CaseloadReport => ({
  from: '2013-01-01',
  to: '2013-12-31',
  teamId: null,
  workerId: null,
  financierId: null,
  rows,
  summary,
  complianceTrend,
});

const totals = (open: number, closed: number, cases: number) => ({
  cases,
  openMinutes: open,
  openTime: hoursMinutes(open),
  closedMinutes: closed,
  closedTime: hoursMinutes(closed),
  totalMinutes: open + closed,
  totalTime: hoursMinutes(open + closed),
});
/** The live hours of a year in which no case closed yet: all on open cases. */
const hours = (year: number): PeriodHoursReport => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  teamId: 't1',
  workerId: null,
  financierId: null,
  byFinancier: [
    { financierId: 'f-leiden', financier: 'Leiden', kindOfWork: 'algemeen_mw', kindOfWorkName: 'Algemeen MW', ...totals(615, 0, 3) },
  ],
  byWorker: [
    { workerId: 'w1', name: 'Sanne', team: 'Team Leiden', ...totals(420, 0, 2) },
    { workerId: 'w2', name: 'Youssef', team: 'Team Leiden', ...totals(195, 0, 1) },
  ],
  total: totals(615, 0, 3),
});
const noHours = (year: number): PeriodHoursReport => ({ ...hours(year), byFinancier: [], byWorker: [], total: totals(0, 0, 0) });

/** Answers every outstanding live-hours request (it runs beside each Table B request). */
function flushHours(http: HttpTestingController, body: (year: number) => PeriodHoursReport = noHours): void {
  for (const r of http.match((req) => req.url === '/api/reports/caseload/hours'))
    r.flush(body(Number(r.request.params.get('from')!.slice(0, 4))));
}

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CaseloadReportPage);
  http.expectOne('/api/reports/caseload/filters').flush({
    fixedTeamId: 't1',
    teams: [{ id: 't1', name: 'Team Leiden' }],
    workers: [{ id: 'w1', name: 'Sanne' }],
    financiers: [{ id: 'f-leiden', name: 'Leiden' }],
  });
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

/** The referral counts below Table B load with every report (their own spec); these specs are about the rest. */
function verifyBesideReferrals(http: HttpTestingController): void {
  for (const req of http.match((r) => r.url === '/api/reports/referrals')) req.flush({ total: { total: 0 }, byMonth: [], byCategory: [] });
  http.verify();
}

describe('CaseloadReportPage', () => {
  it('keeps the picked year when the slower first load of this year answers after it', async () => {
    const { http, fixture, el } = setup();
    const year = new Date().getFullYear();
    const first = http.expectOne((r) => r.url === '/api/reports/caseload' && r.params.get('from') === `${year}-01-01`);
    fixture.detectChanges();
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('2013'))!.click();
    http.expectOne((r) => r.url === '/api/reports/caseload' && r.params.get('from') === '2013-01-01').flush(report([leiden]));
    first.flush(report([]));
    await fixture.whenStable();
    expect(el.querySelectorAll('.report-table tbody tr')).toHaveLength(1);
    expect(el.textContent).not.toContain('Geen afgesloten casussen');
    flushHours(http);
    verifyBesideReferrals(http);
  });

  it('loads this year by default, and 2013 with one click, and shows Table B rows with the subset row indented', async () => {
    const { http, fixture, el } = setup();
    const year = new Date().getFullYear();
    http
      .expectOne(
        (r) => r.url === '/api/reports/caseload' && r.params.get('from') === `${year}-01-01` && r.params.get('to') === `${year}-12-31`,
      )
      .flush(report([]));
    await fixture.whenStable();
    expect(el.textContent).toContain('Geen afgesloten casussen');
    // A team lead has a fixed team: no team filter, but worker and financier filters.
    expect(el.querySelector('#report-team')).toBeNull();
    expect(el.querySelector('#report-worker')).not.toBeNull();

    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('2013'))!;
    button.click();
    http
      .expectOne((r) => r.url === '/api/reports/caseload' && r.params.get('from') === '2013-01-01' && r.params.get('to') === '2013-12-31')
      .flush(report([leiden, subset]));
    await fixture.whenStable();
    const rows = el.querySelectorAll('.report-table tbody tr');
    expect(rows).toHaveLength(2);
    const cells = [...rows[0].querySelectorAll('th, td')].map((c) => c.textContent?.trim());
    expect(cells.slice(0, 6)).toEqual(['Leiden', 'Algemeen MW', '93', '1011:15', '28:00', '1039:15']);
    expect(rows[1].classList).toContain('is-subset');
    expect(el.querySelector('.report-kpis')?.textContent).toContain('90%');
    expect(el.querySelector('.report-kpis')?.textContent).toContain('25%');
    expect(rows[1].querySelector('th')?.getAttribute('scope')).toBe('row');
    // Charts come with their numbers as a table (the text alternative).
    expect(el.querySelectorAll('nb-bar-chart')).toHaveLength(2);
    expect(el.querySelector('nb-bar-chart .chart__bars')?.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('nb-bar-chart table')?.textContent).toContain('10252:30');
    flushHours(http);
    verifyBesideReferrals(http);
  });

  it('refuses a period that ends before it starts, without calling the API', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([]));
    await fixture.whenStable();
    (el.querySelector('#report-from') as HTMLInputElement).value = '2013-12-31';
    (el.querySelector('#report-to') as HTMLInputElement).value = '2013-01-01';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Kies een geldige periode');
    flushHours(http);
    verifyBesideReferrals(http);
  });

  it('sends the chosen filters along', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([]));
    await fixture.whenStable();
    (el.querySelector('#report-worker') as HTMLSelectElement).value = 'w1';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    http
      .expectOne((r) => r.url === '/api/reports/caseload' && r.params.get('workerId') === 'w1' && !r.params.has('financierId'))
      .flush(report([]));
    flushHours(http);
    verifyBesideReferrals(http);
  });
});

describe('CaseloadReportPage: compliance trend and tabs', () => {
  it('draws the compliance trend as an SVG line hidden from screen readers, with the numbers in a table', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([leiden]));
    await fixture.whenStable();
    const chart = el.querySelector('nb-trend-chart')!;
    expect(chart.querySelector('figcaption')?.textContent).toContain('per maand');
    expect(chart.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    // February has no data: the line breaks there (two segments) instead of dropping to 0%.
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    const rows = [...chart.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()));
    expect(rows[0]).toEqual(['januari 2013', '90%', '9 / 10']);
    expect(rows[1]).toEqual(['februari 2013', '–', '0 / 0']);
    // The axis says where the line starts and ends, in Dutch.
    expect([...chart.querySelectorAll('svg text')].slice(-2).map((t) => t.textContent?.trim())).toEqual(['jan 2013', 'apr 2013']);
    flushHours(http);
    verifyBesideReferrals(http);
  });

  it('has a "Per medewerker" tab that loads the per-worker table only when opened, and moves with arrow keys', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([]));
    await fixture.whenStable();
    const tabs = [...el.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    expect(tabs.map((t) => t.textContent?.trim())).toEqual([
      'Caseload (Tabel B)',
      'Per medewerker',
      'Evaluaties',
      'Instroom',
      'Online doelen',
      'Onderwerpen',
      'Trainingen',
      'Extra gesprekken',
    ]);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(tabs[1].getAttribute('tabindex')).toBe('-1');
    http.expectNone('/api/reports/workers');

    tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await fixture.whenStable();
    expect(tabs[1].getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement === tabs[1] || !el.isConnected).toBe(true);
    expect((el.querySelector('#report-panel-caseload') as HTMLElement).hidden).toBe(true);
    http.expectOne('/api/reports/workers').flush({
      date: '2013-03-04',
      weekStart: '2013-03-04',
      weekEnd: '2013-03-10',
      monthStart: '2013-03-01',
      monthEnd: '2013-03-31',
      teamId: 't1',
      workers: [],
    });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(el.querySelector('#report-panel-workers')?.textContent).toContain('Geen medewerkers');

    tabs[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await fixture.whenStable();
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    flushHours(http);
    verifyBesideReferrals(http);
  });
});

describe('CaseloadReportStore', () => {
  it('sums hours per financier over main rows only, and contacts by type', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const store = TestBed.inject(CaseloadReportStore);
    const http = TestBed.inject(HttpTestingController);
    void store.load();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([gouda, leiden, subset]));
    return Promise.resolve().then(() => {
      expect(store.hoursPerFinancier()).toEqual([
        { label: 'Gouda', value: 1, text: '1:00' },
        { label: 'Leiden', value: (62355 + 552795) / 60, text: '10252:30' },
      ]);
      expect(store.contactsByType().map((b) => b.value)).toEqual([8, 250, 5]);
      expect(store.totals()).toEqual({ closed: 31 + 93 + 891, minutes: 60 + 62355 + 552795, time: hoursMinutes(615210), odShare: 12 });
    });
  });

  it('writes minutes as h:mm beyond 24 hours', () => {
    expect(hoursMinutes(62355)).toBe('1039:15');
    expect(hoursMinutes(5)).toBe('0:05');
  });
});

describe('CaseloadReportPage: live hours of the period (issue 19.6)', () => {
  it('shows this year’s hours on open cases while Table B has no closed case yet', async () => {
    const { http, fixture, el } = setup();
    const year = new Date().getFullYear();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([]));
    flushHours(http, hours);
    await fixture.whenStable();
    expect(el.textContent).toContain('Geen afgesloten casussen');
    const section = el.querySelector('nb-period-hours')!;
    expect(section.querySelector('h2')?.textContent).toContain('Uren in deze periode');
    expect(section.querySelector('.report-kpis')?.textContent).toContain('10:15');
    const financiers = section.querySelector('[data-table=hours-financiers]')!;
    expect(financiers.querySelector('caption')?.textContent).toContain(`1 januari ${year} t/m 31 december ${year}`);
    const cells = [...financiers.querySelectorAll('tbody tr:first-child th, tbody tr:first-child td')].map((c) => c.textContent?.trim());
    expect(cells).toEqual(['Leiden', 'Algemeen MW', '3', '10:15', '0:00', '10:15']);
    const workers = [...section.querySelectorAll('[data-table=hours-workers] tbody th')].map((c) => c.textContent?.trim());
    expect(workers).toEqual(['Sanne', 'Youssef']);
    // Each table sits in its own labelled region that the keyboard can reach and scroll.
    for (const region of section.querySelectorAll('[role=region]')) {
      expect(region.getAttribute('tabindex')).toBe('0');
      expect(el.querySelector(`#${region.getAttribute('aria-labelledby')}`)?.tagName).toBe('CAPTION');
    }
    verifyBesideReferrals(http);
  });

  it('says so when no time was written in the period, instead of empty tables', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([]));
    flushHours(http, noHours);
    await fixture.whenStable();
    expect(el.querySelector('nb-period-hours')?.textContent).toContain('nog geen tijd op casussen geschreven');
    expect(el.querySelectorAll('nb-period-hours table')).toHaveLength(0);
    verifyBesideReferrals(http);
  });

  it.each([
    ['Uren per financier als CSV', 'financiers', 'uren-per-financier'],
    ['Uren per medewerker als CSV', 'workers', 'uren-per-medewerker'],
  ])('downloads "%s" for Dutch Excel with the shown period and filters', async (label, table, fileName) => {
    const { http, fixture, el } = setup();
    const year = new Date().getFullYear();
    http.expectOne((r) => r.url === '/api/reports/caseload').flush(report([]));
    flushHours(http, hours);
    await fixture.whenStable();
    const anchors: HTMLAnchorElement[] = [];
    const realCreate = document.createElement.bind(document);
    jest.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const node = realCreate(tag);
      if (tag === 'a') {
        node.click = jest.fn();
        anchors.push(node as HTMLAnchorElement);
      }
      return node;
    });
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!.click();
    const req = http.expectOne((r) => r.url === '/api/reports/caseload/hours' && r.params.get('format') === 'csv');
    expect(req.request.params.get('table')).toBe(table);
    expect(req.request.params.get('dialect')).toBe('excel-nl');
    expect(req.request.params.get('from')).toBe(`${year}-01-01`);
    req.flush(new Blob(['\uFEFFFinancier;Soort werk'], { type: 'text/csv' }));
    await fixture.whenStable();
    expect(anchors.map((a) => a.download)).toEqual([`${fileName}-${year}-01-01-${year}-12-31.csv`]);
    expect(anchors[0].click).toHaveBeenCalledTimes(1);
    jest.restoreAllMocks();
    verifyBesideReferrals(http);
  });
});

describe('CaseloadReportStore: trend labels', () => {
  it('names a whole month by its name, and a clipped month or a week by its days, in Dutch', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const store = TestBed.inject(CaseloadReportStore);
    const http = TestBed.inject(HttpTestingController);
    void store.load();
    const point = (start: string, end: string) => ({
      start,
      end,
      answeredInTime: 1,
      answeredLate: 0,
      unansweredPastDue: 0,
      inTimePercent: 100,
    });
    http
      .expectOne((r) => r.url === '/api/reports/caseload')
      .flush({
        ...report([]),
        complianceTrend: { bucket: 'month', points: [point('2013-01-15', '2013-01-31'), point('2013-02-01', '2013-02-28')] },
      });
    return Promise.resolve().then(() => {
      expect(store.complianceTrend().map((p) => [p.label, p.short])).toEqual([
        ['15 januari 2013 – 31 januari 2013', 'jan 2013'],
        ['februari 2013', 'feb 2013'],
      ]);
    });
  });
});
