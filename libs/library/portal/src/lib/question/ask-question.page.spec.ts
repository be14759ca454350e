import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18n } from '@nabij/platform/portal';
import { AskQuestionPage } from './ask-question.page';

const TOKEN = 'a'.repeat(43);

describe('AskQuestionPage', () => {
  let http: HttpTestingController;

  async function open(): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'vraag-stellen', component: AskQuestionPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/vraag-stellen');
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  function type(el: HTMLElement, selector: string, value: string): void {
    const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(harness: RouterTestingHarness, el: HTMLElement): Promise<void> {
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    harness.detectChanges();
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  async function servedCheck(harness: RouterTestingHarness, el: HTMLElement): Promise<void> {
    type(el, '#question-postcode', '2312 ab');
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    http.expectOne('/api/postcode-check').flush({
      served: true,
      postcode: '2312 AB',
      checkId: 'c1',
      expiresAt: '',
      financier: 'Leiden',
      financierId: 'f1',
      organisation: 'Kwadraad',
      organisationSlug: 'kwadraad',
    });
    await harness.fixture.whenStable();
    harness.detectChanges();
  }

  it('checks the postcode first, and says so when it is outside the region', async () => {
    const { harness, el } = await open();
    expect(el.querySelector('#question-nickname')).toBeNull();
    type(el, '#question-postcode', '1012 AB');
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    http.expectOne('/api/postcode-check').flush({ served: false, postcode: '1012 AB', referral: { places: [] } });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.textContent).toContain('We werken niet in jouw buurt.');
    expect(el.querySelector('#question-nickname')).toBeNull();
  });

  it('names each missing field, and sends nothing', async () => {
    const { harness, el } = await open();
    await servedCheck(harness, el);
    type(el, '#question-email', 'geen-adres');
    await submit(harness, el);
    expect(el.querySelector('#question-nickname')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#question-body')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#question-email-error')?.textContent).toContain('Vul een e-mailadres in');
    http.expectNone('/api/library/questions');
  });

  it('sends the question with the served check and shows the private link once', async () => {
    const { harness, el } = await open();
    await servedCheck(harness, el);
    type(el, '#question-nickname', 'Zonnebloem');
    type(el, '#question-body', 'Ik heb een brief van de deurwaarder.');
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    const req = http.expectOne('/api/library/questions');
    expect(req.request.body).toEqual({
      checkId: 'c1',
      nickname: 'Zonnebloem',
      question: 'Ik heb een brief van de deurwaarder.',
      lang: 'nl',
    });
    req.flush({ token: TOKEN, link: `http://localhost/mijn-vraag#${TOKEN}`, dueAt: '2026-12-03T10:00:00.000Z' });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('h1')?.textContent).toBe('Je vraag is verstuurd');
    expect(el.querySelector<HTMLInputElement>('#question-link')?.value).toBe(`http://localhost/mijn-vraag#${TOKEN}`);
    expect(el.querySelector('a.button--secondary')?.getAttribute('href')).toBe(`/mijn-vraag#${TOKEN}`);
    expect(el.textContent).toContain('Je ziet hem maar één keer');
    expect(el.textContent).toContain('We bewaren je vraag en het antwoord 90 dagen na het antwoord.');
  });

  it('sends the language of the page, so the notice mail comes in Turkish', async () => {
    const { harness, el } = await open();
    TestBed.inject(I18n).setLang('tr');
    await servedCheck(harness, el);
    type(el, '#question-nickname', 'Lale');
    type(el, '#question-body', 'Kiramı ödeyemiyorum.');
    type(el, '#question-email', 'lale@example.org');
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    const req = http.expectOne('/api/library/questions');
    expect(req.request.body).toEqual({
      checkId: 'c1',
      nickname: 'Lale',
      question: 'Kiramı ödeyemiyorum.',
      lang: 'tr',
      email: 'lale@example.org',
    });
  });

  it('asks for a new postcode check when the API says the check is used or expired', async () => {
    const { harness, el } = await open();
    await servedCheck(harness, el);
    type(el, '#question-nickname', 'Merel');
    type(el, '#question-body', 'Vraag');
    el.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    http
      .expectOne('/api/library/questions')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'x', fields: { checkId: ['expired'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('nb-message[role=alert]')?.textContent).toContain('Doe de postcodecheck opnieuw');
    expect(el.querySelector('#question-postcode')).not.toBeNull();
  });
});
