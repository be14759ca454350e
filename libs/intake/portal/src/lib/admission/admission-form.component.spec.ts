import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AdmissionFormComponent } from './admission-form.component';

describe('AdmissionFormComponent (worker home)', () => {
  async function render() {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(AdmissionFormComponent);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/financiers').flush([{ id: 'f1', name: 'Leiden' }]);
    http.expectOne('/api/admissions/without-email').flush([]);
    await fixture.whenStable();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const set = (selector: string, value: string) => {
      const field = el.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    return { fixture, el, http, set };
  }

  it("offers the client's language, each name in its own language, Dutch chosen unless the worker picks another", async () => {
    const { el, http } = await render();
    const select = el.querySelector<HTMLSelectElement>('#admission-language')!;
    expect(select.value).toBe('nl');
    expect([...select.options].map((o) => [o.value, o.lang, o.textContent!.trim()])).toEqual([
      ['nl', 'nl', 'Nederlands'],
      ['en', 'en', 'English'],
      ['ar', 'ar', 'العربية'],
      ['tr', 'tr', 'Türkçe'],
      ['pl', 'pl', 'Polski'],
    ]);
    expect(el.querySelector(`#${select.getAttribute('aria-describedby')?.split(' ')[0]}`)?.textContent).toContain(
      'De cliënt krijgt de mail of de brief in deze taal',
    );
    http.verify();
  });

  it('sends the chosen language with the admission, so the mail or the letter is in it', async () => {
    const { el, http, set, fixture } = await render();
    set('#admission-email', 'marta@example.org');
    set('#admission-name', 'Marta Nowak');
    set('#admission-birthDate', '1979-03-14');
    set('#admission-financier', 'f1');
    set('#admission-language', 'pl');
    set('#admission-reason', 'Woont tijdelijk in een pension, geen vast adres');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const req = http.expectOne({ method: 'POST', url: '/api/admissions' });
    expect(req.request.body).toEqual({
      email: 'marta@example.org',
      name: 'Marta Nowak',
      birthDate: '1979-03-14',
      financierId: 'f1',
      reason: 'Woont tijdelijk in een pension, geen vast adres',
      language: 'pl',
    });
    req.flush({ id: 'c1', email: 'marta@example.org', loginName: null, letter: null });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(el.querySelector<HTMLSelectElement>('#admission-language')!.value).toBe('nl');
  });
});
