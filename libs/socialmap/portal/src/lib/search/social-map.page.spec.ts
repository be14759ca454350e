import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SocialMapSearchResponse, SocialServiceHit } from '@nabij/socialmap/contracts';
import { SocialMapPage } from './social-map.page';

function hit(overrides: Partial<SocialServiceHit>): SocialServiceHit {
  return {
    id: 'a0000000-0000-4000-8000-000000000001',
    providerName: 'Gemeente Leiden',
    name: 'Schuldhulpverlening',
    description: 'Samen maak je een plan.',
    categories: ['money'],
    audience: 'Inwoners van Leiden met schulden',
    municipality: 'Leiden',
    address: null,
    openingHours: null,
    phone: null,
    website: null,
    referral: 'self',
    servedAreas: [2311, 2312],
    demo: true,
    distanceKm: 0.4,
    servesPostcode: true,
    ...overrides,
  };
}

describe('SocialMapPage', () => {
  let http: HttpTestingController;

  async function open(url: string, lang = 'nl'): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'sociale-kaart', component: SocialMapPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  function answer(expectedUrl: string, body: SocialMapSearchResponse): void {
    const req = http.expectOne((r) => r.url.startsWith('/api/social-map/services'));
    expect(req.request.urlWithParams).toBe(expectedUrl);
    req.flush(body);
  }

  it('searches with the words, topic and postcode from the address and shows cards nearest first as the API sends them', async () => {
    const { harness, el } = await open('/sociale-kaart?q=schulden&postcode=2312%20AB&onderwerp=money');
    answer('/api/social-map/services?q=schulden&postcode=2312%20AB&category=money', {
      pc4: 2312,
      pc4Known: true,
      hits: [
        hit({}),
        hit({
          id: 'a0000000-0000-4000-8000-000000000002',
          providerName: 'Geldfit',
          name: 'Hulp bij geldzorgen',
          phone: '0800-8115',
          website: 'https://www.geldfit.nl',
          servedAreas: [],
          distanceKm: null,
          demo: false,
        }),
        hit({
          id: 'a0000000-0000-4000-8000-000000000003',
          providerName: 'Gemeente Gouda',
          distanceKm: 19.8,
          servesPostcode: false,
          referral: 'worker',
        }),
      ],
    });
    harness.detectChanges();
    expect(el.querySelector('h2')?.textContent).toContain('3 plekken gevonden, dichtbij 2312 eerst');
    const cards = [...el.querySelectorAll('li.card')] as HTMLElement[];
    expect(cards.map((c) => c.querySelector('h3')?.textContent?.trim())).toEqual([
      'Gemeente Leiden: Schuldhulpverlening',
      'Geldfit: Hulp bij geldzorgen',
      'Gemeente Gouda: Schuldhulpverlening',
    ]);
    expect(cards[0].textContent).toContain('0,4 km van jouw postcode');
    expect(cards[0].textContent).toContain('Zelf aanmelden');
    expect(cards[0].textContent).toContain('Voorbeeld (demo)');
    expect(cards[0].textContent).toContain('Helpt bij: Geld en schulden');
    expect(cards[1].querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:08008115');
    expect(cards[1].querySelector('a[href="https://www.geldfit.nl"]')?.getAttribute('rel')).toContain('noopener');
    expect(cards[1].textContent).toContain('Voor heel Nederland');
    expect(cards[1].textContent).not.toContain('Voorbeeld (demo)');
    expect(cards[2].textContent).toContain('Werkt niet voor jouw postcode');
    expect(cards[2].textContent).toContain('Via je hulpverlener');
    expect(el.querySelector('.chip[aria-pressed="true"]')?.textContent?.trim()).toBe('Geld en schulden');
    expect((el.querySelector('input[name="q"]') as HTMLInputElement).value).toBe('schulden');
  });

  it('says so when the postcode area is unknown', async () => {
    const { harness, el } = await open('/sociale-kaart?postcode=1011');
    answer('/api/social-map/services?postcode=1011', { pc4: 1011, pc4Known: false, hits: [] });
    harness.detectChanges();
    expect(el.textContent).toContain('We weten niet waar postcode 1011 ligt.');
    expect(el.querySelector('h2')?.textContent).toContain('We vonden niets');
  });

  it('names a wrong postcode at the field and does not search', async () => {
    const { harness, el } = await open('/sociale-kaart');
    answer('/api/social-map/services', { pc4: null, pc4Known: false, hits: [] });
    const input = el.querySelector('input[name="postcode"]') as HTMLInputElement;
    input.value = '12 AB';
    input.dispatchEvent(new Event('input'));
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    harness.detectChanges();
    expect(el.textContent).toContain('Vul een postcode in zoals 2312 AB');
    http.expectNone((r) => r.url.startsWith('/api/social-map/services'));
  });

  it('choosing a topic chip searches that topic, keeping the words', async () => {
    const { harness, el } = await open('/sociale-kaart?q=huur');
    answer('/api/social-map/services?q=huur', { pc4: null, pc4Known: false, hits: [] });
    const chip = [...el.querySelectorAll('button.chip')].find((b) => b.textContent?.trim() === 'Wonen') as HTMLButtonElement;
    chip.click();
    await harness.fixture.whenStable();
    answer('/api/social-map/services?q=huur&category=housing', { pc4: null, pc4Known: false, hits: [hit({ categories: ['housing'] })] });
    harness.detectChanges();
    expect(el.querySelector('.chip[aria-pressed="true"]')?.textContent?.trim()).toBe('Wonen');
    expect(el.querySelectorAll('li.card')).toHaveLength(1);
  });

  it('speaks English when English is chosen', async () => {
    const { harness, el } = await open('/sociale-kaart?q=schulden', 'en');
    answer('/api/social-map/services?q=schulden', { pc4: null, pc4Known: false, hits: [hit({ distanceKm: null, servesPostcode: null })] });
    harness.detectChanges();
    expect(el.querySelector('h1')?.textContent).toContain('Social map: help near you');
    expect(el.textContent).toContain('Sign up yourself');
    expect(el.textContent).toContain('Helps with: Money and debts');
  });
});
