import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ActivationLetter } from '@nabij/intake/contracts';
import { activationLetterTexts } from '../staff.i18n';
import { ActivationLetterPage, letterLanguages } from './activation-letter.page';
import { ActivationLetterStore } from './activation-letter.store';

@Component({ template: 'home' })
class HomeStub {}

const LETTER: ActivationLetter = {
  clientId: '6f1c1c5e-0000-4000-8000-0000000000aa',
  clientName: 'Dennis Groen',
  loginName: 'zwolle-h4k7p',
  code: 'K7M4-Q2XA-9RTD',
  expiresAt: '2026-12-30T10:00:00.000Z',
  activationUrl: 'https://nabij.example/activeren',
  loginUrl: 'https://nabij.example/login',
  organisation: 'Welzijn IJsseldelta',
  worker: 'Lotte Hendriks',
  financier: { name: 'Zwolle', socialTeamName: 'Sociaal wijkteam Zwolle', socialTeamPhone: '14 038' },
  language: 'nl',
};

describe('ActivationLetterPage (/toelating/:clientId/brief)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }
  const text = () => el.textContent!.replace(/\s+/g, ' ');
  const button = (label: string) => [...el.querySelectorAll('button')].find((b) => b.textContent!.includes(label))!;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'toelating/:clientId/brief', component: ActivationLetterPage },
            { path: 'home', component: HomeStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });
  afterEach(() => http.verify());

  it('shows the letter just made in Dutch and English with login name, code, end date and who to call, and prints it', async () => {
    TestBed.inject(ActivationLetterStore).keep(LETTER);
    await harness.navigateByUrl(`/toelating/${LETTER.clientId}/brief`);
    el = harness.routeNativeElement!;
    const parts = [...el.querySelectorAll<HTMLElement>('.letter__part')];
    expect(parts.map((p) => p.lang)).toEqual(['nl', 'en']);
    const [nl, en] = parts.map((p) => p.textContent!.replace(/\s+/g, ' '));
    const pairs = (part: HTMLElement) =>
      Object.fromEntries(
        [...part.querySelectorAll('.letter__codes div')].map((d) => [
          d.querySelector('dt')!.textContent!.trim(),
          d.querySelector('dd')!.textContent!.trim(),
        ]),
      );
    expect(nl).toContain('Beste Dennis Groen,');
    expect(nl).toContain('Nabij is de website van Welzijn IJsseldelta');
    expect(nl).toContain('Ga op een computer of telefoon naar https://nabij.example/activeren');
    expect(pairs(parts[0])).toEqual({
      Gebruikersnaam: 'zwolle-h4k7p',
      Code: 'K7M4-Q2XA-9RTD',
      'De code werkt tot en met': '30 december 2026',
    });
    expect(nl).toContain(
      'Bel of loop binnen bij Lotte Hendriks van Welzijn IJsseldelta. Je kunt ook bellen met Sociaal wijkteam Zwolle: 14 038.',
    );
    expect(en).toContain('Dear Dennis Groen,');
    expect(pairs(parts[1])).toEqual({ 'Login name': 'zwolle-h4k7p', Code: 'K7M4-Q2XA-9RTD', 'The code works until': '30 December 2026' });

    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    button('Brief printen').click();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it("prints the letter in the client's language first, right to left for Arabic, with the Dutch after it", async () => {
    TestBed.inject(ActivationLetterStore).keep({ ...LETTER, clientName: 'Fatima El Amrani', language: 'ar' });
    await harness.navigateByUrl(`/toelating/${LETTER.clientId}/brief`);
    el = harness.routeNativeElement!;
    const parts = [...el.querySelectorAll<HTMLElement>('.letter__part')];
    expect(parts.map((p) => [p.lang, p.dir])).toEqual([
      ['ar', 'rtl'],
      ['nl', 'ltr'],
    ]);
    expect(parts[0].textContent).toContain('مرحبًا Fatima El Amrani،');
    expect(parts[0].textContent).toContain('K7M4-Q2XA-9RTD');
    expect(parts[0].textContent).toContain('30 ديسمبر 2026');
    expect(parts[1].textContent).toContain('Beste Fatima El Amrani,');
  });

  it('has every letter text in each language, with the same {placeholders}', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const dutch = activationLetterTexts.nl;
    for (const texts of Object.values(activationLetterTexts) as Record<string, string>[]) {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(dutch).sort());
      for (const [key, text] of Object.entries(dutch)) expect([key, placeholders(texts[key])]).toEqual([key, placeholders(text)]);
    }
    expect(letterLanguages('tr')).toEqual(['tr', 'nl']);
    expect(letterLanguages('en')).toEqual(['nl', 'en']);
    expect(letterLanguages(undefined)).toEqual(['nl', 'en']);
  });

  it('forgets the code once the worker leaves the letter', async () => {
    const store = TestBed.inject(ActivationLetterStore);
    store.keep(LETTER);
    await harness.navigateByUrl(`/toelating/${LETTER.clientId}/brief`);
    await harness.navigateByUrl('/home');
    expect(store.letter()).toBeNull();
    await harness.navigateByUrl(`/toelating/${LETTER.clientId}/brief`);
    el = harness.routeNativeElement!;
    expect(text()).not.toContain('K7M4-Q2XA-9RTD');
    expect(text()).toContain('Een code zie je maar één keer');
  });

  it('makes a new code on request (the old one dies) and shows the new letter', async () => {
    await harness.navigateByUrl(`/toelating/${LETTER.clientId}/brief`);
    el = harness.routeNativeElement!;
    expect(el.querySelector('.letter')).toBeNull();
    button('Nieuwe code maken').click();
    const req = http.expectOne({ method: 'POST', url: `/api/admissions/${LETTER.clientId}/activation-code` });
    req.flush({ ...LETTER, code: 'PQRS-TUVW-XYZ2' });
    await settle();
    expect(text()).toContain('Er is een nieuwe code gemaakt. De oude code werkt niet meer.');
    expect(el.querySelector('.letter')?.textContent).toContain('PQRS-TUVW-XYZ2');
  });

  it('explains why no code can be made for a client who logs in with an e-mail address', async () => {
    await harness.navigateByUrl(`/toelating/${LETTER.clientId}/brief`);
    el = harness.routeNativeElement!;
    button('Nieuwe code maken').click();
    http
      .expectOne(`/api/admissions/${LETTER.clientId}/activation-code`)
      .flush({ statusCode: 409, error: 'Conflict', message: 'x', code: 'client_has_email' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text()).toContain('Deze cliënt logt in met een e-mailadres.');
    expect(el.querySelector('.letter')).toBeNull();
  });
});
