import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { WorkerReport, WorkerReportRow } from '@nabij/reports/contracts';
import { WorkerReportComponent } from './worker-report.component';
import { WorkerReportStore } from './worker-report.store';

const zero = { chat: 0, message: 0, homework_feedback: 0, face_to_face: 0, phone: 0, video: 0, letter: 0, other: 0 };
const sanne: WorkerReportRow = {
  workerId: 'w1',
  name: 'Sanne de Vries',
  teamId: 't1',
  team: 'Team Leiden',
  weekMinutes: 80,
  weekTime: '1:20',
  monthMinutes: 600,
  monthTime: '10:00',
  weekClientBoundShare: 0.75,
  monthClientBoundShare: 0.9,
  openCases: 12,
  contactsThisMonth: { ...zero, message: 4, face_to_face: 2 },
  toConfirm: 3,
};
const piet: WorkerReportRow = {
  ...sanne,
  workerId: 'w2',
  name: 'Piet',
  weekMinutes: 0,
  weekTime: '0:00',
  monthMinutes: 30,
  monthTime: '0:30',
  weekClientBoundShare: null,
  openCases: 1,
  contactsThisMonth: { ...zero, message: 1 },
  toConfirm: 0,
};
const report = (workers: WorkerReportRow[]): WorkerReport => ({
  date: '2026-03-04',
  weekStart: '2026-03-02',
  weekEnd: '2026-03-08',
  monthStart: '2026-03-01',
  monthEnd: '2026-03-31',
  teamId: 't1',
  workers,
});

function setup(teams: Array<{ id: string; name: string }> = []) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(WorkerReportComponent);
  fixture.componentRef.setInput('teams', teams);
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

describe('WorkerReportComponent', () => {
  it('shows a dense, keyboard-reachable table per worker with team totals, and marks shares below the 80% norm', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/workers' && r.params.keys().length === 0).flush(report([sanne, piet]));
    await fixture.whenStable();
    const region = el.querySelector('[role=region]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(el.querySelector('caption')?.textContent).toContain('week 2 maart 2026 t/m 8 maart 2026');
    const rows = el.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    const cells = [...rows[0].querySelectorAll('th, td')].map((c) => c.textContent?.trim());
    // name, team, week hours, week share, month hours, month share, 8 contact types, open cases, to confirm
    expect(cells).toEqual([
      'Sanne de Vries',
      'Team Leiden',
      '1:20',
      '75%',
      '10:00',
      '90%',
      '0',
      '4',
      '0',
      '2',
      '0',
      '0',
      '0',
      '0',
      '12',
      '3',
    ]);
    expect(rows[0].querySelectorAll('td')[2].classList).toContain('time-norm--below');
    expect(rows[0].querySelectorAll('td')[4].classList).not.toContain('time-norm--below');
    expect(rows[1].querySelectorAll('td')[2].textContent?.trim()).toBe('–');
    const foot = [...el.querySelectorAll('tfoot td')].map((c) => c.textContent?.trim());
    expect(foot[0]).toBe('1:20');
    expect(foot[2]).toBe('10:30');
    expect(foot.slice(-2)).toEqual(['13', '3']);
    // A team lead has one team: no team choice.
    expect(el.querySelector('#workers-team')).toBeNull();
    http.verify();
  });

  it('asks again for another day and, for an admin, another team', async () => {
    const { http, fixture, el } = setup([
      { id: 't1', name: 'Team Leiden' },
      { id: 't2', name: 'Team Rijnstreek' },
    ]);
    http.expectOne('/api/reports/workers').flush(report([sanne]));
    await fixture.whenStable();
    (el.querySelector('#workers-date') as HTMLInputElement).value = '2026-02-10';
    (el.querySelector('#workers-team') as HTMLSelectElement).value = 't2';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne((r) => r.params.get('date') === '2026-02-10' && r.params.get('teamId') === 't2').flush(report([]));
    await fixture.whenStable();
    expect(el.textContent).toContain('Geen medewerkers');
    http.verify();
  });

  it('shows an error when the API refuses', async () => {
    const { http, fixture, el } = setup();
    http.expectOne('/api/reports/workers').flush({ message: 'nope' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(el.querySelector('[role=alert]')).not.toBeNull();
    expect(TestBed.inject(WorkerReportStore).report()).toBeNull();
  });
});

describe('WorkerReportComponent CSV', () => {
  it('downloads the shown week and month for Dutch Excel, and only when there are workers', async () => {
    const { http, fixture, el } = setup();
    http.expectOne((r) => r.url === '/api/reports/workers' && !r.params.has('format')).flush(report([sanne]));
    await fixture.whenStable();
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('CSV')) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    const clicked = jest.fn();
    const realCreate = document.createElement.bind(document);
    jest.spyOn(document, 'createElement').mockImplementation((tag: string) => {
      const node = realCreate(tag);
      if (tag === 'a') node.click = clicked;
      return node;
    });
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    button.click();
    const req = http.expectOne((r) => r.url === '/api/reports/workers' && r.params.get('format') === 'csv');
    expect(req.request.params.get('dialect')).toBe('excel-nl');
    expect(req.request.params.get('date')).toBe('2026-03-04');
    req.flush(new Blob(['\uFEFFMedewerker;Team'], { type: 'text/csv' }));
    await fixture.whenStable();
    expect(clicked).toHaveBeenCalledTimes(1);
    jest.restoreAllMocks();
  });
});
