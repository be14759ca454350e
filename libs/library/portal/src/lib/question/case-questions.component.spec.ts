import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CaseQuestion } from '@nabij/library/contracts';
import { CaseQuestionsComponent } from './case-questions.component';

const QUESTION: CaseQuestion = {
  id: 'q1',
  nickname: 'Zonnebloem',
  question: 'Mijn vriend en ik gaan uit elkaar. Wie helpt ons met de kinderen?',
  askedAt: '2026-11-28T09:00:00.000Z',
  answer: 'Wij kunnen jullie helpen met een ouderschapsplan.',
  answeredAt: '2026-11-28T13:00:00.000Z',
  answeredBy: 'Youssef Amrani',
  invitedAt: '2026-11-28T13:05:00.000Z',
  linkedAt: '2026-11-29T10:00:00.000Z',
};

describe('CaseQuestionsComponent', () => {
  let http: HttpTestingController;

  async function render(answer: CaseQuestion[]): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CaseQuestionsComponent);
    fixture.componentRef.setInput('caseId', 'case-1');
    fixture.detectChanges();
    http.expectOne('/api/library/questions/cases/case-1').flush(answer);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('shows the question the client asked anonymously, and the answer with who gave it', async () => {
    const el = await render([QUESTION]);
    expect(el.querySelector('h2')?.textContent).toBe('Anonieme vraag vóór de aanmelding');
    const texts = [...el.querySelectorAll('.thread-text')].map((p) => p.textContent);
    expect(texts).toEqual([QUESTION.question, QUESTION.answer]);
    expect(el.textContent).toContain('Zonnebloem vroeg op');
    expect(el.textContent).toContain('Antwoord van Youssef Amrani op');
  });

  it('says a question has no answer yet', async () => {
    const el = await render([{ ...QUESTION, answer: null, answeredAt: null, answeredBy: null }]);
    expect(el.textContent).toContain('Deze vraag heeft nog geen antwoord.');
  });

  it('shows nothing on a case without an anonymous question', async () => {
    const el = await render([]);
    expect(el.querySelector('section')).toBeNull();
  });
});
