import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CatalogueTraining } from '@nabij/trainings/contracts';
import { CaseloadEntry } from '../trainings.api';
import { checkGoals, TrainerEnrolClientPage } from './enrol-client.page';

const TRAINING: CatalogueTraining = {
  id: 't1',
  title: 'Assertiviteit: voor jezelf opkomen',
  summary: 'Voor jezelf opkomen.',
  kind: 'guided',
  moduleCount: 8,
  goalExamples: ['Grenzen aangeven', 'Nee zeggen'],
  myEnrolmentId: null,
};
const CASES: CaseloadEntry[] = [
  { id: 'c1', client: { id: 'k1', name: 'Sanne de Vries' }, closedOn: null },
  { id: 'c2', client: { id: 'k1', name: 'Sanne de Vries' }, closedOn: null },
  { id: 'c3', client: { id: 'k2', name: 'Ahmed Yilmaz' }, closedOn: null },
];

describe('TrainerEnrolClientPage', () => {
  let http: HttpTestingController;
  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    }
  };

  async function setup() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TrainerEnrolClientPage);
    http.expectOne('/api/dossier/cases').flush(CASES);
    http.expectOne('/api/trainings').flush([TRAINING]);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el };
  }
  function choose(el: HTMLElement, selector: string, value: string): void {
    const control = el.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
    control.value = value;
    control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input'));
  }
  const submit = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

  afterEach(() => http.verify());

  it('offers each client of the caseload once, sorted by name', async () => {
    const { el } = await setup();
    const options = Array.from(el.querySelectorAll('#enrol-client option')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Kies een cliënt', 'Ahmed Yilmaz', 'Sanne de Vries']);
  });

  it('names what is missing before sending anything', async () => {
    const { fixture, el } = await setup();
    submit(el);
    await settle(fixture);
    expect(el.querySelector('#enrol-client')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#enrol-mode-error')?.textContent).toContain('Kies een manier van werken.');
    expect(el.querySelector('#enrol-goal-0-error')?.textContent).toContain('Schrijf 2 of 3 verschillende doelen');
    http.expectNone('/api/trainings/t1/enrolments');
  });

  it('enrols the chosen client with mode and goals (an example plus an own goal) and confirms', async () => {
    const { fixture, el } = await setup();
    choose(el, '#enrol-client', 'k2');
    el.querySelector<HTMLInputElement>('input[type=radio][value=blended]')!.click();
    Array.from(el.querySelectorAll<HTMLButtonElement>('.chip'))
      .find((b) => b.textContent?.includes('Grenzen'))!
      .click();
    await settle(fixture);
    choose(el, '#enrol-goal-1', 'Hulp vragen op mijn werk');
    submit(el);
    const req = http.expectOne('/api/trainings/t1/enrolments');
    expect(req.request.body).toEqual({ clientId: 'k2', mode: 'blended', goals: ['Grenzen aangeven', 'Hulp vragen op mijn werk'] });
    req.flush({ id: 'e9' });
    await settle(fixture);
    expect(el.querySelector('.enrol-done')?.textContent).toContain('Ahmed Yilmaz is aangemeld voor Assertiviteit');
  });

  it('shows the API answers: 400 under the field, 409 as "already enrolled"', async () => {
    const { fixture, el } = await setup();
    choose(el, '#enrol-client', 'k1');
    el.querySelector<HTMLInputElement>('input[type=radio][value=online]')!.click();
    choose(el, '#enrol-goal-0', 'Grenzen aangeven');
    choose(el, '#enrol-goal-1', 'Nee zeggen');
    submit(el);
    http
      .expectOne('/api/trainings/t1/enrolments')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'Check these fields: goals', fields: { goals: ['write each goal once'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    expect(el.querySelector('#enrol-goal-0')?.getAttribute('aria-invalid')).toBe('true');
    submit(el);
    http
      .expectOne('/api/trainings/t1/enrolments')
      .flush({ statusCode: 409, error: 'Conflict', message: 'already' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(el.textContent).toContain('Deze cliënt doet al mee aan deze training.');
  });
});

describe('checkGoals', () => {
  it('takes 2–3 different goals of at least 3 characters, trimmed', () => {
    expect(checkGoals([' Grenzen aangeven ', 'Nee zeggen', ''])).toEqual(['Grenzen aangeven', 'Nee zeggen']);
    expect(checkGoals(['Grenzen aangeven', '', ''])).toBeNull();
    expect(checkGoals(['Nee zeggen', 'nee zeggen', ''])).toBeNull();
    expect(checkGoals(['Nee zeggen', 'ok', ''])).toBeNull();
  });
});
