import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AuthStore } from '@nabij/platform/portal';
import type { NoShowReport } from '@nabij/reminders/contracts';
import { signal } from '@angular/core';
import { ReminderOverviewPage } from './reminder-overview.page';

const report: NoShowReport = {
  enabledSince: '2026-02-10',
  months: [
    { month: '2026-01', attended: 3, noShow: 1, noShowPercent: 25, remindersOn: false },
    { month: '2026-02', attended: 4, noShow: 0, noShowPercent: 0, remindersOn: true },
    { month: '2026-03', attended: 0, noShow: 0, noShowPercent: null, remindersOn: true },
  ],
  before: { attended: 3, noShow: 1, noShowPercent: 25 },
  after: { attended: 4, noShow: 0, noShowPercent: 0 },
};

describe('ReminderOverviewPage', () => {
  let fixture: ComponentFixture<ReminderOverviewPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function render(role: 'admin' | 'team_lead'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AuthStore, useValue: { role: signal(role) } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReminderOverviewPage);
    el = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/reminders/no-show-report?months=12').flush(report);
    await settle();
  }

  afterEach(() => http.verify());

  it('shows the team lead the rate per month before and after, without the switch', async () => {
    await render('team_lead');
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['januari 2026', '3', '1', '25%', 'uit'],
      ['februari 2026', '4', '0', '0%', 'aan'],
      ['maart 2026', '0', '0', '–', 'aan'],
    ]);
    expect(el.textContent).toContain('Voor het aanzetten: 25% niet gekomen (1 van 4).');
    expect(el.textContent).toContain('Herinneringen staan aan sinds 10 februari 2026.');
    expect(el.querySelector('input[type="date"]')).toBeNull();
  });

  it('lets the admin switch reminders off and reloads the figures', async () => {
    await render('admin');
    const off = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Uitzetten') as HTMLButtonElement;
    off.click();
    const req = http.expectOne('/api/reminders/setting');
    expect(req.request.body).toEqual({ enabledSince: null });
    req.flush({ enabledSince: null });
    await settle();
    http.expectOne('/api/reminders/no-show-report?months=12').flush({ ...report, enabledSince: null });
    await settle();
    expect(el.textContent).toContain('Herinneringen staan uit.');
  });
});
