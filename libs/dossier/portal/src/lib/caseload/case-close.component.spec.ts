import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { amsterdamCalendarDate } from '@nabij/platform/portal';
import { CaseCloseComponent } from './case-close.component';

const CASE_ID = '3b7a1c2d-1111-4222-8333-444455556666';

/** YYYY-MM-DD `days` before today (Amsterdam). */
function daysAgo(days: number): string {
  const d = new Date(`${amsterdamCalendarDate(new Date())}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

describe('CaseCloseComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CaseCloseComponent>;
  let el: HTMLElement;
  let changed: number;

  async function setup(closedOn: string | null): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseCloseComponent);
    fixture.componentRef.setInput('caseId', CASE_ID);
    fixture.componentRef.setInput('closedOn', closedOn);
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    el = fixture.nativeElement as HTMLElement;
    await settle();
  }
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
  }
  const button = (text: string) => Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes(text))!;
  afterEach(() => http.verify());

  it('does not close in one click: it asks the reason and says what closing means first', async () => {
    await setup(null);
    expect(el.querySelector('select')).toBeNull();
    button('Sluit casus…').click();
    await settle();
    expect(document.activeElement).toBe(el.querySelector('#case-close-reason'));
    expect(el.querySelector('label[for=case-close-reason]')?.textContent).toContain('Reden');
    const meaning = el.querySelector('.case-close-meaning')!.textContent!;
    expect(meaning).toContain('Het dossier wordt alleen-lezen, voor jou en voor de cliënt.');
    expect(meaning).toMatch(/Jij of je teamleider kan de casus nog 30 dagen heropenen, tot en met \d{1,2} \w+ \d{4}\./);

    // Without a reason nothing is sent, and the field says why.
    button('Ja, sluit de casus').click();
    await settle();
    expect(el.querySelector('#case-close-error')?.textContent).toContain('Kies eerst waarom je de casus sluit.');
    expect(el.querySelector('#case-close-reason')?.getAttribute('aria-invalid')).toBe('true');

    const select = el.querySelector<HTMLSelectElement>('#case-close-reason')!;
    select.value = 'goal_reached';
    select.dispatchEvent(new Event('change'));
    button('Ja, sluit de casus').click();
    const close = http.expectOne({ method: 'POST', url: `/api/dossier/cases/${CASE_ID}/close` });
    expect(close.request.body).toEqual({ reason: 'goal_reached' });
    close.flush({});
    await settle();
    expect(changed).toBe(1);
  });

  it('can be cancelled without closing', async () => {
    await setup(null);
    button('Sluit casus…').click();
    await settle();
    button('Annuleren').click();
    await settle();
    expect(el.querySelector('select')).toBeNull();
    expect(changed).toBe(0);
  });

  it('offers to reopen a case closed within 30 days, with a reason', async () => {
    await setup(daysAgo(3));
    expect(el.querySelector('h2')?.textContent).toContain('Casus heropenen');
    expect(el.textContent).toMatch(/Heropenen kan tot en met \d{1,2} \w+ \d{4}\./);
    button('Heropen casus').click();
    await settle();
    expect(el.querySelector('#case-reopen-error')?.textContent).toContain('Schrijf kort waarom je de casus heropent.');
    const reason = el.querySelector<HTMLTextAreaElement>('#case-reopen-reason')!;
    reason.value = 'Cliënt meldt zich weer.';
    reason.dispatchEvent(new Event('input'));
    button('Heropen casus').click();
    const reopen = http.expectOne({ method: 'POST', url: `/api/dossier/cases/${CASE_ID}/reopen` });
    expect(reopen.request.body).toEqual({ reason: 'Cliënt meldt zich weer.' });
    reopen.flush({ id: CASE_ID, openedOn: '2026-01-05', closedOn: null });
    await settle();
    expect(changed).toBe(1);
  });

  it('says in words when the API refuses a reopen', async () => {
    await setup(daysAgo(30));
    const reason = el.querySelector<HTMLTextAreaElement>('#case-reopen-reason')!;
    reason.value = 'Toch nog een vraag.';
    reason.dispatchEvent(new Event('input'));
    button('Heropen casus').click();
    http
      .expectOne(`/api/dossier/cases/${CASE_ID}/reopen`)
      .flush({ statusCode: 409, error: 'Conflict', message: 'x', code: 'client_in_care' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(el.textContent).toContain('De cliënt heeft nu een open casus bij een collega. Die casus loopt door.');
    expect(changed).toBe(0);
  });

  it('after 30 days no longer offers to reopen, and points to a new case', async () => {
    await setup(daysAgo(31));
    expect(el.querySelector('textarea')).toBeNull();
    expect(el.textContent).toContain('Heeft de cliënt een nieuwe vraag? Open dan een nieuwe casus.');
  });
});
