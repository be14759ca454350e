import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TeamsPage } from './teams.page';

const leiden = { id: 't1', name: 'Team Leiden', archivedAt: null, staffCount: 3 };
const oud = { id: 't2', name: 'Team Oud', archivedAt: '2026-01-01T10:00:00.000Z', staffCount: 0 };

/** Lets the awaited HTTP response resolve, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function setup() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(TeamsPage);
  http.expectOne('/api/organisation/teams').flush([leiden, oud]);
  await settle(fixture);
  const el = fixture.nativeElement as HTMLElement;
  return { http, fixture, el };
}

describe('TeamsPage', () => {
  it('lists the teams with staff count and status; only active teams can be renamed or archived', async () => {
    const { el } = await setup();
    const rows = [...el.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('Team Leiden');
    expect(rows[0]).toContain('3');
    expect(rows[0]).toContain('Actief');
    expect(rows[1]).toContain('Gearchiveerd');
    expect(el.querySelectorAll('tbody tr')[1].querySelector('button')).toBeNull();
    // Every rename field has a label a screen reader reads out.
    expect(el.querySelector('label[for=team-name-t1]')?.textContent).toContain('Nieuwe naam voor Team Leiden');
    expect(el.querySelector('button[aria-label="Team Leiden archiveren"]')).not.toBeNull();
  });

  it('creates a team with the trimmed name, announces it and reloads the list', async () => {
    const { http, fixture, el } = await setup();
    (el.querySelector('#team-new') as HTMLInputElement).value = '  Team Noord ';
    el.querySelector('form.teams-create')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/teams');
    expect(req.request.body).toEqual({ name: 'Team Noord' });
    req.flush({ id: 't3', name: 'Team Noord', archivedAt: null, staffCount: 0 });
    await settle(fixture);
    http.expectOne('/api/organisation/teams').flush([leiden, { id: 't3', name: 'Team Noord', archivedAt: null, staffCount: 0 }, oud]);
    await settle(fixture);
    expect(el.querySelector('[role=status]')?.textContent).toContain('Team Noord is gemaakt');
    expect(el.textContent).toContain('Team Noord');
    http.verify();
  });

  it('refuses an empty name without calling the API and marks the field', async () => {
    const { http, fixture, el } = await setup();
    const input = el.querySelector('#team-new') as HTMLInputElement;
    input.value = '   ';
    el.querySelector('form.teams-create')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Vul een naam in');
    http.verify();
  });

  it('renames a team through PATCH', async () => {
    const { http, fixture, el } = await setup();
    (el.querySelector('#team-name-t1') as HTMLInputElement).value = 'Team Leiden-Zuid';
    el.querySelector('form.teams-rename')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'PATCH' && r.url === '/api/organisation/teams/t1');
    expect(req.request.body).toEqual({ name: 'Team Leiden-Zuid' });
    req.flush({ ...leiden, name: 'Team Leiden-Zuid' });
    await settle(fixture);
    http.expectOne('/api/organisation/teams').flush([{ ...leiden, name: 'Team Leiden-Zuid' }, oud]);
    await settle(fixture);
    expect(el.querySelector('[role=status]')?.textContent).toContain('De naam is nu Team Leiden-Zuid');
  });

  it('explains why a team with open cases cannot be archived (409)', async () => {
    const { http, fixture, el } = await setup();
    (el.querySelector('button[aria-label="Team Leiden archiveren"]') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/teams/t1/archive')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'open cases', code: 'team_has_open_cases' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('nog open dossiers');
    http.verify();
  });
});
