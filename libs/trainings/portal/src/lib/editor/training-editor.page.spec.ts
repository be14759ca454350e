import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuthoringTraining, CatalogueTraining } from '@nabij/trainings/contracts';
import { controlOf, stepContentOf, TrainingEditorPage } from './training-editor.page';

const LIST: CatalogueTraining[] = [
  {
    id: 't1',
    title: 'Assertiviteit',
    summary: 'Voor jezelf opkomen.',
    kind: 'guided',
    moduleCount: 1,
    goalExamples: [],
    myEnrolmentId: null,
  },
];
const CONTENT: AuthoringTraining = {
  id: 't1',
  title: 'Assertiviteit',
  summary: 'Voor jezelf opkomen.',
  kind: 'guided',
  trainerId: null,
  goalExamples: [],
  published: false,
  modules: [
    {
      id: 'm1',
      position: 1,
      title: 'Wat is assertief?',
      intro: '',
      requiresFeedback: true,
      steps: [
        { id: 's1', position: 1, kind: 'text', title: 'Lezen', content: { body: '## Wat is assertief?\nJe zegt wat je vindt.' } },
        { id: 's2', position: 2, kind: 'self_test', title: 'Zelftest', content: { questions: [], bands: [] } },
      ],
    },
    { id: 'm2', position: 2, title: 'Grenzen voelen', intro: '', requiresFeedback: false, steps: [] },
  ],
};

describe('TrainingEditorPage', () => {
  let http: HttpTestingController;
  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    }
  };
  const buttons = (el: HTMLElement, text: string) =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('button')).filter((b) => b.textContent?.trim().startsWith(text));
  function type(el: HTMLElement, selector: string, value: string): void {
    const control = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    control.value = value;
    control.dispatchEvent(new Event('input'));
  }
  const submit = (el: HTMLElement) => el.querySelector<HTMLButtonElement>('.editor-form button[type=submit]')!.click();

  async function setup(content: AuthoringTraining = CONTENT) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TrainingEditorPage);
    http.expectOne('/api/trainings').flush(LIST);
    await settle(fixture);
    const el = fixture.nativeElement as HTMLElement;
    buttons(el, 'Assertiviteit')[0].click();
    http.expectOne('/api/trainings/t1/content').flush(content);
    await settle(fixture);
    return { fixture, el };
  }

  afterEach(() => http.verify());

  it('lists trainings and shows the modules with their steps and feedback moments', async () => {
    const { el } = await setup();
    expect(el.querySelector('#editor-training-title')?.textContent).toContain('Assertiviteit');
    expect(Array.from(el.querySelectorAll('.editor-module h4')).map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Wat is assertief? feedbackmoment',
      'Grenzen voelen',
    ]);
    expect(el.querySelectorAll('.editor-steps li').length).toBe(2);
  });

  it('saves a text step with plain fields and shows the updated training', async () => {
    const { fixture, el } = await setup();
    el.querySelectorAll<HTMLButtonElement>('.editor-steps button')[0].click();
    await settle(fixture);
    expect(el.querySelector<HTMLTextAreaElement>('#ed-body')?.value).toContain('## Wat is assertief?');
    type(el, '#ed-body', '## Nieuw kopje\nKorte tekst.');
    submit(el);
    const req = http.expectOne('/api/training-steps/s1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ kind: 'text', title: 'Lezen', content: { body: '## Nieuw kopje\nKorte tekst.' } });
    req.flush({
      ...CONTENT,
      modules: [{ ...CONTENT.modules[0], steps: [{ ...CONTENT.modules[0].steps[0], title: 'Lezen' }] }, CONTENT.modules[1]],
    });
    await settle(fixture);
    expect(el.querySelector('.editor-form')).toBeNull();
    expect(el.textContent).toContain('Opgeslagen.');
  });

  it('shows the API 400 field errors under the field and in a list', async () => {
    const { fixture, el } = await setup();
    el.querySelectorAll<HTMLButtonElement>('.editor-steps button')[3].click(); // the self-test's "Bewerken"
    await settle(fixture);
    type(el, '#ed-json', '{"questions": [{"id": "q1", "type": "scale", "text": ""}], "bands": []}');
    submit(el);
    http.expectOne('/api/training-steps/s2').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Check these fields',
        fields: { 'content.questions[0].text': ['write the question'], 'content.bands': ['give at least one band'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(el.querySelector('#ed-json')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#ed-json-error')?.textContent).toContain('write the question');
    expect(Array.from(el.querySelectorAll('.editor-errors li')).map((li) => li.textContent?.trim())).toEqual([
      'content.questions[0].text: write the question',
      'content.bands: give at least one band',
    ]);
  });

  it('refuses invalid JSON before sending', async () => {
    const { fixture, el } = await setup();
    el.querySelectorAll<HTMLButtonElement>('.editor-steps button')[3].click();
    await settle(fixture);
    type(el, '#ed-json', '{ niet af');
    submit(el);
    await settle(fixture);
    expect(el.querySelector('#ed-json-error')?.textContent).toContain('Dit is geen geldige JSON.');
    http.expectNone('/api/training-steps/s2');
  });

  it('adds a module with a feedback moment and moves a module down with the keyboard-reachable buttons', async () => {
    const { fixture, el } = await setup();
    buttons(el, 'Module toevoegen')[0].click();
    await settle(fixture);
    type(el, '#ed-title', 'Nee zeggen');
    el.querySelector<HTMLInputElement>('input[name=requiresFeedback]')!.click();
    submit(el);
    const add = http.expectOne('/api/trainings/t1/modules');
    expect(add.request.body).toEqual({ title: 'Nee zeggen', intro: '', requiresFeedback: true });
    add.flush(CONTENT);
    await settle(fixture);
    el.querySelector<HTMLButtonElement>('button[aria-label="Wat is assertief? omlaag"]')!.click();
    const move = http.expectOne('/api/training-modules/m1');
    expect(move.request.body).toEqual({ position: 2 });
    move.flush(CONTENT);
  });

  it('updates title, summary and published of the training', async () => {
    const { fixture, el } = await setup();
    buttons(el, 'Bewerken: Training')[0].click();
    await settle(fixture);
    el.querySelector<HTMLInputElement>('input[name=published]')!.click();
    submit(el);
    const req = http.expectOne('/api/trainings/t1');
    expect(req.request.body).toEqual({ title: 'Assertiviteit', summary: 'Voor jezelf opkomen.', published: true, kind: 'guided' });
    req.flush({ ...CONTENT, published: true });
    await settle(fixture);
    http.expectOne('/api/trainings').flush(LIST);
    await settle(fixture);
    expect(el.textContent).toContain('gepubliceerd');
  });

  it('makes a training self-help, which hides the feedback moments and the homework step kind', async () => {
    const { fixture, el } = await setup();
    buttons(el, 'Bewerken: Training')[0].click();
    await settle(fixture);
    const kind = el.querySelector<HTMLSelectElement>('select[name=courseKind]')!;
    expect(el.querySelector(`label[for="${kind.id}"]`)?.textContent).toContain('Soort training');
    kind.value = 'self_help';
    kind.dispatchEvent(new Event('change'));
    submit(el);
    const req = http.expectOne('/api/trainings/t1');
    expect(req.request.body).toMatchObject({ kind: 'self_help' });
    req.flush({ ...CONTENT, kind: 'self_help' });
    await settle(fixture);
    http.expectOne('/api/trainings').flush(LIST);
    await settle(fixture);
    expect(el.querySelector('.editor-module h4')?.textContent).not.toContain('feedbackmoment');
    buttons(el, 'Bewerken')
      .find((b) => b.closest('.editor-module'))!
      .click();
    await settle(fixture);
    expect(el.querySelector('input[name=requiresFeedback]')).toBeNull();
    buttons(el, 'Stap toevoegen')[0].click();
    await settle(fixture);
    const stepKinds = Array.from(el.querySelectorAll<HTMLOptionElement>('select[name=kind] option')).map((o) => o.value);
    expect(stepKinds).toEqual(['text', 'video', 'self_test']);
  });

  it('offers the film and captions upload on an open video step', async () => {
    const video = {
      id: 's3',
      position: 3,
      kind: 'video' as const,
      title: 'Filmpje',
      content: { url: null, fileRef: null, captions: 'Verteller: hallo.' },
      media: { video: null, captions: null, sources: { videoUrl: null, captionsUrl: null } },
    };
    const { fixture, el } = await setup({ ...CONTENT, modules: [{ ...CONTENT.modules[0], steps: [video] }] });
    expect(el.querySelector('nb-video-files')).toBeNull();
    el.querySelector<HTMLButtonElement>('.editor-steps button')!.click();
    await settle(fixture);
    expect(el.querySelector('nb-video-files legend')?.textContent).toBe('Filmpje en ondertiteling');
    expect(el.querySelector('#media-video-s3')).not.toBeNull();
    const input = el.querySelector<HTMLInputElement>('#media-video-s3')!;
    Object.defineProperty(input, 'files', { value: [new File(['film'], 'buurman.mp4', { type: 'video/mp4' })] });
    input.dispatchEvent(new Event('change'));
    const withFilm = { ...video, content: { ...video.content, fileRef: 'f1' } };
    http.expectOne('/api/training-steps/s3/video').flush({ ...CONTENT, modules: [{ ...CONTENT.modules[0], steps: [withFilm] }] });
    await settle(fixture);
    // Saving the open form afterwards keeps the film the upload named.
    submit(el);
    const save = http.expectOne('/api/training-steps/s3');
    expect(save.request.body.content).toEqual({ url: null, fileRef: 'f1', captions: 'Verteller: hallo.' });
    save.flush(CONTENT);
  });
});

describe('editor helpers', () => {
  it('maps API fields to controls', () => {
    expect(controlOf('content.body')).toBe('body');
    expect(controlOf('content.questions[2].options')).toBe('json');
    expect(controlOf('title')).toBe('title');
  });
  it('builds video content without JSON, empty URL as null', () => {
    expect(stepContentOf({ kind: 'video', url: ' ', captions: 'Tekst', fileRef: null } as never)).toEqual({
      content: { url: null, fileRef: null, captions: 'Tekst' },
    });
    expect(stepContentOf({ kind: 'assignment', json: '[1]' } as never)).toEqual({ jsonError: true });
  });
});
