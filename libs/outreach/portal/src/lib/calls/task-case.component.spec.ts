import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ActivationLetter } from '@nabij/intake/contracts';
import { ActivationLetterStore } from '@nabij/intake/portal';
import type { OutreachTask, TaskCase } from '@nabij/outreach/contracts';
import { TaskCaseComponent } from './task-case.component';

const TASK: OutreachTask = {
  id: 't2',
  entryId: 'e1',
  familyName: 'Familie El Idrissi',
  kind: 'follow_up',
  dueOn: '2026-12-03',
  note: 'Waarmee kunnen we je helpen? Geld en schulden',
  doneAt: null,
  caseId: null,
  consent: true,
  referral: null,
  madeCaseId: null,
};

const LETTER: ActivationLetter = {
  clientId: 'c9',
  clientName: 'Samira el Idrissi',
  loginName: 'leiden-k7m4',
  code: 'K7M4-Q2XA-9RTD',
  expiresAt: '2026-12-15T10:00:00.000Z',
  activationUrl: 'https://nabij.test/activeren',
  loginUrl: 'https://nabij.test/login',
  organisation: 'Buurtwerk Leiden',
  worker: 'Wendy Werker',
  financier: { name: 'Leiden', socialTeamName: null, socialTeamPhone: null },
  language: 'nl',
};

describe('TaskCaseComponent ("Maak een dossier")', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TaskCaseComponent>;
  let emitted: Array<TaskCase<ActivationLetter>>;

  async function render(task: OutreachTask, clientId: string | null = null): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TaskCaseComponent);
    fixture.componentRef.setInput('task', task);
    fixture.componentRef.setInput('clientId', clientId);
    fixture.componentRef.setInput('familyName', 'Familie El Idrissi');
    emitted = [];
    fixture.componentInstance.caseMade.subscribe((made) => emitted.push(made));
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const field = <T extends HTMLElement>(el: HTMLElement, label: string): T => {
    const found = [...el.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label));
    if (!found) throw new Error(`no label ${label}`);
    return el.querySelector<T>(`#${found.htmlFor}`)!;
  };
  const set = (control: HTMLInputElement | HTMLSelectElement, value: string) => {
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  afterEach(() => http.verify());

  it('makes the account and case only when the worker asks, then shows the code to read out and the links', async () => {
    const el = await render(TASK);
    const start = el.querySelector<HTMLButtonElement>('button')!;
    expect(start.textContent?.trim()).toBe('Maak een dossier');
    http.expectNone(() => true);
    start.click();
    http.expectOne('/api/financiers').flush([
      { id: 'f1', name: 'Leiden', organisation: 'Buurtwerk Leiden' },
      { id: 'f2', name: 'Leiderdorp', organisation: 'Buurtwerk Leiden' },
    ]);
    await settle();
    expect(field<HTMLInputElement>(el, 'Naam van de cliënt').value).toBe('Familie El Idrissi');

    // Without a birth date, financier and kind of help nothing is sent, and each field says why.
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle();
    http.expectNone('/api/outreach/tasks/t2/case');
    expect(el.textContent).toContain('Vul een geboortedatum in die al geweest is.');
    expect(el.textContent).toContain('Kies de financier van deze familie.');
    expect(el.textContent).toContain('Kies de soort hulp.');
    expect(field<HTMLInputElement>(el, 'Geboortedatum').getAttribute('aria-invalid')).toBe('true');

    set(field<HTMLInputElement>(el, 'Naam van de cliënt'), ' Samira el Idrissi ');
    set(field<HTMLInputElement>(el, 'Geboortedatum'), '1988-06-14');
    set(field<HTMLSelectElement>(el, 'Financier'), 'f1');
    set(field<HTMLSelectElement>(el, 'Soort hulp'), 'algemeen_mw');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/tasks/t2/case' });
    expect(req.request.body).toEqual({ name: 'Samira el Idrissi', birthDate: '1988-06-14', financierId: 'f1', kindOfWork: 'algemeen_mw' });
    const made: TaskCase<ActivationLetter> = { caseId: 'case-9', clientId: 'c9', letter: LETTER };
    req.flush(made);
    await settle();

    expect(el.textContent).toContain('Het account en het dossier zijn gemaakt.');
    expect(el.textContent).toContain('leiden-k7m4');
    expect(el.textContent).toContain('K7M4-Q2XA-9RTD');
    const links = [...el.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Print de brief met de code', '/toelating/c9/brief'],
      ['Open het dossier', '/caseload/case-9'],
    ]);
    // The letter page finds the code in memory, as after an admission; the page hears of the case.
    expect(TestBed.inject(ActivationLetterStore).for('c9')).toEqual(LETTER);
    expect(emitted).toEqual([made]);
  });

  it('offers nothing without consent or for a family that is a client already', async () => {
    let el = await render({ ...TASK, consent: false });
    expect(el.querySelector('button')).toBeNull();
    TestBed.resetTestingModule();
    el = await render(TASK, 'client-1');
    expect(el.querySelector('button')).toBeNull();
  });

  it('shows a case made before with a link to it and a letter with a new code, no code of its own', async () => {
    const el = await render({ ...TASK, madeCaseId: 'case-9', caseId: 'case-9' }, 'c9');
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toContain('Het account en het dossier zijn gemaakt.');
    expect(el.textContent).not.toContain('Inlognaam');
    const links = [...el.querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Brief met een nieuwe code', '/toelating/c9/brief'],
      ['Open het dossier', '/caseload/case-9'],
    ]);
  });

  it('names the field the API refused, and says so when a case can no longer be made', async () => {
    const el = await render(TASK);
    el.querySelector<HTMLButtonElement>('button')!.click();
    http.expectOne('/api/financiers').flush([{ id: 'f1', name: 'Leiden', organisation: 'Buurtwerk Leiden' }]);
    await settle();
    // The only financier is chosen already.
    expect(field<HTMLSelectElement>(el, 'Financier').value).toBe('f1');
    set(field<HTMLInputElement>(el, 'Geboortedatum'), '1988-06-14');
    set(field<HTMLSelectElement>(el, 'Soort hulp'), 'school_mw');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/outreach/tasks/t2/case')
      .flush(
        { statusCode: 404, message: 'This financier is not one of your organisation.', fields: { financierId: ['unknown financier'] } },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(el.textContent).toContain('Kies de financier van deze familie.');
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/outreach/tasks/t2/case')
      .flush(
        { statusCode: 409, message: 'This family is a client already.', code: 'outreach.family_has_account' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(el.textContent).toContain('Een dossier maken kan hier niet (meer). Ververs de pagina.');
    expect(emitted).toEqual([]);
  });
});
