import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AdminSocialService } from '@nabij/socialmap/contracts';
import { SocialMapAdminPage } from './social-map-admin.page';

const EXISTING: AdminSocialService = {
  id: 'b0000000-0000-4000-8000-000000000001',
  providerName: 'Buurthuis Noord',
  name: 'Koffie-ochtend',
  description: 'Koffie en een praatje.',
  categories: ['loneliness'],
  audience: 'Iedereen',
  municipality: 'Leiden',
  address: null,
  openingHours: null,
  phone: null,
  website: null,
  referral: 'self',
  servedAreas: [2311, 2312, 2313, 2341],
  locationPc4: 2313,
  demo: false,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('SocialMapAdminPage', () => {
  let http: HttpTestingController;

  async function open(): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', 'nl');
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'sociale-kaart/beheer', component: SocialMapAdminPage }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/sociale-kaart/beheer');
    http.expectOne('/api/social-map/admin/services').flush([EXISTING]);
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  const type = (el: HTMLElement, selector: string, value: string) => {
    const input = el.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it("lists the organisation's services and fills the form with one to change, areas as ranges", async () => {
    const { harness, el } = await open();
    expect(el.textContent).toContain('Diensten van jouw organisatie (1)');
    const edit = el.querySelector('button[aria-label="Koffie-ochtend wijzigen"]') as HTMLButtonElement;
    edit.click();
    harness.detectChanges();
    expect((el.querySelector('#svc-servedAreas') as HTMLInputElement).value).toBe('2311-2313 2341');
    expect((el.querySelector('#svc-name') as HTMLInputElement).value).toBe('Koffie-ochtend');
    type(el, '#svc-name', 'Koffie-ochtend op dinsdag');
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const req = http.expectOne(`/api/social-map/admin/services/${EXISTING.id}`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toMatchObject({
      name: 'Koffie-ochtend op dinsdag',
      servedAreas: [2311, 2312, 2313, 2341],
      locationPc4: 2313,
      categories: ['loneliness'],
    });
    req.flush({ ...EXISTING, name: 'Koffie-ochtend op dinsdag' });
    http.expectOne('/api/social-map/admin/services').flush([{ ...EXISTING, name: 'Koffie-ochtend op dinsdag' }]);
    harness.detectChanges();
    expect(el.textContent).toContain('De dienst is opgeslagen.');
  });

  it('names wrong fields of a new service in Dutch and sends nothing', async () => {
    const { harness, el } = await open();
    (el.querySelector('button.button') as HTMLButtonElement).click();
    harness.detectChanges();
    type(el, '#svc-servedAreas', '231');
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    harness.detectChanges();
    expect(el.textContent).toContain('Schrijf gebieden van 4 cijfers');
    expect(el.textContent).toContain('Kies minstens één onderwerp.');
    expect(el.textContent).toContain('Vul dit in.');
    http.expectNone('/api/social-map/admin/services');
  });

  it('shows every line the API refused in a CSV import', async () => {
    const { harness, el } = await open();
    const box = el.querySelector('#import-text') as HTMLTextAreaElement;
    box.value = 'providerName;name\nA;B';
    box.dispatchEvent(new Event('input'));
    ([...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Importeren') as HTMLButtonElement).click();
    const req = http.expectOne('/api/social-map/admin/import');
    expect(req.request.body).toEqual({ csv: 'providerName;name\nA;B' });
    req.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Nothing was imported.',
        code: 'csv_invalid',
        fields: { 'line 3.categories': ['x'] },
        details: { lines: [{ line: 3, field: 'categories', message: 'each category must be one of money, …' }] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    harness.detectChanges();
    expect(el.querySelector('section[aria-labelledby="import-title"] [role="alert"]')?.textContent).toContain(
      'We hebben niets geïmporteerd.',
    );
    expect(el.textContent).toContain('Regel 3, categories: each category must be one of money');
  });
});
