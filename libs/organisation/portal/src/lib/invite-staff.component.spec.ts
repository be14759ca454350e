import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { StaffInvite } from '@nabij/organisation/contracts';
import { InviteStaffComponent } from './invite-staff.component';

const teams = [{ id: 't1', name: 'Team Leiden', archivedAt: null, staffCount: 2 }];
const open: StaffInvite = {
  id: 'i1',
  name: 'Samira Haddou',
  email: 'samira@mw.nl',
  role: 'worker',
  teamId: 't1',
  teamName: 'Team Leiden',
  canTrain: true,
  chatDuty: false,
  libraryEditor: false,
  invitedByName: 'Anna de Vries',
  createdAt: '2026-03-02T09:00:00.000Z',
  expiresAt: '2026-03-09T09:00:00.000Z',
  expired: false,
};
const expired: StaffInvite = { ...open, id: 'i2', name: 'Eva Verlopen', email: 'eva@mw.nl', canTrain: false, expired: true };

/** Lets the awaited HTTP response resolve, then renders. */
async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function setup(invites: StaffInvite[] = [open, expired]) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(InviteStaffComponent);
  fixture.componentRef.setInput('teams', teams);
  const el = fixture.nativeElement as HTMLElement;
  await settle(fixture);
  http.expectOne('/api/organisation/invites').flush(invites);
  await settle(fixture);
  const type = (selector: string, value: string) => {
    const input = el.querySelector(selector) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  };
  const submit = () => el.querySelector('form')!.dispatchEvent(new Event('submit'));
  return { http, fixture, el, type, submit };
}

describe('InviteStaffComponent', () => {
  it('has a labelled field for name, e-mail, role and team, and the two capabilities in a group', async () => {
    const { el } = await setup();
    const label = (id: string) => el.querySelector(`label[for=${id}]`)?.textContent?.trim();
    expect([label('invite-name'), label('invite-email'), label('invite-role'), label('invite-team')]).toEqual([
      'Naam',
      'E-mailadres',
      'Rol',
      'Team',
    ]);
    expect(el.querySelector('fieldset legend')?.textContent).toContain('Taken');
    expect(el.querySelector('#invite-can-train')?.closest('label')?.textContent).toContain('Kan trainen');
    expect(el.querySelector('#invite-chat-duty')?.closest('label')?.textContent).toContain('Doet chatdienst');
    expect([...el.querySelectorAll('#invite-team option')].map((o) => o.textContent?.trim())).toEqual(['Geen team', 'Team Leiden']);
  });

  it('sends the invite with role, team and capabilities, announces it and reloads the list', async () => {
    const { http, fixture, el, type, submit } = await setup([]);
    type('#invite-name', '  Joost Bakker ');
    type('#invite-email', 'joost@mw.nl');
    type('#invite-role', 'team_lead');
    type('#invite-team', 't1');
    (el.querySelector('#invite-chat-duty') as HTMLInputElement).click();
    submit();
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/invites');
    expect(req.request.body).toEqual({
      name: 'Joost Bakker',
      email: 'joost@mw.nl',
      role: 'team_lead',
      teamId: 't1',
      canTrain: false,
      chatDuty: true,
      libraryEditor: false,
    });
    req.flush({ ...open, name: 'Joost Bakker', email: 'joost@mw.nl' });
    await settle(fixture);
    http.expectOne('/api/organisation/invites').flush([{ ...open, name: 'Joost Bakker', email: 'joost@mw.nl' }]);
    await settle(fixture);
    expect(el.querySelector('[role=status]')?.textContent).toContain('De uitnodiging is naar joost@mw.nl gestuurd.');
    expect((el.querySelector('#invite-name') as HTMLInputElement).value).toBe('');
    expect(el.querySelector('.invite-list')?.textContent).toContain('Joost Bakker');
    http.verify();
  });

  it('offers the library editor right for a worker only, and sends it with the invite', async () => {
    const { http, el, type, submit } = await setup([]);
    type('#invite-name', 'Lotte Schrijver');
    type('#invite-email', 'lotte@mw.nl');
    const box = el.querySelector('#invite-library-editor') as HTMLInputElement;
    expect(box.closest('label')?.textContent).toContain('Mag de bibliotheek bewerken');
    box.click();
    submit();
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/invites');
    expect(req.request.body).toMatchObject({ role: 'worker', libraryEditor: true });
    req.flush({ ...open, libraryEditor: true });
  });

  it('hides the library editor right for a team lead', async () => {
    const { fixture, el, type } = await setup([]);
    type('#invite-role', 'team_lead');
    await settle(fixture);
    expect(el.querySelector('#invite-library-editor')).toBeNull();
  });

  it('refuses an empty name and a bad address without a request, naming both fields and focusing the first', async () => {
    const { http, fixture, el, type, submit } = await setup([]);
    type('#invite-email', 'geen-adres');
    submit();
    await settle(fixture);
    http.expectNone('/api/organisation/invites');
    expect(el.querySelector('#invite-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#invite-name-error')?.textContent).toContain('Vul de naam in');
    expect(el.querySelector('#invite-email-error')?.textContent).toContain('Vul een geldig e-mailadres in');
    expect(document.activeElement?.id).toBe('invite-name');
  });

  it('shows 409 email_in_use at the e-mail field', async () => {
    const { http, fixture, el, type, submit } = await setup([]);
    type('#invite-name', 'Dubbel');
    type('#invite-email', 'bram@mw.nl');
    submit();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'in use', code: 'email_in_use', fields: { email: ['taken'] } },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(el.querySelector('#invite-email-error')?.textContent).toContain('al een account of een open uitnodiging');
    expect(el.querySelector('#invite-email')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('lists open invites with their expiry (expired ones marked), and resends and withdraws with labelled buttons', async () => {
    const { http, fixture, el } = await setup();
    const items = [...el.querySelectorAll('.invite-list li')];
    expect(items[0].textContent).toContain('Samira Haddou');
    expect(items[0].textContent).toContain('Maatschappelijk werker, Team Leiden, kan trainen');
    expect(items[0].textContent).toContain('De link werkt tot maandag 9 maart 10:00.');
    expect(items[1].textContent).toContain('Verlopen op maandag 9 maart 10:00. Stuur de uitnodiging opnieuw.');
    expect(items[1].querySelector('.invite-expired')).not.toBeNull();

    (el.querySelector('button[aria-label="Uitnodiging van Eva Verlopen opnieuw sturen"]') as HTMLButtonElement).click();
    http.expectOne((r) => r.method === 'POST' && r.url === '/api/organisation/invites/i2/resend').flush({ ...expired, expired: false });
    await settle(fixture);
    http.expectOne('/api/organisation/invites').flush([open, { ...expired, expired: false }]);
    await settle(fixture);
    expect(el.querySelector('[role=status]')?.textContent).toContain('Er is een nieuwe link naar eva@mw.nl gestuurd.');

    (el.querySelector('button[aria-label="Uitnodiging van Samira Haddou intrekken"]') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.method === 'DELETE' && r.url === '/api/organisation/invites/i1')
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne('/api/organisation/invites').flush([{ ...expired, expired: false }]);
    await settle(fixture);
    expect(el.querySelector('[role=status]')?.textContent).toContain('De uitnodiging van Samira Haddou is ingetrokken.');
    expect(el.querySelector('.invite-list')?.textContent).not.toContain('Samira');
    expect(document.activeElement?.id).toBe('invites-title');
    http.verify();
  });

  it('says so when an invite was used or withdrawn meanwhile (404) and reloads the list', async () => {
    const { http, fixture, el } = await setup([open]);
    (el.querySelector('button[aria-label="Uitnodiging van Samira Haddou opnieuw sturen"]') as HTMLButtonElement).click();
    http
      .expectOne((r) => r.method === 'POST')
      .flush({ statusCode: 404, error: 'Not Found', message: 'gone' }, { status: 404, statusText: 'Not Found' });
    await settle(fixture);
    http.expectOne('/api/organisation/invites').flush([]);
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('al gebruikt of ingetrokken');
    expect(el.textContent).toContain('Er zijn geen openstaande uitnodigingen.');
  });
});
