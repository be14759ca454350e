import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { IntakeReport } from '@nabij/reports/contracts';
import { IntakeReportComponent } from './intake-report.component';

const zero = {
  online_registration: 0,
  anonymous_chat: 0,
  anonymous_question: 0,
  referral_gp: 0,
  referral_school: 0,
  referral_municipality: 0,
  walk_in: 0,
  phone: 0,
};
const report: IntakeReport = {
  from: '2026-01-01',
  to: '2026-12-31',
  teamId: null,
  financierId: null,
  minGroupSize: 5,
  bucket: 'month',
  total: 9,
  channels: Object.entries({ ...zero, online_registration: 6, walk_in: 3 }).map(([channel, cases]) => ({
    channel: channel as keyof typeof zero,
    cases,
  })),
  trend: [
    { start: '2026-01-01', end: '2026-01-31', cases: { ...zero, online_registration: 6, walk_in: 1 }, total: 7 },
    { start: '2026-02-01', end: '2026-02-28', cases: { ...zero, walk_in: 2 }, total: 2 },
  ],
  ages: [
    { band: 'under_18', online: null, other: 0 },
    { band: '18_26', online: 5, other: null },
    { band: '27_40', online: 0, other: 0 },
    { band: '41_65', online: 0, other: 0 },
    { band: 'over_65', online: 0, other: 0 },
    { band: 'unknown', online: 0, other: 0 },
  ],
  youngPercent: { online: 100, other: null },
};

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(IntakeReportComponent);
  fixture.componentRef.setInput('financiers', [{ id: 'f1', name: 'Leiden' }]);
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('IntakeReportComponent', () => {
  it('shows the total, the share of young clients, a chart per channel and the tables per month and age', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/intake').flush(report);
    await fixture.whenStable();
    expect([...el.querySelectorAll('.report-kpis dd')].map((d) => d.textContent?.trim())).toEqual(['9', '100%', 'minder dan 5']);
    expect([...el.querySelectorAll('.chart__label')].map((l) => l.textContent?.trim())).toEqual([
      'Online: postcodecheck en aanmelding',
      'Binnengelopen',
    ]);
    const [trend, ages] = [...el.querySelectorAll('table.report-table')];
    expect(trend.querySelector('caption')?.textContent).toContain('per maand');
    expect([...trend.querySelectorAll('tbody tr')].map((r) => r.querySelector('th')?.textContent?.trim())).toEqual([
      'januari 2026',
      'februari 2026',
    ]);
    const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim());
    expect(cells(ages.querySelectorAll('tbody tr')[1])).toEqual(['18 tot en met 26', '5', 'minder dan 5']);
    expect(el.querySelector('#intake-financier')).not.toBeNull();
    http.verify();
  });

  it('asks the API again with the chosen financier', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/intake').flush(report);
    await fixture.whenStable();
    (el.querySelector('#intake-financier') as HTMLSelectElement).value = 'f1';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne((r) => r.url === '/api/reports/intake' && r.params.get('financierId') === 'f1').flush({ ...report, total: 0 });
    await fixture.whenStable();
    expect(el.textContent).toContain('In deze periode zijn geen casussen geopend.');
    http.verify();
  });
});
