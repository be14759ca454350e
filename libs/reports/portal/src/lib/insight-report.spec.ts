import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ExtensionReport, OnlineTargetReport, TopicTrendReport, TrainingDropoutReport } from '@nabij/reports/contracts';
import { ExtensionReportComponent } from './extension-report.component';
import { OnlineTargetReportComponent } from './online-target-report.component';
import { TopicTrendReportComponent } from './topic-trend-report.component';
import { TrainingDropoutReportComponent } from './training-dropout-report.component';

const targets: OnlineTargetReport = {
  year: 2026,
  teamId: null,
  minGroupSize: 5,
  rows: [
    { financierId: 'f1', financier: 'Leiden', cases: 16, online: 8, actualPercent: 50, targetPercent: 30, movable: 7 },
    { financierId: 'f2', financier: 'Lisse', cases: null, online: null, actualPercent: null, targetPercent: null, movable: null },
  ],
  total: { cases: 18, online: 8, actualPercent: 44, movable: 9 },
};

const areas = { materiele_problematiek: 6, relatie: null, opvoeding: 0, psychosociaal: 0, huisvesting: 0, werk_en_inkomen: 0, overig: 0 };
const topics: TopicTrendReport = {
  from: '2026-01-01',
  to: '2026-02-28',
  teamId: null,
  financierId: null,
  minGroupSize: 5,
  areas: Object.keys(areas),
  months: [
    { start: '2026-01-01', end: '2026-01-31', cases: 8, areas },
    { start: '2026-02-01', end: '2026-02-28', cases: null, areas: { ...areas, materiele_problematiek: null, relatie: 0 } },
  ],
  financiers: [{ financierId: 'f1', financier: 'Leiden', cases: 10, areas: { ...areas, materiele_problematiek: 7 } }],
};

const trainings: TrainingDropoutReport = {
  from: '2026-01-01',
  to: '2026-06-30',
  teamId: null,
  minGroupSize: 5,
  stallDays: 14,
  stopDays: 42,
  courses: [
    {
      trainingId: 't1',
      title: 'Assertief',
      started: 23,
      finished: 5,
      active: 6,
      stalled: 5,
      stopped: 7,
      modules: [
        { position: 1, title: 'Wat wil je?', reached: 23, passed: 10, droppedHere: 7 },
        { position: 2, title: 'Nee zeggen', reached: 10, passed: 5, droppedHere: 5 },
        { position: 3, title: 'Oefenen', reached: 5, passed: 5, droppedHere: null },
      ],
      answered: 10,
      waiting: 5,
      medianResponseHours: 1.5,
    },
  ],
};

function setup<T>(component: Type<T>) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim());

describe('OnlineTargetReportComponent', () => {
  it('shows actual against target per financier, hiding a financier with fewer than five cases', async () => {
    const { http, fixture, el } = setup(OnlineTargetReportComponent);
    http
      .expectOne((r) => r.url === '/api/reports/online-targets' && r.params.get('year') === String(new Date().getFullYear()))
      .flush(targets);
    await fixture.whenStable();
    const rows = [...el.querySelectorAll('table.report-table tbody tr')];
    expect(cells(rows[0])).toEqual(['Leiden', '16', '8', '50%', '30%', '7']);
    expect(cells(rows[1])).toEqual(['Lisse', 'minder dan 5', 'minder dan 5', 'minder dan 5', 'geen doel', 'minder dan 5']);
    expect(cells(rows[2])).toEqual(['Totaal', '18', '8', '44%', '', '9']);
    expect([...el.querySelectorAll('.chart__value')].map((v) => v.textContent?.trim())).toEqual(['50% (doel 30%)']);
    // A team lead reads the targets but gets no form to set them.
    expect(el.querySelector('#target-f1')).toBeNull();
    http.verify();
  });

  it('lets an admin set a target, refusing a number above 100 without asking the API', async () => {
    const { http, fixture, el } = setup(OnlineTargetReportComponent);
    fixture.componentRef.setInput('canSetTargets', true);
    http.expectOne((r) => r.url === '/api/reports/online-targets').flush(targets);
    await fixture.whenStable();
    const input = el.querySelector('#target-f2') as HTMLInputElement;
    const form = input.closest('form')!;
    input.value = '120';
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(el.textContent).toContain('Vul een heel getal in van 0 tot en met 100.');
    http.expectNone((r) => r.method === 'PUT');
    input.value = '40';
    form.dispatchEvent(new Event('submit'));
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === `/api/reports/online-targets/f2/${new Date().getFullYear()}`);
    expect(put.request.body).toEqual({ targetPercent: 40 });
    put.flush({ financierId: 'f2', year: 2026, targetPercent: 40 });
    await Promise.resolve();
    http.expectOne((r) => r.url === '/api/reports/online-targets').flush(targets);
    await fixture.whenStable();
    expect(el.textContent).toContain('Het doel is opgeslagen.');
    http.verify();
  });
});

describe('TopicTrendReportComponent', () => {
  it('shows new cases per month and problem area, with money problems in the chart and small counts hidden', async () => {
    const { http, fixture, el } = setup(TopicTrendReportComponent);
    http.expectOne((r) => r.url === '/api/reports/topics').flush(topics);
    await fixture.whenStable();
    expect(el.querySelector('.chart__title')?.textContent).toContain('Nieuwe casussen met geld en schulden, per maand');
    const [months, financiers] = [...el.querySelectorAll('table.report-table')];
    expect(cells(months.querySelectorAll('tbody tr')[0]).slice(0, 4)).toEqual(['januari 2026', '8', '6', 'minder dan 5']);
    expect(cells(months.querySelectorAll('tbody tr')[1]).slice(0, 3)).toEqual(['februari 2026', 'minder dan 5', 'minder dan 5']);
    expect(cells(financiers.querySelectorAll('tbody tr')[0]).slice(0, 3)).toEqual(['Leiden', '10', '7']);
    http.verify();
  });
});

describe('TrainingDropoutReportComponent', () => {
  it('shows per course what became of participants, the response time, and per module where they dropped out', async () => {
    const { http, fixture, el } = setup(TrainingDropoutReportComponent);
    http.expectOne((r) => r.url === '/api/reports/trainings').flush(trainings);
    await fixture.whenStable();
    const [courses, modules] = [...el.querySelectorAll('table.report-table')];
    expect(cells(courses.querySelector('tbody tr')!)).toEqual(['Assertief', '23', '5', '6', '5', '7', '1,5 uur · 5 wacht']);
    expect([...modules.querySelectorAll('tbody tr')].map(cells)).toEqual([
      ['1. Wat wil je?', '23', '10', '7'],
      ['2. Nee zeggen', '10', '5', '5'],
      ['3. Oefenen', '5', '5', 'minder dan 5'],
    ]);
    expect(el.textContent).toContain('14 dagen niets gedaan');
    http.verify();
  });
});

describe('ExtensionReportComponent', () => {
  it('shows per team how many extra conversations were asked, approved, refused and still wait, with the total', async () => {
    const { http, fixture, el } = setup(ExtensionReportComponent);
    const year = new Date().getFullYear();
    const asked = http.expectOne((r) => r.url === '/api/reports/extensions');
    expect(asked.request.params.get('from')).toBe(`${year}-01-01`);
    asked.flush({
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      teamId: null,
      teams: [
        { teamId: 't1', teamName: 'Team Leiden', requested: 3, approved: 1, refused: 1, pending: 1, extraApproved: 2 },
        { teamId: null, teamName: null, requested: 1, approved: 1, refused: 0, pending: 0, extraApproved: 3 },
      ],
      total: { requested: 4, approved: 2, refused: 1, pending: 1, extraApproved: 5 },
    } satisfies ExtensionReport);
    await fixture.whenStable();
    const table = el.querySelector('table.report-table')!;
    expect([...table.querySelectorAll('tbody tr')].map(cells)).toEqual([
      ['Team Leiden', '3', '1', '1', '1', '2'],
      ['Zonder team', '1', '1', '0', '0', '3'],
    ]);
    expect(cells(table.querySelector('tfoot tr')!)).toEqual(['Totaal', '4', '2', '1', '1', '5']);
    expect([...el.querySelectorAll('.chart__value')].map((v) => v.textContent?.trim())).toEqual([
      '3 gevraagd, 1 goedgekeurd',
      '1 gevraagd, 1 goedgekeurd',
    ]);
    http.verify();
  });

  it('says nobody asked when the period has no requests, and offers no CSV', async () => {
    const { http, fixture, el } = setup(ExtensionReportComponent);
    http
      .expectOne((r) => r.url === '/api/reports/extensions')
      .flush({
        from: '2026-01-01',
        to: '2026-12-31',
        teamId: null,
        teams: [],
        total: { requested: 0, approved: 0, refused: 0, pending: 0, extraApproved: 0 },
      } satisfies ExtensionReport);
    await fixture.whenStable();
    expect(el.textContent).toContain('In deze periode vroeg niemand om extra gesprekken.');
    expect(el.querySelector('table')).toBeNull();
    expect([...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('CSV'))!.disabled).toBe(true);
    http.verify();
  });
});
