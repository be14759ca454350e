import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { GuardianLink, GuardiansOfCase } from '@nabij/guardians/contracts';
import { CaseGuardiansComponent } from './case-guardians.component';

const mother: GuardianLink = {
  id: 'link-1',
  caseId: 'case-1',
  name: 'Fatima El Idrissi',
  email: 'fatima@example.nl',
  relation: 'parent',
  status: 'active',
  inviteExpiresAt: null,
  inviteExpired: false,
  shares: { appointments: true, documents: false, messages: false },
  consentGiven: false,
  visible: { appointments: false, documents: false, messages: false },
  createdAt: '2026-11-20T10:00:00.000Z',
};

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

describe("CaseGuardiansComponent (the worker's parents panel)", () => {
  let http: HttpTestingController;
  afterEach(() => http.verify());

  async function open(data: GuardiansOfCase) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CaseGuardiansComponent);
    fixture.componentRef.setInput('caseId', 'case-1');
    fixture.detectChanges();
    http.expectOne('/api/guardians/cases/case-1').flush(data);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('says a 16+ pupil must consent first, and changes what a parent sees with one checkbox', async () => {
    const { fixture, el } = await open({ consentNeeded: true, guardians: [mother] });
    expect(el.textContent).toContain('Een ouder ziet pas iets als de leerling daar in Nabij toestemming voor geeft.');
    expect(el.textContent).toContain('Wacht op toestemming van de leerling');
    const documents = [...el.querySelectorAll<HTMLLabelElement>('li label')].find((l) => l.textContent?.includes('Documenten'))!;
    documents.querySelector('input')!.click();
    const req = http.expectOne('/api/guardians/links/link-1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ showDocuments: true });
    req.flush({ ...mother, shares: { ...mother.shares, documents: true } });
    await settle(fixture);
    expect(el.textContent).toContain('Opgeslagen.');
  });

  it('checks the invite form before sending, then invites with the chosen shares and language', async () => {
    const { fixture, el } = await open({ consentNeeded: false, guardians: [] });
    expect(el.textContent).toContain('Er zijn nog geen ouders of verzorgers gekoppeld.');
    const submit = el.querySelector('form button[type="submit"]') as HTMLButtonElement;
    submit.click();
    await settle(fixture);
    expect(el.textContent).toContain('Vul de naam in');
    expect(document.activeElement?.id).toBe('case-1-guardian-name');

    (el.querySelector('#case-1-guardian-name') as HTMLInputElement).value = 'Karim El Idrissi';
    (el.querySelector('#case-1-guardian-email') as HTMLInputElement).value = 'karim@example.nl';
    const language = el.querySelector('#case-1-guardian-language') as HTMLSelectElement;
    expect([...language.options].map((o) => o.textContent?.trim())).toEqual(['Nederlands', 'English', 'العربية', 'Türkçe', 'Polski']);
    language.value = 'ar';
    submit.click();
    const req = http.expectOne('/api/guardians/cases/case-1');
    expect(req.request.body).toEqual({
      name: 'Karim El Idrissi',
      email: 'karim@example.nl',
      relation: 'parent',
      language: 'ar',
      showAppointments: true,
      showDocuments: false,
      showMessages: false,
    });
    req.flush({
      ...mother,
      id: 'link-2',
      name: 'Karim El Idrissi',
      email: 'karim@example.nl',
      status: 'invited',
      inviteExpiresAt: '2026-12-08T10:00:00.000Z',
    });
    await settle(fixture);
    expect(el.textContent).toContain('De uitnodiging is naar karim@example.nl gestuurd.');
    expect(el.textContent).toContain('Karim El Idrissi');
  });
});
