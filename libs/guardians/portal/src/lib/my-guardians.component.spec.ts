import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MyGuardian } from '@nabij/guardians/contracts';
import { MyGuardiansComponent } from './my-guardians.component';

const mother: MyGuardian = {
  linkId: 'link-1',
  caseId: 'case-1',
  name: 'Fatima El Idrissi',
  relation: 'parent',
  status: 'active',
  shares: { appointments: true, documents: false, messages: false },
  consentNeeded: true,
  consentGiven: false,
};

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

describe('MyGuardiansComponent (the pupil decides from 16)', () => {
  let http: HttpTestingController;
  afterEach(() => http.verify());

  function open() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MyGuardiansComponent);
    fixture.detectChanges();
    return fixture;
  }

  it('shows nothing when no parent is linked', async () => {
    const fixture = open();
    http.expectOne('/api/guardians/mine').flush([]);
    await settle(fixture);
    expect((fixture.nativeElement as HTMLElement).querySelector('section')).toBeNull();
  });

  it('lets a 16-year-old give consent and take it back, saying each time what the parent sees', async () => {
    const fixture = open();
    http.expectOne('/api/guardians/mine').flush([mother]);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Jij beslist');
    expect(el.textContent).toContain('Afspraken (dag, tijd en plaats)');
    expect(el.textContent).toContain('Fatima El Idrissi ziet niets.');

    (el.querySelector('section button') as HTMLButtonElement).click();
    const give = http.expectOne('/api/guardians/mine/link-1/consent');
    expect(give.request.method).toBe('PUT');
    give.flush({ ...mother, consentGiven: true });
    await settle(fixture);
    expect(el.textContent).toContain('Gelukt. Fatima El Idrissi ziet nu wat je hulpverlener deelt.');

    (el.querySelector('section button') as HTMLButtonElement).click();
    const stop = http.expectOne('/api/guardians/mine/link-1/consent');
    expect(stop.request.method).toBe('DELETE');
    stop.flush({ ...mother, consentGiven: false });
    await settle(fixture);
    expect(el.textContent).toContain('Gelukt. Fatima El Idrissi ziet vanaf nu niets meer.');
  });
});
