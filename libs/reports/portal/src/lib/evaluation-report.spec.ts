import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { EvaluationReport } from '@nabij/reports/contracts';
import { EvaluationReportComponent } from './evaluation-report.component';
import { score } from './evaluation-report.store';

const hidden = { suppressed: true, answers: null, helpfulAverage: null, understoodAverage: null, againPercent: null };
const report: EvaluationReport = {
  from: '2026-01-01',
  to: '2026-12-31',
  teamId: 't1',
  minGroupSize: 5,
  bucket: 'month',
  groups: [
    {
      teamId: 't1',
      team: 'Team Leiden',
      channel: 'chat',
      suppressed: false,
      answers: 7,
      helpfulAverage: 4.2,
      understoodAverage: 4,
      againPercent: 86,
      skipped: 0,
    },
    { teamId: 't1', team: 'Team Leiden', channel: 'message', ...hidden, skipped: null },
  ],
  trend: [
    {
      start: '2026-01-01',
      end: '2026-01-31',
      channel: 'chat',
      suppressed: false,
      answers: 5,
      helpfulAverage: 4,
      understoodAverage: 3.8,
      againPercent: 80,
    },
    { start: '2026-01-01', end: '2026-01-31', channel: 'message', ...hidden },
    { start: '2026-02-01', end: '2026-02-28', channel: 'chat', ...hidden },
    { start: '2026-02-01', end: '2026-02-28', channel: 'message', ...hidden },
  ],
  remarks: [{ teamId: 't1', team: 'Team Leiden', channel: 'chat', remarks: ['[…] legde het goed uit.', 'Fijn dat het kon.'] }],
};

function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(EvaluationReportComponent);
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('EvaluationReportComponent', () => {
  it('loads this year and shows each team × channel, a small group as "fewer than five", the charts and the remarks', async () => {
    const { http, fixture, el } = setup();
    const year = new Date().getFullYear();
    http
      .expectOne(
        (r) => r.url === '/api/reports/evaluations' && r.params.get('from') === `${year}-01-01` && r.params.get('to') === `${year}-12-31`,
      )
      .flush(report);
    await fixture.whenStable();
    const rows = [...el.querySelectorAll('tbody tr[data-group]')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Team Leiden', 'Chat', '7', '4,2', '4,0', '86%', '–'],
      ['Team Leiden', 'Berichten', 'Minder dan 5 antwoorden'],
    ]);
    expect(el.querySelector('[role=region][tabindex="0"]')).not.toBeNull();
    const charts = [...el.querySelectorAll('figcaption')].map((c) => c.textContent?.trim());
    expect(charts).toEqual([
      'Heeft geholpen, gemiddeld per team en kanaal (1–5)',
      'Zou Chat weer gebruiken, per maand',
      'Zou Berichten weer gebruiken, per maand',
    ]);
    // The trend's table names the months and says where there were too few answers.
    const trendRows = [...el.querySelectorAll('figure')[1].querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim()),
    );
    expect(trendRows).toEqual([
      ['januari 2026', '80%', 'geholpen 4,0 · begrepen 3,8 · 5 antwoorden'],
      ['februari 2026', '–', 'Minder dan 5 antwoorden'],
    ]);
    expect([...el.querySelectorAll('.evaluation-remarks li')].map((li) => li.textContent?.trim())).toEqual([
      '[…] legde het goed uit.',
      'Fijn dat het kon.',
    ]);
    http.verify();
  });

  it('refuses a period that ends before it starts, without asking the API', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/evaluations').flush(report);
    await fixture.whenStable();
    (el.querySelector('#eval-from') as HTMLInputElement).value = '2026-06-01';
    (el.querySelector('#eval-to') as HTMLInputElement).value = '2026-05-01';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(el.textContent).toContain('periode');
    http.expectNone('/api/reports/evaluations');
    http.verify();
  });

  it('writes scores with one decimal in the page language', () => {
    expect(score(4, 'nl-NL')).toBe('4,0');
    expect(score(3.8, 'en-GB')).toBe('3.8');
    expect(score(null, 'nl-NL')).toBe('–');
  });
});
