import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ClientSelfTestContent, ModuleView } from '@nabij/trainings/contracts';
import { TrainingStore } from '../training.store';
import { ENROLMENT, progress } from '../training.fixtures';
import { SelfTestComponent } from './self-test.component';

const CONTENT: ClientSelfTestContent = {
  intro: 'Er is geen goed of fout.',
  questions: [
    {
      id: 'q1',
      type: 'multiple_choice',
      text: 'Wat doe je?',
      options: [
        { id: 'a', label: 'Niets' },
        { id: 'b', label: 'Ik zeg het' },
      ],
    },
    { id: 'q2', type: 'scale', text: 'Ik zeg wat ik vind.', min: 1, max: 5, minLabel: 'Bijna nooit', maxLabel: 'Bijna altijd' },
  ],
};

describe('SelfTestComponent', () => {
  let http: HttpTestingController;

  async function setup() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(TrainingStore);
    const loading = store.load();
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await loading;
    const opening = store.openModule('m1');
    http.expectOne('/api/training-enrolments/e1/modules/m1').flush({
      id: 'm1',
      position: 1,
      title: 'Wat is assertief?',
      intro: '',
      requiresFeedback: true,
      status: 'open',
      steps: [],
      requested: 'nl',
      shownIn: 'nl',
    } satisfies ModuleView);
    await opening;
    const fixture = TestBed.createComponent(SelfTestComponent);
    fixture.componentRef.setInput('stepId', 'st3');
    fixture.componentRef.setInput('content', CONTENT);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  const button = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.button-row .button')!;

  afterEach(() => http.verify());

  it('asks one question at a time and will not go on without an answer', async () => {
    const { fixture, el } = await setup();
    expect(el.textContent).toContain('Vraag 1 van 2');
    expect(el.querySelectorAll('fieldset').length).toBe(1);
    button(el).click();
    await fixture.whenStable();
    expect(el.textContent).toContain('Kies een antwoord.');
    expect(el.textContent).toContain('Vraag 1 van 2');
  });

  it('sends the answers for scoring and shows the score with the friendly result text', async () => {
    const { fixture, el } = await setup();
    el.querySelector<HTMLInputElement>('input[value=b]')!.click();
    button(el).click();
    await fixture.whenStable();
    expect(el.textContent).toContain('Vraag 2 van 2');
    el.querySelector<HTMLInputElement>('input[value="4"]')!.click();
    await fixture.whenStable();
    expect(button(el).textContent).toContain('Bekijk mijn uitslag');
    button(el).click();

    const req = http.expectOne('/api/training-enrolments/e1/steps/st3/self-test');
    expect(req.request.body).toEqual({ answers: { q1: 'b', q2: 4 } });
    req.flush({
      score: 5,
      maxScore: 6,
      title: 'Je bent al aardig assertief',
      text: 'Je zegt vaak al wat je vindt. Mooi!',
      takenAt: '2026-11-02T10:00:00Z',
    });
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();

    const result = el.querySelector('.test-result')!;
    expect(result.getAttribute('role')).toBe('status');
    expect(result.textContent).toContain('Je score: 5 van 6');
    expect(result.textContent).toContain('Je bent al aardig assertief');
    expect(result.textContent).toContain('Mooi!');
    expect(el.textContent).toContain('Door naar het huiswerk');
  });
});
