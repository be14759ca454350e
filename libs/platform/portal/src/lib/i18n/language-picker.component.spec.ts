import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth.store';
import { session } from '../auth/session.fixture';
import { I18n } from './i18n.service';
import { LanguageChoiceComponent, languagesFor } from './language-picker.component';

describe('LanguageChoiceComponent (the first page)', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  });

  async function render() {
    const fixture = TestBed.createComponent(LanguageChoiceComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const buttons = () => Array.from(el.querySelectorAll<HTMLButtonElement>('button'));
    return { fixture, el, buttons };
  }

  it('shows "Taal / Language" with the five languages as buttons, each in its own words and lang', async () => {
    const { el, buttons } = await render();
    const group = el.querySelector('[role=group]')!;
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)?.textContent?.trim()).toBe('Taal / Language');
    expect(buttons().map((b) => `${b.lang}:${b.textContent?.trim()}:${b.getAttribute('aria-pressed')}`)).toEqual([
      'nl:Nederlands:true',
      'en:English:false',
      'ar:العربية:false',
      'tr:Türkçe:false',
      'pl:Polski:false',
    ]);
  });

  it('choosing العربية turns the page right to left in Arabic and marks that button', async () => {
    const { fixture, el, buttons } = await render();
    buttons()[2].click();
    await TestBed.inject(I18n).ready();
    await fixture.whenStable();
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(buttons()[2].getAttribute('aria-pressed')).toBe('true');
    expect(buttons()[0].getAttribute('aria-pressed')).toBe('false');
    expect(el.querySelector('.language-choice__title')?.textContent?.trim()).toBe('اللغة / Taal');
    expect(TestBed.inject(I18n).chosen()).toBe(true);
  });

  it('offers a signed-in worker Dutch and English only', async () => {
    const login = firstValueFrom(TestBed.inject(AuthStore).login({ email: 'a@b.nl', password: 'x' }));
    TestBed.inject(HttpTestingController).expectOne('/api/auth/login').flush(session('worker'));
    await login;
    const { buttons } = await render();
    expect(buttons().map((b) => b.lang)).toEqual(['nl', 'en']);
  });
});

describe('languagesFor', () => {
  it('gives clients, parents and visitors five languages and staff two', () => {
    expect(languagesFor(null)).toEqual(['nl', 'en', 'ar', 'tr', 'pl']);
    expect(languagesFor('client')).toEqual(['nl', 'en', 'ar', 'tr', 'pl']);
    expect(languagesFor('guardian')).toEqual(['nl', 'en', 'ar', 'tr', 'pl']);
    for (const role of ['worker', 'team_lead', 'admin'] as const) expect(languagesFor(role)).toEqual(['nl', 'en']);
  });
});
