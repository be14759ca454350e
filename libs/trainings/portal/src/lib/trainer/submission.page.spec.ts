import type { HttpTestingController } from '@angular/common/http/testing';
import type { TrainerSubmissionView } from '@nabij/trainings/contracts';
import { submission } from '../training.fixtures';
import { TrainerSubmissionPage } from './submission.page';
import { openRoutedPage } from '../routed-page.testing';

const SCORED: TrainerSubmissionView = {
  ...submission('submitted'),
  selfTests: [
    {
      stepId: 'st3',
      stepTitle: 'Test: hoe reageer jij?',
      result: {
        score: 10,
        maxScore: 12,
        title: 'Je bent al aardig assertief',
        text: 'Je zegt vaak al wat je vindt.',
        takenAt: '2026-11-02T09:30:00Z',
      },
    },
    { stepId: 'st5', stepTitle: 'Test: grenzen', result: null },
  ],
};

describe('TrainerSubmissionPage: the self-test beside the homework', () => {
  let http: HttpTestingController;
  let settle: () => Promise<void>;
  let el: HTMLElement;

  beforeEach(async () => {
    ({ http, el, settle } = await openRoutedPage('huiswerk/:submissionId', TrainerSubmissionPage, '/huiswerk/s1'));
  });

  /** The answers load first; goals, name and questions are context that may fail without harm. */
  async function load(view: TrainerSubmissionView): Promise<void> {
    http.expectOne('/api/training-submissions/s1').flush(view);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(null, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/trainer/training-participants').flush([]);
    await settle();
  }

  it('shows the band, the score and the result text as the client saw them, and a test not taken yet', async () => {
    await load(SCORED);
    const section = el.querySelector<HTMLElement>('section[aria-labelledby="self-tests-title"]')!;
    expect(section.querySelector('h2')?.textContent).toBe('Zelftest van deze module');
    expect(section.textContent).toContain('Test: hoe reageer jij?');
    expect(section.textContent).toContain('Je bent al aardig assertief');
    expect(section.textContent).toContain('10 van 12 punten');
    expect(section.textContent).toContain('Je zegt vaak al wat je vindt.');
    expect(section.textContent).toContain('Test: grenzen');
    expect(section.textContent).toContain('Nog niet gedaan.');
    http.verify();
  });

  it('shows no self-test section when the module has none', async () => {
    await load({ ...SCORED, selfTests: [] });
    expect(el.querySelector('#self-tests-title')).toBeNull();
    expect(el.textContent).toContain('Mijn zus vroeg iets.');
    http.verify();
  });
});
