import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SelfTestView } from '@nabij/library/contracts';
import { AuthStore, I18n, authInterceptor } from '@nabij/platform/portal';
import { SelfTestPage } from './self-test.page';

const options = [
  { points: 0, label: 'Nee' },
  { points: 1, label: 'Soms of een beetje' },
  { points: 2, label: 'Ja' },
];

const TEST: SelfTestView = {
  slug: 'quickscan-geldzorgen',
  theme: 'money',
  title: 'Quickscan geldzorgen',
  intro: 'Drie vragen over je geld.',
  questionCount: 3,
  shownIn: 'nl',
  requested: 'nl',
  versionId: '0a5e4c1e-0000-4000-8000-000000000001',
  version: 1,
  maxScore: 6,
  questions: [
    { key: 'rekeningen', text: 'Ik heb rekeningen die ik niet op tijd kan betalen.', options },
    { key: 'post', text: 'Ik laat post dicht liggen.', options },
    { key: 'wakker', text: 'Ik lig wakker van zorgen over geld.', options },
  ],
  bands: [
    {
      key: 'low',
      min: 0,
      max: 2,
      title: 'Je geldzaken lijken op orde',
      text: 'Goed bezig!',
      steps: [{ kind: 'article', slug: 'je-geldzaken-op-een-rij', title: 'Je geldzaken op een rij', shownIn: 'nl' }],
    },
    {
      key: 'high',
      min: 3,
      max: 6,
      title: 'Je hebt serieuze geldzorgen',
      text: 'Wacht niet langer.',
      steps: [
        { kind: 'article', slug: 'schulden-wat-kun-je-zelf-doen', title: 'Schulden: wat kun je zelf doen?', shownIn: 'nl' },
        { kind: 'chat' },
        { kind: 'register' },
        { kind: 'urgent' },
      ],
    },
  ],
};

describe('SelfTestPage', () => {
  let http: HttpTestingController;

  async function open(
    role: 'client' | 'worker' | null = null,
    lang = 'nl',
    test: SelfTestView = TEST,
  ): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: 'zelftesten/:slug', component: SelfTestPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    if (role) {
      const auth = TestBed.inject(AuthStore);
      const done = auth.login({ email: `${role}@demo.nabij.nl`, password: 'x' }).subscribe();
      http.expectOne('/api/auth/login').flush({
        accessToken: 'access',
        expiresIn: 900,
        user: {
          id: 'u1',
          email: `${role}@demo.nabij.nl`,
          loginName: null,
          name: 'Sanne',
          role,
          organisation: null,
          financier: null,
          team: null,
        },
      });
      done.unsubscribe();
    }
    const harness = await RouterTestingHarness.create('/zelftesten/quickscan-geldzorgen');
    http.expectOne(`/api/library/self-tests/quickscan-geldzorgen?lang=${lang}`).flush(test);
    await TestBed.inject(I18n).ready();
    await harness.fixture.whenStable();
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  function click(harness: RouterTestingHarness, el: HTMLElement, text: string): void {
    const button = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text);
    if (!button) throw new Error(`no button "${text}"`);
    button.click();
    harness.detectChanges();
  }

  function choose(harness: RouterTestingHarness, el: HTMLElement, label: string): void {
    const input = [...el.querySelectorAll<HTMLLabelElement>('label.option')]
      .find((l) => l.textContent?.trim() === label)!
      .querySelector('input')!;
    input.click();
    harness.detectChanges();
  }

  it('shows one question a screen with its number and a progress bar, as radio buttons in a fieldset', async () => {
    const { harness, el } = await open();
    expect(el.querySelector('h1')?.textContent).toBe('Quickscan geldzorgen');
    expect(el.textContent).toContain('We bewaren niets');
    click(harness, el, 'Start de test');
    expect(el.querySelector('.progress-label')?.textContent).toBe('Vraag 1 van 3');
    const bar = el.querySelector('[role=progressbar]')!;
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemax')]).toEqual(['1', '3']);
    expect(el.querySelector('fieldset legend')?.textContent).toBe('Ik heb rekeningen die ik niet op tijd kan betalen.');
    expect([...el.querySelectorAll('fieldset input[type=radio]')].length).toBe(3);
    choose(harness, el, 'Ja');
    click(harness, el, 'Volgende');
    expect(el.querySelector('.progress-label')?.textContent).toBe('Vraag 2 van 3');
    expect(el.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow')).toBe('2');
    // Back keeps the earlier answer.
    click(harness, el, 'Vorige');
    expect(el.querySelector<HTMLInputElement>('fieldset input[value="2"]')?.checked).toBe(true);
  });

  it('shows the next question with nothing chosen, also when Next comes before the screen caught up with the answer', async () => {
    const { harness, el } = await open();
    click(harness, el, 'Start de test');
    // Pick "Nee" and press Next in one go, without a render in between (a fast keyboard, a busy phone).
    el.querySelector<HTMLInputElement>('fieldset input[value="0"]')!.click();
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Volgende')!.click();
    harness.detectChanges();
    expect(el.querySelector('.progress-label')?.textContent).toBe('Vraag 2 van 3');
    // A radio shown as chosen would not be an answer: choosing it again changes nothing, and Next says "pick one".
    expect([...el.querySelectorAll<HTMLInputElement>('fieldset input[type=radio]')].map((r) => r.checked)).toEqual([false, false, false]);
    choose(harness, el, 'Nee');
    click(harness, el, 'Volgende');
    expect(el.querySelector('.progress-label')?.textContent).toBe('Vraag 3 van 3');
  });

  it('asks for an answer before going on, and says so to a screen reader', async () => {
    const { harness, el } = await open();
    click(harness, el, 'Start de test');
    click(harness, el, 'Volgende');
    const error = el.querySelector('nb-message[role=alert]');
    expect(error?.textContent).toContain('Kies een antwoord');
    expect(el.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('test-pick');
    expect(el.querySelector('.progress-label')?.textContent).toBe('Vraag 1 van 3');
  });

  it('scores in the browser and shows the band with its steps, sending nothing for a visitor', async () => {
    const { harness, el } = await open();
    click(harness, el, 'Start de test');
    for (const [i, label] of ['Ja', 'Soms of een beetje', 'Nee'].entries()) {
      choose(harness, el, label);
      click(harness, el, i === 2 ? 'Bekijk je uitslag' : 'Volgende');
    }
    expect(el.querySelector('#test-result')?.textContent).toBe('Je hebt serieuze geldzorgen');
    expect(el.querySelector('.score')?.textContent).toContain('Je score: 3 van de 6');
    const steps = [...el.querySelectorAll('.advice-step')];
    expect(steps.map((s) => s.querySelector('.advice-step__number')?.textContent)).toEqual(['Stap 1', 'Stap 2', 'Stap 3']);
    expect(steps.map((s) => s.querySelector('a')?.getAttribute('href'))).toEqual([
      '/bibliotheek/schulden-wat-kun-je-zelf-doen',
      '/chat/anoniem',
      '/',
    ]);
    expect(el.querySelector('nb-urgent-note')?.textContent).toContain('113');
    expect(el.textContent).toContain('We hebben je antwoorden niet bewaard.');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent?.trim())).not.toContain('Bewaar mijn uitslag');
    http.expectNone((r) => r.url.includes('self-test-results'));
  });

  it('lets a logged-in client keep the result: the answers go to the API, which scores them again', async () => {
    const { harness, el } = await open('client');
    click(harness, el, 'Start de test');
    for (const [i, label] of ['Nee', 'Nee', 'Soms of een beetje'].entries()) {
      choose(harness, el, label);
      click(harness, el, i === 2 ? 'Bekijk je uitslag' : 'Volgende');
    }
    expect(el.querySelector('#test-result')?.textContent).toBe('Je geldzaken lijken op orde');
    click(harness, el, 'Bewaar mijn uitslag');
    const req = http.expectOne('/api/library/self-test-results?lang=nl');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ versionId: TEST.versionId, answers: [0, 0, 1] });
    req.flush({});
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('nb-message[role=status]')?.textContent).toContain('Je uitslag is bewaard.');
    expect(el.querySelector('a[href="/mijn-zelftesten"]')).not.toBeNull();
  });

  it('does not offer keeping to staff', async () => {
    const { harness, el } = await open('worker');
    click(harness, el, 'Start de test');
    for (const [i, label] of ['Nee', 'Nee', 'Nee'].entries()) {
      choose(harness, el, label);
      click(harness, el, i === 2 ? 'Bekijk je uitslag' : 'Volgende');
    }
    expect([...el.querySelectorAll('button')].map((b) => b.textContent?.trim())).not.toContain('Bewaar mijn uitslag');
    expect(el.textContent).not.toContain('Log in als je je uitslag wilt bewaren');
  });

  it('says a test that does not exist does not exist', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'zelftesten/:slug', component: SelfTestPage }], withComponentInputBinding()),
      ],
    });
    const harness = await RouterTestingHarness.create('/zelftesten/bestaat-niet');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/library/self-tests/bestaat-niet?lang=nl')
      .flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    harness.detectChanges();
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain('Deze test bestaat niet (meer).');
  });

  describe('in the reader’s language (issue 17)', () => {
    /** What an Arabic reader gets when the test has Arabic: its texts, with one advised article still in Dutch. */
    const ARABIC: SelfTestView = {
      ...TEST,
      title: 'فحص سريع: هموم المال',
      shownIn: 'ar',
      requested: 'ar',
      questions: TEST.questions.map((q) => ({
        ...q,
        text: `${q.text} (ar)`,
        options: [{ points: 0, label: 'لا' }, ...q.options.slice(1)],
      })),
      bands: TEST.bands.map((b) => ({
        ...b,
        title: b.key === 'low' ? 'يبدو أن أمورك المالية مرتبة' : b.title,
        steps: [
          { kind: 'article', slug: 'je-geldzaken-op-een-rij', title: 'Je geldzaken op een rij', shownIn: 'nl' },
          { kind: 'article', slug: 'schulden-wat-kun-je-zelf-doen', title: 'الديون: ماذا يمكنك أن تفعل بنفسك؟', shownIn: 'ar' },
        ],
      })),
    };

    it('tells a Turkish reader the test is in Dutch, and marks its texts as Dutch on the page', async () => {
      const { harness, el } = await open(null, 'tr', { ...TEST, requested: 'tr' });
      const note = el.querySelector('[role="note"]');
      expect(note?.textContent?.trim()).toBe(TestBed.inject(I18n).t('contentLang.selfTestNote'));
      expect(note?.textContent).not.toContain('contentLang');
      expect(el.querySelector('h1')?.getAttribute('lang')).toBe('nl');
      expect(el.querySelector('.lead')?.getAttribute('lang')).toBe('nl');
      // The buttons are the page's own (Turkish), only the test's texts are Dutch.
      click(harness, el, 'Teste başla');
      expect(el.querySelector('fieldset legend')?.getAttribute('lang')).toBe('nl');
      expect(el.querySelector('label.option span')?.getAttribute('lang')).toBe('nl');
    });

    it('shows an Arabic reader the Arabic test without a note, and keeps the result asking in Arabic', async () => {
      const { harness, el } = await open('client', 'ar', ARABIC);
      expect(el.querySelector('[role="note"]')).toBeNull();
      expect(el.querySelector('h1')?.textContent).toBe('فحص سريع: هموم المال');
      expect(el.querySelector('h1')?.hasAttribute('lang')).toBe(false);
      click(harness, el, 'ابدأ الاختبار');
      for (const i of [0, 1, 2]) {
        choose(harness, el, 'لا');
        click(harness, el, i === 2 ? 'انظر إلى نتيجتك' : 'التالي');
      }
      expect(el.querySelector('#test-result')?.textContent).toBe('يبدو أن أمورك المالية مرتبة');
      // The advised article that has no Arabic yet is named in Dutch, marked as Dutch, left to right.
      const [dutch, arabic] = [...el.querySelectorAll('.advice-step')];
      expect(dutch.querySelector('a')?.getAttribute('lang')).toBe('nl');
      expect(dutch.querySelector('a')?.getAttribute('dir')).toBe('ltr');
      expect(dutch.querySelector('.kind')).not.toBeNull();
      expect(arabic.querySelector('a')?.hasAttribute('lang')).toBe(false);
      expect(arabic.querySelector('.kind')).toBeNull();
      click(harness, el, 'احفظ نتيجتي');
      const req = http.expectOne('/api/library/self-test-results?lang=ar');
      expect(req.request.body).toEqual({ versionId: TEST.versionId, answers: [0, 0, 0] });
    });

    it('shows a Dutch reader no note', async () => {
      const { el } = await open();
      expect(el.querySelector('[role="note"]')).toBeNull();
      expect(el.querySelector('h1')?.hasAttribute('lang')).toBe(false);
    });
  });
});
