import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { OutreachTask } from '@nabij/outreach/contracts';
import type { SocialMapSearchResponse } from '@nabij/socialmap/contracts';
import { TaskReferralComponent } from './task-referral.component';

const TASK: OutreachTask = {
  id: 't2',
  entryId: 'e1',
  familyName: 'Familie Haddad',
  kind: 'follow_up',
  dueOn: '2026-12-03',
  note: 'Waarmee kunnen we je helpen? Geld en schulden',
  doneAt: null,
  caseId: 'case-1',
  consent: true,
  referral: null,
  madeCaseId: null,
};

const SERVICES = {
  pc4: 2312,
  pc4Known: true,
  hits: [{ id: 's1', providerName: 'Gemeente Leiden', name: 'Schuldhulpverlening', distanceKm: 1 }],
} as unknown as SocialMapSearchResponse;

describe('TaskReferralComponent ("Verwijs door")', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TaskReferralComponent>;

  async function render(task: OutreachTask): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TaskReferralComponent);
    fixture.componentRef.setInput('task', task);
    fixture.componentRef.setInput('postcode', '2312 AB');
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };

  afterEach(() => http.verify());

  it('refers only when the worker asks: the reason prefilled with what the family asked, the nearest services offered', async () => {
    const el = await render(TASK);
    const start = el.querySelector<HTMLButtonElement>('button')!;
    expect(start.textContent?.trim()).toBe('Verwijs door');
    http.expectNone(() => true);
    start.click();
    http.expectOne('/api/social-map/services?postcode=2312%20AB').flush(SERVICES);
    await settle();
    expect(el.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe('Waarmee kunnen we je helpen? Geld en schulden');
    // Without a service nothing is sent, and the field says why.
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    http.expectNone('/api/outreach/tasks/t2/referral');
    expect(el.textContent).toContain('Kies een dienst van de sociale kaart.');
    const select = el.querySelector<HTMLSelectElement>('select')!;
    select.value = 's1';
    select.dispatchEvent(new Event('change'));
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne({ method: 'POST', url: '/api/outreach/tasks/t2/referral' });
    expect(req.request.body).toEqual({ serviceId: 's1', reason: 'Waarmee kunnen we je helpen? Geld en schulden' });
    req.flush({ id: 'r1', caseId: 'case-1', serviceLabel: 'Gemeente Leiden: Schuldhulpverlening' });
    await settle();
    expect(el.textContent).toContain('Doorverwezen naar Gemeente Leiden: Schuldhulpverlening.');
  });

  it('offers nothing without consent or without a case of the worker, and says why', async () => {
    let el = await render({ ...TASK, consent: false });
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toContain('De familie gaf in het gesprek geen toestemming om door te verwijzen.');
    TestBed.resetTestingModule();
    el = await render({ ...TASK, caseId: null });
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toContain('Deze familie heeft geen open dossier bij jou.');
  });

  it('shows a referral made before instead of the button', async () => {
    const el = await render({ ...TASK, referral: { id: 'r1', caseId: 'case-1', serviceLabel: 'Gemeente Leiden: Schuldhulpverlening' } });
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toContain('Doorverwezen naar Gemeente Leiden: Schuldhulpverlening.');
  });
});
