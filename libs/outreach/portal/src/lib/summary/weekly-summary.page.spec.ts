import type { HttpTestingController } from '@angular/common/http/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import type { WeeklySummary } from '@nabij/outreach/contracts';
import { WeeklySummaryPage } from './weekly-summary.page';
import { openPage } from '../testing/open-page';

const SUMMARY: WeeklySummary = {
  weekStart: '2026-11-30',
  weekEnd: '2026-12-06',
  minFamilies: 5,
  total: {
    name: null,
    suppressed: false,
    figures: {
      families: 10,
      calls: 12,
      reached: 9,
      callBacksOpen: 2,
      scores: [{ key: 'cijfer_ouders', text: 'Welk cijfer geef je aan hoe het nu met jou gaat?', average: 6.2 }],
      needs: [{ value: 'geld', label: 'Geld en schulden', families: 6 }],
    },
  },
  teams: [{ name: 'Team Leiden Noord', suppressed: true, figures: null }],
  municipalities: [{ name: 'Leiden', suppressed: true, figures: null }],
  schools: [{ name: 'Het Kompas', suppressed: true, figures: null }],
};

describe('WeeklySummaryPage', () => {
  let http: HttpTestingController;

  async function open(): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    const page = await openPage(WeeklySummaryPage, 'bellijsten/overzicht', '/bellijsten/overzicht', [['/api/outreach/summary', SUMMARY]]);
    http = page.http;
    return page;
  }

  it('shows the figures of a group and only a notice for a suppressed one', async () => {
    const { el } = await open();
    const [all, team, municipality, school] = [...el.querySelectorAll('section.family')];
    expect(all.querySelector('h2')?.textContent).toBe('Alle gezinnen');
    expect(all.textContent).toContain('Gezinnen gebeld10');
    expect(all.textContent).toContain('gemiddeld 6,2');
    expect(all.textContent).toContain('Geld en schulden: 6 gezinnen');
    expect(team.querySelector('h2')?.textContent).toBe('Team: Team Leiden Noord');
    expect(municipality.querySelector('h2')?.textContent).toBe('Gemeente: Leiden');
    expect(school.querySelector('h2')?.textContent).toBe('School: Het Kompas');
    expect(school.textContent).toContain('Minder dan 5 gezinnen gebeld.');
    expect(school.querySelector('dl')).toBeNull();
  });

  it('goes to the previous week', async () => {
    const { el } = await open();
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Vorige week')!.click();
    http.expectOne('/api/outreach/summary?week=2026-11-23').flush({ ...SUMMARY, weekStart: '2026-11-23', weekEnd: '2026-11-29' });
  });

  it('opens the week the digest mail links to', async () => {
    const page = await openPage(WeeklySummaryPage, 'bellijsten/overzicht', '/bellijsten/overzicht?week=2026-11-30', [
      ['/api/outreach/summary?week=2026-11-30', SUMMARY],
    ]);
    expect(page.el.querySelector('.week')?.textContent).toContain('30 november 2026');
  });

  it('downloads the shown week as a CSV file', async () => {
    const { el, harness } = await open();
    const saved: string[] = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Excel'))!.click();
    http.expectOne('/api/outreach/summary?week=2026-11-30&format=csv').flush(new Blob(['\uFEFFWeek van']));
    await harness.fixture.whenStable();
    expect(saved).toEqual(['weekoverzicht-bellijsten-2026-11-30.csv']);
    click.mockRestore();
  });
});
