import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { Referral, SocialServiceHit } from '@nabij/socialmap/contracts';
import { CaseReferralsComponent } from './case-referrals.component';
import { ClientReferralsComponent } from './client-referrals.component';

const referral = (over: Partial<Referral> = {}): Referral => ({
  id: 'r1',
  caseId: 'case-1',
  serviceId: 's1',
  serviceLabel: 'Gemeente Leiden: Schuldhulpverlening',
  reason: 'Je wilt hulp bij je schulden.',
  status: 'proposed',
  createdAt: '2026-11-02T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  contact: { phone: '071 516 6000', website: 'https://www.leiden.nl', address: null, openingHours: 'ma-vr 9-17' },
  ...over,
});

const hit = (id: string, providerName: string, distanceKm: number | null): SocialServiceHit => ({
  id,
  providerName,
  name: 'Schuldhulpverlening',
  description: 'Hulp bij schulden.',
  categories: ['money'],
  audience: 'Inwoners',
  municipality: providerName.replace('Gemeente ', ''),
  address: null,
  openingHours: null,
  phone: null,
  website: null,
  referral: 'self',
  servedAreas: [2312],
  demo: true,
  distanceKm,
  servesPostcode: true,
});

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

function mount<T>(component: Type<T>, inputs: Record<string, unknown>) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [key, value] of Object.entries(inputs)) fixture.componentRef.setInput(key, value);
  fixture.detectChanges();
  return { http, fixture, el: fixture.nativeElement as HTMLElement };
}

const type = (el: HTMLElement, selector: string, value: string) => {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
};

describe('CaseReferralsComponent (worker, case page)', () => {
  it('searches the social map near the postcode, records the chosen service with the reason, and lists it', async () => {
    const { http, fixture, el } = mount(CaseReferralsComponent, { caseId: 'case-1' });
    http.expectOne('/api/social-map/cases/case-1/referrals').flush([]);
    await settle(fixture);
    expect(el.textContent).toContain('Nog geen verwijzingen.');

    type(el, '#referrals-case-1-q', 'schulden');
    type(el, '#referrals-case-1-pc', '2312 AB');
    el.querySelector<HTMLFormElement>('form[role="search"]')!.dispatchEvent(new Event('submit'));
    const search = http.expectOne((r) => r.url.startsWith('/api/social-map/services'));
    expect(search.request.urlWithParams).toBe('/api/social-map/services?q=schulden&postcode=2312%20AB');
    search.flush({ pc4: 2312, pc4Known: true, hits: [hit('s1', 'Gemeente Leiden', 0.4), hit('s2', 'Gemeente Gouda', 22.1)] });
    await settle(fixture);
    expect(el.querySelector('[aria-live="polite"]')!.textContent).toContain('2 diensten gevonden');
    const options = [...el.querySelectorAll('fieldset.hits label')].map((l) => l.textContent?.replace(/\s+/g, ' ').trim());
    expect(options[0]).toContain('Gemeente Leiden: Schuldhulpverlening');
    expect(options[0]).toContain('0,4 km');

    // Saving without a reason asks for one, and sends nothing.
    el.querySelector<HTMLInputElement>('fieldset.hits input[value="s1"]')!.dispatchEvent(new Event('change'));
    const save = () => [...el.querySelectorAll('form')].at(-1)!.dispatchEvent(new Event('submit'));
    save();
    await settle(fixture);
    expect(el.textContent).toContain('Kies een dienst en schrijf waarom.');
    http.expectNone('/api/social-map/cases/case-1/referrals');

    type(el, '#referrals-case-1-reason', 'Je wilt hulp bij je schulden.');
    type(el, '#referrals-case-1-start', 'made');
    save();
    const post = http.expectOne('/api/social-map/cases/case-1/referrals');
    expect(post.request.body).toEqual({ serviceId: 's1', reason: 'Je wilt hulp bij je schulden.', status: 'made' });
    post.flush(referral({ status: 'made' }));
    await settle(fixture);
    expect(el.querySelector('.referral h3')!.textContent).toBe('Gemeente Leiden: Schuldhulpverlening');
    expect(el.querySelector('.referral')!.textContent).toContain('Aangemeld');
    expect(el.textContent).toContain('De verwijzing naar Gemeente Leiden: Schuldhulpverlening is opgeslagen.');
    http.verify();
  });

  it('moves a referral on to a new status', async () => {
    const { http, fixture, el } = mount(CaseReferralsComponent, { caseId: 'case-1' });
    http.expectOne('/api/social-map/cases/case-1/referrals').flush([referral()]);
    await settle(fixture);
    type(el, '#referrals-case-1-status-r1', 'accepted');
    el.querySelector<HTMLFormElement>('form.referral-status')!.dispatchEvent(new Event('submit'));
    const patch = http.expectOne('/api/social-map/referrals/r1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ status: 'accepted' });
    patch.flush(referral({ status: 'accepted' }));
    await settle(fixture);
    expect(el.textContent).toContain('De stand van Gemeente Leiden: Schuldhulpverlening is nu: Geaccepteerd.');
    http.verify();
  });

  it('shows a closed case read-only: the list, no forms', async () => {
    const { http, fixture, el } = mount(CaseReferralsComponent, { caseId: 'case-1', readOnly: true });
    http.expectOne('/api/social-map/cases/case-1/referrals').flush([referral()]);
    await settle(fixture);
    expect(el.querySelector('.referral h3')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
    http.verify();
  });
});

describe('ClientReferralsComponent (client, dossier)', () => {
  it('tells the client in plain words where they were referred, why and how far it is', async () => {
    const { http, fixture, el } = mount(ClientReferralsComponent, { caseId: 'case-1' });
    http.expectOne('/api/social-map/cases/case-1/referrals').flush([referral({ status: 'made' })]);
    await settle(fixture);
    expect(el.querySelector('h2')!.textContent).toBe('Andere hulp voor jou');
    expect(el.textContent).toContain('Waarom: Je wilt hulp bij je schulden.');
    expect(el.textContent).toContain('Je hulpverlener heeft je aangemeld. De dienst neemt contact met je op.');
    expect(el.querySelector('a[href="tel:0715166000"]')!.textContent).toBe('Bel 071 516 6000');
    expect(el.querySelector('a[href="https://www.leiden.nl"]')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.textContent).toContain('Open: ma-vr 9-17');
    expect(el.querySelector('select, button, form')).toBeNull();
    http.verify();
  });

  it('says when there are none, and when loading failed', async () => {
    const none = mount(ClientReferralsComponent, { caseId: 'case-1' });
    none.http.expectOne('/api/social-map/cases/case-1/referrals').flush([]);
    await settle(none.fixture);
    expect(none.el.textContent).toContain('Je hulpverlener heeft je nog niet naar andere hulp verwezen.');
    TestBed.resetTestingModule();

    const broken = mount(ClientReferralsComponent, { caseId: 'case-1' });
    broken.http
      .expectOne('/api/social-map/cases/case-1/referrals')
      .flush({ statusCode: 500, error: 'Internal Server Error', message: '' }, { status: 500, statusText: 'Server Error' });
    await settle(broken.fixture);
    expect(broken.el.textContent).toContain('We konden je verwijzingen nu niet laden.');
  });
});
