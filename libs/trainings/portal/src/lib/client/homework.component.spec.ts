import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Drafts } from '@nabij/platform/portal';
import type { SubmissionView } from '@nabij/trainings/contracts';
import { ENROLMENT, progress, submission } from '../training.fixtures';
import { TrainingStore } from '../training.store';
import { HomeworkComponent } from './homework.component';

describe('HomeworkComponent (diary form)', () => {
  let http: HttpTestingController;

  async function setup(sub: SubmissionView | null, providers: Provider[] = []) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ...providers] });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(TrainingStore).load();
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await loading;
    const fixture = TestBed.createComponent(HomeworkComponent);
    fixture.componentRef.setInput('stepId', 'st4');
    fixture.componentRef.setInput('content', { type: 'diary', intro: 'Kies één moment van deze week.' });
    fixture.componentRef.setInput('submission', sub);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }
  function fillAll(el: HTMLElement, value: string): void {
    for (const area of Array.from(el.querySelectorAll('textarea'))) {
      area.value = value;
      area.dispatchEvent(new Event('input'));
    }
  }
  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    }
  };

  afterEach(() => http.verify());

  it('shows the five diary fields, each with a plain-language hint', async () => {
    const { el } = await setup(null);
    const labels = Array.from(el.querySelectorAll('label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Wat gebeurde er?', 'Wat dacht je?', 'Wat voelde je?', 'Wat deed je?', 'Wat had je willen doen?']);
    expect(el.querySelectorAll('.field-hint').length).toBe(5);
    expect(el.querySelector('#hw-feelings')?.getAttribute('aria-describedby')).toBe('hw-feelings-hint');
  });

  it('shows the 400 field errors from the API under the right fields', async () => {
    const { fixture, el } = await setup(null);
    fillAll(el, 'Een heel verhaal');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http.expectOne('/api/training-enrolments/e1/steps/st4/homework').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Check the answers',
        fields: { 'answers.thoughts': ['write an answer'], 'answers.wish': ['keep the answer under 4000 characters'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(el.querySelector('#hw-thoughts')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#hw-thoughts-error')?.textContent).toContain('Schrijf hier iets op.');
    expect(el.querySelector('#hw-wish-error')?.textContent).toContain('Dit is te lang');
    expect(el.querySelector('#hw-situation')?.getAttribute('aria-invalid')).toBeNull();
  });

  it('puts back the answers kept on the device (drafts) and forgets them once sent', async () => {
    const kept = new Map([
      ['homework:st4:situation', 'Mijn buurman vroeg of ik zijn auto wilde wassen.'],
      ['homework:st4:thoughts', 'Ik durfde geen nee te zeggen.'],
    ]);
    const drafts = {
      has: (name: string) => kept.has(name),
      read: async (name: string) => kept.get(name) ?? null,
      save: async (name: string, text: string) => void kept.set(name, text),
      clear: (name: string) => void kept.delete(name),
    };
    const { fixture, el } = await setup(null, [{ provide: Drafts, useValue: drafts }]);
    await settle(fixture);
    expect(el.querySelector<HTMLTextAreaElement>('#hw-situation')!.value).toBe('Mijn buurman vroeg of ik zijn auto wilde wassen.');
    expect(el.querySelector<HTMLTextAreaElement>('#hw-thoughts')!.value).toBe('Ik durfde geen nee te zeggen.');
    const feelings = el.querySelector<HTMLTextAreaElement>('#hw-feelings')!;
    feelings.value = 'Boos op mezelf';
    feelings.dispatchEvent(new Event('input'));
    expect(kept.get('homework:st4:feelings')).toBe('Boos op mezelf');
    fillAll(el, 'Een heel verhaal');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http.expectOne('/api/training-enrolments/e1/steps/st4/homework').flush(submission('submitted'));
    await settle(fixture);
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('waiting_for_feedback'));
    await settle(fixture);
    expect([...kept.keys()]).toEqual([]);
  });

  it('after sending, says the trainer will look at it within a few days', async () => {
    const { fixture, el } = await setup(null);
    fillAll(el, 'Een heel verhaal');
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    http.expectOne('/api/training-enrolments/e1/steps/st4/homework').flush(submission('submitted'));
    await settle(fixture);
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('waiting_for_feedback'));
    await settle(fixture);
    expect(el.textContent).toContain('Je trainer kijkt ernaar. Je krijgt meestal binnen een paar dagen antwoord.');
    expect(el.querySelector('textarea')).toBeNull();
  });

  it('a returned piece shows the trainer note above an open form with the earlier answers', async () => {
    const { el } = await setup(submission('returned', 'Mooi begin! Wat merkte je in je lijf?'));
    expect(el.querySelector('.feedback--returned')?.textContent).toContain('Wat merkte je in je lijf?');
    expect(el.querySelector<HTMLTextAreaElement>('#hw-situation')?.value).toBe('Mijn zus vroeg iets.');
    expect(el.querySelector('button[type=submit]')?.textContent).toContain('Stuur opnieuw');
  });

  it('after trainer feedback the homework is read-only, with the feedback and the way on', async () => {
    const { fixture, el } = await setup(submission('submitted'));
    expect(el.textContent).toContain('Nog iets aanpassen');
    fixture.componentRef.setInput('submission', submission('feedback_given', 'Wat goed! Wat wil je je zus zeggen?'));
    await fixture.whenStable();
    expect(el.querySelector('textarea')).toBeNull();
    expect(el.textContent).not.toContain('Nog iets aanpassen');
    expect(el.querySelector('.feedback')?.textContent).toContain('Je trainer schreef');
    expect(el.querySelector('.feedback')?.textContent).toContain('Wat wil je je zus zeggen?');
    expect(el.querySelector('dl.answers')?.textContent).toContain('Ik zei ja.');
    expect(el.textContent).toContain('Naar de volgende module');
  });
});
