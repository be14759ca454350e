import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { InterpreterLanguage } from '@nabij/dossier/contracts';
import { CaseInterpreterComponent } from './case-interpreter.component';

@Component({
  imports: [CaseInterpreterComponent],
  template: `<nb-case-interpreter caseId="case-1" [language]="language()" [readOnly]="readOnly()" (changed)="changed.push($event)" />`,
})
class Host {
  readonly language = signal<InterpreterLanguage | null>(null);
  readonly readOnly = signal(false);
  readonly changed: (InterpreterLanguage | null)[] = [];
}

describe('CaseInterpreterComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [Host], providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('says no interpreter is needed, and saves the chosen language with a labelled select', async () => {
    const { fixture, el } = await render();
    expect(el.textContent).toContain('Geen tolk nodig.');
    const select = el.querySelector('select')!;
    expect(el.querySelector(`label[for="${select.id}"]`)?.textContent).toContain('Tolk nodig bij gesprekken');
    expect([...select.options].slice(0, 3).map((o) => o.textContent?.trim())).toEqual(['Geen tolk nodig', 'Arabisch', 'Turks']);
    select.value = 'ar';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases/case-1/interpreter');
    expect([req.request.method, req.request.body]).toEqual(['PATCH', { language: 'ar' }]);
    req.flush({});
    await fixture.whenStable();
    expect(fixture.componentInstance.changed).toEqual(['ar']);
    expect(el.textContent).toContain('Opgeslagen.');
  });

  it('shows the language and clears it with "Geen tolk nodig"', async () => {
    const { fixture, el } = await render();
    fixture.componentInstance.language.set('ti');
    await fixture.whenStable();
    expect(el.querySelector('strong')?.textContent).toBe('Tolk nodig: Tigrinya');
    const select = el.querySelector('select')!;
    select.value = '';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/dossier/cases/case-1/interpreter');
    expect(req.request.body).toEqual({ language: null });
    req.flush({});
    await fixture.whenStable();
    expect(fixture.componentInstance.changed).toEqual([null]);
  });

  it('shows an error when saving fails, and no form on a closed case', async () => {
    const { fixture, el } = await render();
    el.querySelector('select')!.value = 'pl';
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/dossier/cases/case-1/interpreter').flush({}, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Er ging iets mis bij ons');
    expect(fixture.componentInstance.changed).toEqual([]);

    fixture.componentInstance.readOnly.set(true);
    await fixture.whenStable();
    expect(el.querySelector('form')).toBeNull();
  });
});
