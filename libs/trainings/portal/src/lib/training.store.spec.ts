import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ENROLMENT, progress } from './training.fixtures';
import { TrainingStore } from './training.store';

describe('TrainingStore', () => {
  let http: HttpTestingController;
  let store: TrainingStore;

  async function load(p: ReturnType<typeof progress>): Promise<void> {
    const loading = store.load();
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/training-enrolments/e1/progress').flush(p);
    await loading;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(TrainingStore);
  });
  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  /** Some seconds pass (the client comes back to the page later), so load() asks the API again. */
  function later(): void {
    const now = Date.now() + 3_000;
    jest.spyOn(Date, 'now').mockReturnValue(now);
  }

  it('the menu badge and the page asking at once share one load', async () => {
    const [badge, page] = [store.load(), store.load()];
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await new Promise((r) => setTimeout(r));
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await expect(Promise.all([badge, page])).resolves.toEqual([expect.objectContaining({ modules: expect.any(Array) }), expect.anything()]);
    // Just loaded: a third ask gets the same, without a request (http.verify() after each test).
    await expect(store.load()).resolves.toBe(await badge);
  });

  it('trainer feedback unlocks the next module and counts as new feedback until seen', async () => {
    await load(progress('waiting_for_feedback'));
    expect(store.progress()?.modules[1].status).toBe('locked');
    store.markFeedbackSeen();
    expect(store.newFeedback()).toBe(0);

    later();
    await load(progress('done', 'open'));
    expect(store.progress()?.modules.map((m) => m.status)).toEqual(['done', 'open', 'locked']);
    expect(store.newFeedback()).toBe(1);

    store.markFeedbackSeen();
    expect(store.newFeedback()).toBe(0);
    expect(localStorage.getItem('nabij.training.seenFeedback.e1')).toBe('["m1"]');
  });

  it('opening a locked module rejects with the API 409, so the page can say it is locked', async () => {
    await load(progress('open'));
    const opening = store.openModule('m2');
    http
      .expectOne('/api/training-enrolments/e1/modules/m2')
      .flush({ statusCode: 409, error: 'Conflict', message: 'locked' }, { status: 409, statusText: 'Conflict' });
    await expect(opening).rejects.toMatchObject({ status: 409 });
    expect(store.module()).toBeNull();
  });
});
