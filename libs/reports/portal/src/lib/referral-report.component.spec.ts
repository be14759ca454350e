import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ReferralReport } from '@nabij/reports/contracts';
import { CaseloadReportStore } from './caseload-report.store';
import { ReferralReportComponent } from './referral-report.component';

const counts = (proposed: number, made: number, accepted: number, closed: number) => ({
  proposed,
  made,
  accepted,
  closed,
  total: proposed + made + accepted + closed,
});

const referrals: ReferralReport = {
  from: '2026-01-01',
  to: '2026-03-31',
  teamId: null,
  workerId: null,
  financierId: null,
  byMonth: [
    { month: '2026-01', ...counts(2, 3, 1, 0) },
    { month: '2026-02', ...counts(0, 0, 0, 0) },
    { month: '2026-03', ...counts(1, 0, 0, 1) },
  ],
  byCategory: [{ category: 'money', categoryName: 'Geld en schulden', ...counts(2, 2, 1, 1) }],
  smallCategories: 2,
  total: counts(3, 3, 1, 1),
};

async function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const store = TestBed.inject(CaseloadReportStore);
  store.setPeriod({ from: '2026-01-01', to: '2026-03-31' });
  store.setFilter({ teamId: 't1' });
  const fixture = TestBed.createComponent(ReferralReportComponent);
  fixture.detectChanges();
  // Nothing is asked before the report above answers.
  expect(http.match((r) => r.url === '/api/reports/referrals')).toHaveLength(0);
  const load = store.load();
  http.expectOne((r) => r.url === '/api/reports/caseload').flush({ rows: [] });
  http.expectOne((r) => r.url === '/api/reports/caseload/hours').flush({ byFinancier: [], byWorker: [] });
  await load;
  fixture.detectChanges();
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('ReferralReportComponent', () => {
  it('asks the counts for the period and filters of the report shown, and lists every month with a total line', async () => {
    const { http, fixture, el } = await setup();
    const req = http.expectOne((r) => r.url === '/api/reports/referrals');
    expect(req.request.params.get('from')).toBe('2026-01-01');
    expect(req.request.params.get('to')).toBe('2026-03-31');
    expect(req.request.params.get('teamId')).toBe('t1');
    req.flush(referrals);
    await fixture.whenStable();
    fixture.detectChanges();

    const months = el.querySelector('table[data-table="referrals-months"]')!;
    const cells = (tr: Element) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()).join(' | ');
    expect([...months.querySelectorAll('tbody tr')].map(cells)).toEqual([
      'januari 2026 | 2 | 3 | 1 | 0 | 6',
      'februari 2026 | 0 | 0 | 0 | 0 | 0',
      'maart 2026 | 1 | 0 | 0 | 1 | 2',
    ]);
    expect(cells(months.querySelector('tfoot tr')!)).toBe('Totaal | 3 | 3 | 1 | 1 | 8');
    http.verify();
  });

  it('shows the topics of 5 or more and says how many small topics are left out', async () => {
    const { http, fixture, el } = await setup();
    http.expectOne((r) => r.url === '/api/reports/referrals').flush(referrals);
    await fixture.whenStable();
    fixture.detectChanges();
    const topics = el.querySelector('table[data-table="referrals-categories"]')!;
    expect([...topics.querySelectorAll('tbody th')].map((th) => th.textContent?.trim())).toEqual(['Geld en schulden']);
    expect(el.textContent).toContain('2 onderwerp(en) met minder dan 5 verwijzingen niet apart getoond.');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Verwijzingen per maand als CSV',
      'Verwijzingen per onderwerp als CSV',
    ]);
    http.verify();
  });

  it('says so when no referral was made in the period', async () => {
    const { http, fixture, el } = await setup();
    http
      .expectOne((r) => r.url === '/api/reports/referrals')
      .flush({ ...referrals, byMonth: [], byCategory: [], smallCategories: 0, total: counts(0, 0, 0, 0) });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.textContent).toContain('In deze periode zijn geen verwijzingen gemaakt.');
    expect(el.querySelector('table')).toBeNull();
    http.verify();
  });
});
