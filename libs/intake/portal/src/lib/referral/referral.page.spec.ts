import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18n } from '@nabij/platform/portal';
import { linkify } from '../dev-mail/dev-mail.page';
import { IntakeStore } from '../intake.store';
import { ReferralPage } from './referral.page';

describe('ReferralPage', () => {
  it('lists the real places with a description, a tel: link and a website link', async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'referral', component: ReferralPage }])],
    });
    const check = TestBed.inject(IntakeStore).checkPostcode('1012 AB');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/postcode-check')
      .flush({
        served: false,
        postcode: '1012 AB',
        referral: { places: [{ id: 'luisterlijn', name: 'De Luisterlijn', phone: '088 0767 000', url: 'https://www.deluisterlijn.nl' }] },
      });
    await check;
    const harness = await RouterTestingHarness.create('/referral');
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.textContent).toContain('Je postcode is 1012 AB');
    expect(el.querySelector('.place h3')?.textContent).toBe('De Luisterlijn');
    expect(el.querySelector('.place p')?.textContent).toContain('luistert iemand naar je');
    expect(el.querySelector('a[href="tel:0880767000"]')?.textContent).toContain('Bel 088 0767 000');
    expect(el.querySelector('a[href="https://www.deluisterlijn.nl"]')).not.toBeNull();
    expect(el.querySelector('a[href="/"]')).not.toBeNull();
  });
});

describe('ReferralPage with a social map of the own municipality', () => {
  it('lists the local services first, nearest first as sent, with a tel: link, then the national places', async () => {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'referral', component: ReferralPage }])],
    });
    const check = TestBed.inject(IntakeStore).checkPostcode('2341 AB');
    const local = (providerName: string, distanceKm: number, phone: string | null) => ({
      id: providerName,
      providerName,
      name: 'Hulp bij geld',
      description: 'Samen je post en rekeningen op orde brengen.',
      municipality: 'Oegstgeest',
      address: null,
      openingHours: 'ma-vr 9-17',
      phone,
      website: null,
      referral: 'self',
      distanceKm,
    });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/postcode-check')
      .flush({
        served: false,
        postcode: '2341 AB',
        referral: {
          localServices: [local('Buurthuis Oegstgeest', 0, '071 123 4567'), local('Thuisadministratie Leiden', 2.5, null)],
          places: [{ id: 'luisterlijn', name: 'De Luisterlijn', phone: '088 0767 000', url: 'https://www.deluisterlijn.nl' }],
        },
      });
    await check;
    const harness = await RouterTestingHarness.create('/referral');
    const el = harness.routeNativeElement as HTMLElement;
    const headings = [...el.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Hulp in je eigen gemeente', 'Ook voor heel Nederland']);
    const names = [...el.querySelectorAll('.place h3')].map((h) => h.textContent?.trim());
    expect(names).toEqual(['Buurthuis Oegstgeest: Hulp bij geld', 'Thuisadministratie Leiden: Hulp bij geld', 'De Luisterlijn']);
    expect(el.querySelector('.local-service a[href="tel:0711234567"]')).not.toBeNull();
    expect(el.querySelectorAll('.local-service')[1].textContent).toContain('ongeveer 2,5 km');
  });
});

describe('ReferralPage in English', () => {
  it("is English throughout: the own municipality's team too, while proper names stay", async () => {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'referral', component: ReferralPage }])],
    });
    TestBed.inject(I18n).setLang('en');
    const check = TestBed.inject(IntakeStore).checkPostcode('1012 AB');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/postcode-check')
      .flush({
        served: false,
        postcode: '1012 AB',
        referral: {
          places: [
            { id: 'own-municipality', name: 'Sociaal (wijk)team van je gemeente', url: 'https://www.overheid.nl/wie-is-mijn-gemeente' },
            { id: 'luisterlijn', name: 'De Luisterlijn', phone: '088 0767 000', url: 'https://www.deluisterlijn.nl' },
          ],
        },
      });
    await check;
    const harness = await RouterTestingHarness.create('/referral');
    const el = harness.routeNativeElement as HTMLElement;
    const names = [...el.querySelectorAll('.place h3')].map((h) => h.textContent);
    expect(names).toEqual(['Social team or neighbourhood team of your municipality', 'De Luisterlijn']);
    expect(el.textContent).not.toMatch(/gemeente|Sociaal/);
  });
});

describe('linkify (demo mailbox)', () => {
  it('makes the verification link clickable and keeps the rest as text', () => {
    expect(linkify('Klik:\nhttp://localhost:3000/verify?token=abc\nDag')).toEqual([
      { text: 'Klik:\n', href: null },
      { text: 'http://localhost:3000/verify?token=abc', href: 'http://localhost:3000/verify?token=abc' },
      { text: '\nDag', href: null },
    ]);
  });
});
