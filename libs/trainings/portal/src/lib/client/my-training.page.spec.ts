import type { HttpTestingController } from '@angular/common/http/testing';
import type { CatalogueTraining, EnrolmentView } from '@nabij/trainings/contracts';
import { ENROLMENT, progress } from '../training.fixtures';
import { MyTrainingPage } from './my-training.page';
import { openRoutedPage } from '../routed-page.testing';

const GUIDED: CatalogueTraining = {
  id: 't1',
  title: 'Assertiviteit',
  summary: 'Voor jezelf opkomen.',
  kind: 'guided',
  moduleCount: 8,
  goalExamples: ['Grenzen aangeven'],
  myEnrolmentId: null,
};
const SELF_HELP: CatalogueTraining = {
  id: 't2',
  title: 'Beter slapen',
  summary: 'Slaap je slecht door zorgen?',
  kind: 'self_help',
  moduleCount: 4,
  goalExamples: [],
  myEnrolmentId: null,
};
const SLEEP_ENROLMENT: EnrolmentView = {
  ...ENROLMENT,
  id: 'e2',
  trainingId: 't2',
  trainingTitle: 'Beter slapen',
  trainingKind: 'self_help',
};

describe('MyTrainingPage', () => {
  let http: HttpTestingController;
  let settle: () => Promise<void>;
  let el: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    ({ http, el, settle } = await openRoutedPage('training', MyTrainingPage, '/training'));
    // The client's groups load beside the training: none here (see the group trainings describe below).
    http.expectOne('/api/training-cohorts').flush([]);
  });
  afterEach(() => http.verify());

  it('shows progress, the goals and a locked module as locked, without a link', async () => {
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('done', 'open'));
    await settle();
    http.expectOne('/api/trainings').flush([]);
    await settle();

    expect(el.textContent).toContain('1 van 3 modules klaar');
    // The way back, as on Berichten and Dossier, a full tap target (.back-link).
    expect(el.querySelector('.back-link a[href="/home"]')?.textContent).toBe('Terug naar je overzicht');
    expect(el.textContent).toContain('Nee zeggen als ik nee bedoel');
    const [first, second, third] = Array.from(el.querySelectorAll<HTMLElement>('.module-item'));
    expect(first.textContent).toContain('Klaar');
    expect(second.querySelector('a')?.getAttribute('href')).toBe('/training/module/m2');
    expect(third.dataset['status']).toBe('locked');
    expect(third.textContent).toContain('Nog op slot');
    expect(third.querySelector('a')).toBeNull();
  });

  it('keeps reminders off until the client turns them on', async () => {
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await settle();
    http.expectOne('/api/trainings').flush([]);
    await settle();
    const box = el.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    expect(el.textContent).toContain('Je krijgt geen herinneringen.');

    box.click();
    const req = http.expectOne('/api/training-enrolments/e1/reminders');
    expect(req.request.body).toEqual({ enabled: true, frequency: 'weekly' });
    req.flush({ ...ENROLMENT, reminders: { enabled: true, frequency: 'weekly' } });
    await settle();
    expect(el.textContent).toContain('Je krijgt elke week een herinnering.');
  });

  it('shows the catalogue when the client has not enrolled yet: a self-help training to start, a guided one through the worker', async () => {
    http.expectOne('/api/training-enrolments/mine').flush([]);
    await settle();
    http.expectOne('/api/trainings').flush([GUIDED, SELF_HELP]);
    await settle();
    expect(el.textContent).toContain('Kies een training');
    const [guided, selfHelp] = Array.from(el.querySelectorAll<HTMLElement>('section.card'));
    expect(guided.textContent).toContain('8 modules');
    expect(guided.textContent).toContain('Vraag je hulpverlener om je aan te melden');
    expect(guided.querySelector('button')).toBeNull();
    expect(selfHelp.textContent).toContain('Zelfhulp, zonder trainer');
    expect(selfHelp.querySelector('button')?.textContent?.trim()).toBe('Ik wil deze training doen');
  });

  it('offers self-help trainings not started yet below the current one, and enrols the client in one', async () => {
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await settle();
    http.expectOne('/api/trainings').flush([{ ...GUIDED, myEnrolmentId: 'e1' }, SELF_HELP]);
    await settle();
    expect(el.textContent).toContain('Zelf aan de slag');
    expect(el.textContent).not.toContain('Vraag je hulpverlener');
    Array.from(el.querySelectorAll<HTMLButtonElement>('button'))
      .find((b) => b.textContent?.includes('Ik wil deze training doen'))!
      .click();
    await settle();
    for (const [i, goal] of ['Sneller in slaap vallen', 'Minder piekeren'].entries()) {
      const input = el.querySelector<HTMLInputElement>(`#goal-${i}`)!;
      input.value = goal;
      input.dispatchEvent(new Event('input'));
    }
    el.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    await settle();
    const req = http.expectOne('/api/trainings/t2/enrolments');
    expect(req.request.body).toEqual({ mode: 'online', goals: ['Sneller in slaap vallen', 'Minder piekeren'] });
    req.flush(SLEEP_ENROLMENT);
    await settle();
    http.expectOne('/api/training-enrolments/e2/progress').flush({ ...progress('open'), enrolment: SLEEP_ENROLMENT });
    await settle();
    expect(el.querySelector('#progress-title')?.textContent).toBe('Beter slapen');
    // The guided training is one tap away.
    const other = Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes('Open Assertiviteit'));
    expect(other).toBeTruthy();
    other!.click();
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await settle();
    expect(el.querySelector('#progress-title')?.textContent).toBe('Assertiviteit: voor jezelf opkomen');
    expect(localStorage.getItem('nabij.training.chosen')).toBe('e1');
  });
});

describe('MyTrainingPage: group trainings', () => {
  const next = {
    id: 's1',
    cohortId: 'c2',
    startsAt: '2027-01-12T18:00:00.000Z',
    endsAt: '2027-01-12T20:00:00.000Z',
    minutes: 120,
    place: 'online',
    room: null,
    address: null,
    link: 'https://meet.example.nl/groep',
    moduleId: null,
    moduleTitle: null,
    heldAt: null,
  };
  const summary = { trainingId: 't1', trainingTitle: 'Grip op geld', startsOn: '2027-01-12', pacing: 'own_pace', role: 'participant' };

  it('shows an invitation with a button to join, and a group the client is in with "Deelnemen" for its online meeting', async () => {
    localStorage.clear();
    const { http, el, settle } = await openRoutedPage('training', MyTrainingPage, '/training');
    http.expectOne('/api/training-cohorts').flush([
      { ...summary, id: 'c1', title: 'Groep A', participantCount: 6, invitedCount: 0, myStatus: 'invited', nextSession: null },
      { ...summary, id: 'c2', title: 'Groep B', participantCount: 7, invitedCount: 0, myStatus: 'active', nextSession: next },
    ]);
    http.expectOne('/api/training-enrolments/mine').flush([]);
    await settle();
    http.match('/api/trainings').forEach((r) => r.flush([]));
    await settle();
    const [invited, active] = Array.from(el.querySelectorAll<HTMLElement>('.my-group'));
    expect(invited.textContent).toContain('Je bent uitgenodigd voor de groepstraining Grip op geld.');
    expect(invited.querySelector('button')?.textContent?.trim()).toBe('Ja, ik doe mee');
    expect(active.querySelector<HTMLAnchorElement>('a[href="https://meet.example.nl/groep"]')?.textContent).toBe('Deelnemen');
    expect(active.querySelector<HTMLAnchorElement>('a[href="/training/groep/c2"]')).not.toBeNull();
  });
});
