import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ENROLMENT, progress } from '../training.fixtures';
import { MyTrainingPage } from './my-training.page';

describe('MyTrainingPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await harness.fixture.whenStable();
    }
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'training', component: MyTrainingPage }])],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/training');
    el = harness.routeNativeElement as HTMLElement;
  });
  afterEach(() => http.verify());

  it('shows progress, the goals and a locked module as locked, without a link', async () => {
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('done', 'open'));
    await settle();

    expect(el.textContent).toContain('1 van 3 modules klaar');
    // The way back, as on Berichten and Dossier, a full tap target (.back-link).
    expect(el.querySelector('.back-link a[href="/home"]')?.textContent).toBe('Terug naar je overzicht');
    expect(el.textContent).toContain('Nee zeggen als ik nee bedoel');
    const [first, second, third] = Array.from(el.querySelectorAll<HTMLElement>('.module-item'));
    expect(first.textContent).toContain('Klaar');
    expect(second.querySelector('a')?.getAttribute('href')).toBe('/training/module/m2');
    expect(third.dataset['status']).toBe('locked');
    expect(third.textContent).toContain('Nog op slot');
    expect(third.querySelector('a')).toBeNull();
  });

  it('keeps reminders off until the client turns them on', async () => {
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await settle();
    const box = el.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    expect(el.textContent).toContain('Je krijgt geen herinneringen.');

    box.click();
    const req = http.expectOne('/api/training-enrolments/e1/reminders');
    expect(req.request.body).toEqual({ enabled: true, frequency: 'weekly' });
    req.flush({ ...ENROLMENT, reminders: { enabled: true, frequency: 'weekly' } });
    await settle();
    expect(el.textContent).toContain('Je krijgt elke week een herinnering.');
  });

  it('shows the catalogue when the client has not enrolled yet', async () => {
    http.expectOne('/api/training-enrolments/mine').flush([]);
    await settle();
    http.expectOne('/api/trainings').flush([
      {
        id: 't1',
        title: 'Assertiviteit',
        summary: 'Voor jezelf opkomen.',
        moduleCount: 8,
        goalExamples: ['Grenzen aangeven'],
        myEnrolmentId: null,
      },
    ]);
    await settle();
    expect(el.textContent).toContain('Kies een training');
    expect(el.textContent).toContain('8 modules');
  });
});
