import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { StaffPage } from './staff.page';

const flags = { canTrain: false, chatDuty: false, libraryEditor: false };
const bram = {
  id: 'w1',
  name: 'Bram',
  email: 'bram@mw.nl',
  role: 'worker',
  teamId: 't1',
  teamName: 'Team Leiden',
  deactivatedAt: null,
  ...flags,
};
const cor = {
  id: 'w2',
  name: 'Cor',
  email: 'cor@mw.nl',
  role: 'worker',
  teamId: 't1',
  teamName: 'Team Leiden',
  deactivatedAt: null,
  canTrain: true,
  chatDuty: true,
  libraryEditor: false,
};
const dirk = {
  id: 'w3',
  name: 'Dirk',
  email: 'dirk@mw.nl',
  role: 'worker',
  teamId: null,
  teamName: null,
  deactivatedAt: '2026-01-01T00:00:00.000Z',
  ...flags,
};
const teams = [
  { id: 't1', name: 'Team Leiden', archivedAt: null, staffCount: 2 },
  { id: 't2', name: 'Team Oud', archivedAt: '2026-01-01T00:00:00.000Z', staffCount: 0 },
];

/** Lets the awaited HTTP response resolve, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(StaffPage);
  const el = fixture.nativeElement as HTMLElement;
  const reload = async () => {
    await settle(fixture);
    http.expectOne('/api/organisation/staff').flush([bram, cor, dirk]);
    http.expectOne('/api/organisation/teams').flush(teams);
    await settle(fixture);
  };
  await reload();
  // The invite form and list below the staff (their own spec covers them) load once.
  http.expectOne('/api/organisation/invites').flush([]);
  await settle(fixture);
  return { http, fixture, el, reload };
}

describe('StaffPage', () => {
  it('lists staff with role, team (archived teams not offered) and status, every control labelled', async () => {
    const { el } = await setup();
    const rows = [...el.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('Bram');
    expect(rows[0]).toContain('Actief');
    expect(rows[2]).toContain('Uitgeschakeld');
    expect((el.querySelector('#role-w1') as HTMLSelectElement).value).toBe('worker');
    expect((el.querySelector('#team-w1') as HTMLSelectElement).value).toBe('t1');
    expect(el.querySelector('#team-w1')?.textContent).not.toContain('Team Oud');
    expect(el.querySelector('label[for=role-w1]')?.textContent).toContain('Rol van Bram');
    expect(el.querySelector('button[aria-label="Dirk weer toelaten"]')).not.toBeNull();
  });

  it('saves a role and team change through PATCH', async () => {
    const { http, fixture, el, reload } = await setup();
    (el.querySelector('#role-w1') as HTMLSelectElement).value = 'team_lead';
    (el.querySelector('#team-w1') as HTMLSelectElement).value = '';
    el.querySelector('form.staff-change')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/organisation/staff/w1');
    expect(req.request.body).toEqual({ role: 'team_lead', teamId: null, canTrain: false, chatDuty: false, libraryEditor: false });
    req.flush({ ...bram, role: 'team_lead', teamId: null });
    await reload();
    expect(el.querySelector('[role=status]')?.textContent).toContain('De wijziging voor Bram is opgeslagen');
    http.verify();
    void fixture;
  });

  it('on 409 shows the open cases, hands them over to the chosen colleague and then deactivates', async () => {
    const { http, fixture, el, reload } = await setup();
    (el.querySelector('button[aria-label="Bram uitschakelen"]') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/staff/w1/deactivate')
      .flush(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'open cases',
          code: 'staff_has_work',
          details: {
            cases: [{ id: 'c1', clientId: 'k1', clientName: 'Karin Client', openedOn: '2026-01-05' }],
            threads: [
              { id: 'th1', clientName: 'Karin Client', waitingSince: '2026-02-01T09:00:00.000Z', dueAt: '2026-02-03T09:00:00.000Z' },
            ],
            enrolments: [{ id: 'e1', clientName: 'Lars Leerling', trainingTitle: 'Assertiviteit: voor jezelf opkomen' }],
            groups: [{ id: 'g1', title: 'Groep april', trainingTitle: 'Grip op geld' }],
          },
        },
        { status: 409, statusText: 'Conflict' },
      );
    await reload();
    const section = el.querySelector('section[aria-labelledby=hand-over-title]') as HTMLElement;
    expect(section.textContent).toContain('Karin Client');
    expect(section.querySelector('.hand-over-threads')?.textContent).toContain('antwoord uiterlijk dinsdag 3 februari 10:00');
    expect(section.querySelector('.hand-over-enrolments')?.textContent).toContain('Lars Leerling: Assertiviteit: voor jezelf opkomen');
    expect(section.querySelector('.hand-over-groups')?.textContent).toContain('Groep april (Grip op geld)');
    expect(section.textContent).toContain('Groepen die alleen Bram traint');
    expect(section.textContent).toContain('Berichten, trainingen en groepen gaan mee');
    const options = [...section.querySelectorAll('option')].map((o) => o.textContent);
    // Only active workers other than the person leaving.
    expect(options).toEqual(['Kies een collega', 'Cor']);

    section.querySelector('form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Kies een collega');
    http.verify();

    (section.querySelector('select') as HTMLSelectElement).value = 'w2';
    section.querySelector('form')!.dispatchEvent(new Event('submit'));
    const hand = http.expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/staff/w1/hand-over');
    expect(hand.request.body).toEqual({ toWorkerId: 'w2' });
    hand.flush({ cases: 1, threads: 1, trainings: 1, homework: 0, groups: 1 });
    await settle(fixture);
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/staff/w1/deactivate')
      .flush({ ...bram, deactivatedAt: '2026-02-01T00:00:00.000Z' });
    await reload();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Bram is uitgeschakeld');
    expect(el.querySelector('section[aria-labelledby=hand-over-title]')).toBeNull();
  });

  it('explains that an admin cannot change their own account (409 staff_own_account)', async () => {
    const { http, fixture, el } = await setup();
    (el.querySelector('button[aria-label="Bram uitschakelen"]') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush({ statusCode: 409, error: 'Conflict', message: 'own', code: 'staff_own_account' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('eigen rol of account');
  });

  it('shows the capabilities as labelled checkboxes and saves a change of them', async () => {
    const { http, el, reload } = await setup();
    const canTrain = el.querySelector('input[aria-label="Cor kan trainen"]') as HTMLInputElement;
    const chatDuty = el.querySelector('input[aria-label="Cor doet chatdienst"]') as HTMLInputElement;
    expect([canTrain.checked, chatDuty.checked]).toEqual([true, true]);
    expect((el.querySelector('input[aria-label="Bram kan trainen"]') as HTMLInputElement).checked).toBe(false);
    chatDuty.checked = false;
    canTrain.closest('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/organisation/staff/w2');
    expect(req.request.body).toEqual({ role: 'worker', teamId: 't1', canTrain: true, chatDuty: false, libraryEditor: false });
    req.flush({ ...cor, chatDuty: false });
    await reload();
    http.verify();
  });

  it('gives a worker a labelled checkbox for the library editor right, and saves it', async () => {
    const { http, el, reload } = await setup();
    const editor = el.querySelector('input[aria-label="Cor mag de bibliotheek bewerken"]') as HTMLInputElement;
    expect(editor.checked).toBe(false);
    editor.checked = true;
    editor.closest('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/organisation/staff/w2');
    expect(req.request.body).toMatchObject({ libraryEditor: true });
    req.flush({ ...cor, libraryEditor: true });
    await reload();
    http.verify();
  });

  it('labels every cell with its column name for the stacked cards on a phone', async () => {
    const { el } = await setup();
    const labels = [...el.querySelectorAll('tbody tr:first-child td')].map((td) => td.getAttribute('data-label'));
    expect(labels).toEqual(['Rol / Team', 'Status', 'Acties']);
  });
});
