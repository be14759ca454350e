import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { TeamClosedCase } from '@nabij/dossier/contracts';
import { reopenableUntil } from '@nabij/dossier/contracts';
import { amsterdamCalendarDate } from '@nabij/platform/portal';
import { TeamClosedCasesPage } from './team-closed-cases.page';

/** YYYY-MM-DD `days` before today (Amsterdam). */
function daysAgo(days: number): string {
  const d = new Date(`${amsterdamCalendarDate(new Date())}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const closed = (id: string, name: string, days: number): TeamClosedCase => ({
  id,
  client: { id: `client-${id}`, name },
  worker: { id: 'w1', name: 'Sanne de Vries' },
  closedOn: daysAgo(days),
  closeReason: 'goal_reached',
  reopenableUntil: reopenableUntil(daysAgo(days)),
});
const LIST = '/api/dossier/team/closed-cases';

describe('TeamClosedCasesPage (team lead reopens a case, issue 19.9)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TeamClosedCasesPage>;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }
  async function setup(cases: TeamClosedCase[]): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TeamClosedCasesPage);
    el = fixture.nativeElement as HTMLElement;
    http.expectOne(LIST).flush(cases);
    await settle();
  }
  const button = (text: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(text))!;
  const reason = () => el.querySelector<HTMLTextAreaElement>('#team-reopen-reason')!;
  afterEach(() => http.verify());

  it('lists who, by whom, when and why, with the last day to reopen; no dossier contents', async () => {
    await setup([closed('c1', 'Fatima El Amrani', 3)]);
    const item = el.querySelector('[data-case=c1]')!;
    expect(item.querySelector('h2')?.textContent).toContain('Fatima El Amrani');
    const facts = [...item.querySelectorAll('dt')].map((dt) => `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.trim()}`);
    expect(facts[0]).toBe('Hulpverlener: Sanne de Vries');
    expect(facts[1]).toMatch(/^Gesloten op: \d{1,2} \w+ \d{4}$/);
    expect(facts[2]).toBe('Reden: Doel bereikt');
    expect(facts[3]).toMatch(/^Heropenen kan tot en met: \d{1,2} \w+ \d{4}$/);
    expect(el.textContent).toContain('niet wat er in het dossier staat');
  });

  it('asks for a reason and says what reopening means before it reopens, then the case leaves the list', async () => {
    await setup([closed('c1', 'Fatima El Amrani', 3), closed('c2', 'Henk Jansen', 10)]);
    button('Heropenen…').click();
    await settle();
    expect(document.activeElement).toBe(reason());
    expect(el.querySelector('.case-close-meaning')?.textContent).toContain('De casus gaat weer open bij Sanne de Vries.');

    // Without a reason nothing is sent.
    button('Ja, heropen de casus').click();
    await settle();
    expect(el.querySelector('#team-reopen-error')?.textContent).toContain('Schrijf kort waarom je de casus heropent.');
    expect(reason().getAttribute('aria-invalid')).toBe('true');

    reason().value = 'De cliënt belde: de schuldhulp loopt nog.';
    reason().dispatchEvent(new Event('input'));
    button('Ja, heropen de casus').click();
    const req = http.expectOne('/api/dossier/cases/c1/reopen');
    expect(req.request.body).toEqual({ reason: 'De cliënt belde: de schuldhulp loopt nog.' });
    req.flush({ id: 'c1', openedOn: '2026-01-05', closedOn: null });
    await settle();
    // Off the list as soon as it is open again, before the list is reloaded.
    expect(el.querySelector('[data-case=c1]')).toBeNull();
    http.expectOne(LIST).flush([closed('c2', 'Henk Jansen', 10)]);
    await settle();
    expect(el.textContent).toContain('De casus van Fatima El Amrani is weer open.');
    expect(el.querySelector('[data-case=c1]')).toBeNull();
  });

  it('says in plain Dutch when the period is over or the client is in care with a colleague', async () => {
    await setup([closed('c1', 'Fatima El Amrani', 3)]);
    for (const [code, text] of [
      ['reopen_period_over', 'De termijn om te heropenen is voorbij. Open een nieuwe casus.'],
      ['client_in_care', 'De cliënt heeft nu een open casus bij een collega.'],
    ]) {
      if (!el.querySelector('#team-reopen-reason')) button('Heropenen…').click();
      await settle();
      reason().value = 'Cliënt wil verder.';
      reason().dispatchEvent(new Event('input'));
      button('Ja, heropen de casus').click();
      http
        .expectOne('/api/dossier/cases/c1/reopen')
        .flush({ statusCode: 409, code, message: 'English for programs' }, { status: 409, statusText: 'Conflict' });
      await settle();
      expect(el.querySelector('#team-reopen-error')?.textContent).toContain(text);
      expect(el.textContent).not.toContain('English for programs');
    }
  });

  it('has no button for a case whose period ended while the page was open, and says when it ended', async () => {
    await setup([closed('c1', 'Fatima El Amrani', 31)]);
    expect(el.querySelector('.team-case__ask')).toBeNull();
    expect(el.querySelector('[data-case=c1]')?.textContent).toContain('Heropenen kon tot en met');
  });

  it('says so when nothing was closed recently', async () => {
    await setup([]);
    expect(el.textContent).toContain('Er zijn geen casussen van je team die in de laatste 30 dagen zijn gesloten.');
  });
});
