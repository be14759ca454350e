import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { POSTCODE_CHECK_TAB_KEY } from '@nabij/intake/contracts';
import { RouterTestingHarness } from '@angular/router/testing';
import type { QuestionThread } from '@nabij/library/contracts';
import { MyQuestionPage } from './my-question.page';

const TOKEN = 'Abc_-'.repeat(8) + 'xyz';

describe('MyQuestionPage', () => {
  let http: HttpTestingController;

  async function open(url: string): Promise<{ harness: RouterTestingHarness; el: HTMLElement }> {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'mijn-vraag', component: MyQuestionPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  const thread: QuestionThread = {
    nickname: 'Zonnebloem',
    question: 'Ik heb een brief van de deurwaarder.',
    askedAt: '2026-12-01T09:00:00.000Z',
    dueAt: '2026-12-03T09:00:00.000Z',
    answer: null,
    answeredAt: null,
    invitedAt: null,
  };

  it('sends the token from after # in a POST body, and shows that the answer is on its way', async () => {
    const { harness, el } = await open(`/mijn-vraag#${TOKEN}`);
    const req = http.expectOne('/api/library/questions/read');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ token: TOKEN });
    req.flush(thread);
    harness.detectChanges();
    expect(el.querySelector('.thread-text')?.textContent).toBe('Ik heb een brief van de deurwaarder.');
    expect(el.textContent).toContain('Er is nog geen antwoord.');
  });

  it('shows the answer when there is one, with the way to sign up', async () => {
    const { harness, el } = await open(`/mijn-vraag#${TOKEN}`);
    http
      .expectOne('/api/library/questions/read')
      .flush({ ...thread, answer: 'Bel de deurwaarder.', answeredAt: '2026-12-01T12:00:00.000Z' });
    harness.detectChanges();
    expect([...el.querySelectorAll('.thread-text')].map((p) => p.textContent)).toEqual([
      'Ik heb een brief van de deurwaarder.',
      'Bel de deurwaarder.',
    ]);
    expect(el.querySelector('a[href="/"]')?.textContent).toContain('Meld je aan');
  });

  it('says the link does not work for a wrong link, and asks nothing for a link without a token', async () => {
    const first = await open(`/mijn-vraag#${TOKEN}`);
    http.expectOne('/api/library/questions/read').flush({ statusCode: 404 }, { status: 404, statusText: 'Not Found' });
    first.harness.detectChanges();
    expect(first.el.textContent).toContain('Deze link werkt niet.');
    TestBed.resetTestingModule();
    const second = await open('/mijn-vraag');
    http.expectNone('/api/library/questions/read');
    second.harness.detectChanges();
    expect(second.el.textContent).toContain('Deze link werkt niet.');
  });

  it('offers registration once a worker invited: a fresh postcode check goes to the tab and the registration form opens', async () => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'mijn-vraag', component: MyQuestionPage },
          { path: 'register', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(`/mijn-vraag#${TOKEN}`);
    const el = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/library/questions/read').flush({ ...thread, invitedAt: '2026-12-02T09:00:00.000Z' });
    harness.detectChanges();
    expect(el.querySelector('#my-question-invited')?.textContent).toBe('Je bent uitgenodigd om je aan te melden');
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Aanmelden')!.click();
    const req = http.expectOne('/api/library/questions/registration-check');
    expect(req.request.body).toEqual({ token: TOKEN });
    const check = {
      served: true,
      postcode: '2312 AB',
      checkId: 'c2',
      expiresAt: '2026-12-02T11:00:00.000Z',
      financier: 'Leiden',
      financierId: 'f1',
      organisation: 'MW',
      organisationSlug: 'mw',
    };
    req.flush(check);
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/register');
    expect(JSON.parse(sessionStorage.getItem(POSTCODE_CHECK_TAB_KEY) ?? 'null')).toMatchObject({ checkId: 'c2', served: true });
  });
});
