import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18n } from '@nabij/platform/portal';
import type { ModuleView } from '@nabij/trainings/contracts';
import { ENROLMENT, progress } from '../training.fixtures';
import { ModulePage } from './module.page';
import { openRoutedPage } from '../routed-page.testing';

const MEDIA = '/api/training-media/0b6f3c1e-8c5a-4a3e-9d7e-2f1a6b5c4d3e?access=eyJtIjoiMCJ9.c2ln';
const CAPTIONS = '/api/training-media/1c7f4d2e-9d6b-4b4f-8e8f-3a2b7c6d5e4f?access=eyJtIjoiMSJ9.c2ln';

function moduleWith(media: { videoUrl: string | null; captionsUrl: string | null }): ModuleView {
  return {
    id: 'm1',
    position: 1,
    title: 'Wat is assertief?',
    intro: 'Voor jezelf opkomen.',
    requiresFeedback: true,
    status: 'open',
    steps: [
      {
        id: 'st2',
        position: 1,
        title: 'Filmpje: drie keer de buurman',
        done: false,
        kind: 'video',
        shownIn: 'nl',
        content: { url: null, fileRef: media.videoUrl ? 'f1' : null, captions: 'Verteller: Dit is Sanne.' },
        media,
      },
    ],
    requested: 'nl',
    shownIn: 'nl',
  };
}

describe('ModulePage: the video step', () => {
  let http: HttpTestingController;
  let settle: () => Promise<void>;
  let el: HTMLElement;

  async function open(view: ModuleView, url = '/api/training-enrolments/e1/modules/m1'): Promise<void> {
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await settle();
    http.expectOne(url).flush(view);
    await settle();
  }

  beforeEach(async () => {
    localStorage.clear();
    ({ http, el, settle } = await openRoutedPage('training/module/:moduleId', ModulePage, '/training/module/m1'));
  });
  afterEach(() => http.verify());

  it('plays the uploaded film in a native player with Dutch captions as a track, and keeps the written version', async () => {
    await open(moduleWith({ videoUrl: MEDIA, captionsUrl: CAPTIONS }));
    const video = el.querySelector<HTMLVideoElement>('video')!;
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('src')).toBe(MEDIA);
    expect(video.getAttribute('aria-label')).toBe('Filmpje: drie keer de buurman');
    const track = video.querySelector<HTMLTrackElement>('track')!;
    expect(track.getAttribute('kind')).toBe('captions');
    expect(track.getAttribute('srclang')).toBe('nl');
    expect(track.getAttribute('src')).toBe(CAPTIONS);
    expect(el.textContent).toContain('Verteller: Dit is Sanne.');
    expect(el.textContent).not.toContain('Het filmpje komt later');
  });

  it('adds no track for a captions address that is not our own media route', async () => {
    await open(moduleWith({ videoUrl: MEDIA, captionsUrl: 'https://elders.example/ondertitels.vtt' }));
    expect(el.querySelector('video track')).toBeNull();
  });

  it('says the film comes later when none was uploaded, and shows what happens in it', async () => {
    await open(moduleWith({ videoUrl: null, captionsUrl: null }));
    expect(el.querySelector('video')).toBeNull();
    expect(el.textContent).toContain('Het filmpje komt later');
    expect(el.textContent).toContain('Verteller: Dit is Sanne.');
  });
});

/** Issue 17: the module in the participant's language, or Dutch with a note in their language. */
describe('ModulePage: languages', () => {
  let http: HttpTestingController;
  let settle: () => Promise<void>;
  let el: HTMLElement;

  async function open(lang: string, view: ModuleView): Promise<void> {
    localStorage.clear();
    localStorage.setItem('nabij.lang', lang);
    ({ http, el, settle } = await openRoutedPage('training/module/:moduleId', ModulePage, '/training/module/m1'));
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await settle();
    http.expectOne(`/api/training-enrolments/e1/modules/m1?lang=${lang}`).flush(view);
    await TestBed.inject(I18n).ready();
    await settle();
  }
  afterEach(() => http.verify());

  const reading = (title: string, body: string): ModuleView['steps'][number] => ({
    id: 'st1',
    position: 1,
    title,
    done: false,
    kind: 'text',
    content: { body },
  });

  it('tells a Polish participant, in Polish, that the module is in Dutch, and marks the Dutch text as Dutch', async () => {
    await open('pl', {
      ...moduleWith({ videoUrl: null, captionsUrl: null }),
      steps: [reading('Lezen: geldzorgen zijn heel gewoon', '## Je bent niet de enige')],
      requested: 'pl',
      shownIn: 'nl',
    });
    expect(el.querySelector('[role="note"]')?.textContent?.trim()).toBe(
      'Tego modułu nie ma jeszcze po polsku. Czytasz tekst po niderlandzku.',
    );
    expect(el.querySelector('.reading')?.getAttribute('lang')).toBe('nl');
    expect(el.querySelector('.reading')?.getAttribute('dir')).toBe('ltr');
  });

  it('shows a translated module without a note, in the page language', async () => {
    await open('ar', {
      ...moduleWith({ videoUrl: null, captionsUrl: null }),
      title: 'كيف حال أموالك الآن؟',
      steps: [reading('قراءة', '## لست وحدك')],
      requested: 'ar',
      shownIn: 'ar',
    });
    expect(el.querySelector('[role="note"]')).toBeNull();
    expect(el.querySelector('h1')?.textContent).toContain('كيف حال أموالك الآن؟');
    expect(el.querySelector('.reading')?.hasAttribute('lang')).toBe(false);
    expect(document.documentElement.dir).toBe('rtl');
  });

  const selfTestStep = (shownIn: 'nl' | 'ar', text: string, label: string): ModuleView['steps'][number] => ({
    id: 'st2',
    position: 1,
    title: 'Test',
    done: false,
    kind: 'self_test',
    content: { intro: text, questions: [{ id: 'q4', type: 'multiple_choice', text, options: [{ id: 'a', label }] }] },
    lastResult: null,
    shownIn,
  });

  it('marks a self-test still in Dutch as Dutch, left to right, inside a translated Arabic module; its buttons stay Arabic', async () => {
    await open('ar', {
      ...moduleWith({ videoUrl: null, captionsUrl: null }),
      title: 'كيف حال أموالك الآن؟',
      steps: [selfTestStep('nl', 'Weet je hoeveel geld er elke maand binnenkomt?', 'Ja, precies.')],
      requested: 'ar',
      shownIn: 'ar',
    });
    const legend = el.querySelector('legend');
    expect(legend?.textContent).toBe('Weet je hoeveel geld er elke maand binnenkomt?');
    expect(legend?.getAttribute('lang')).toBe('nl');
    expect(legend?.getAttribute('dir')).toBe('ltr');
    expect(el.querySelector('.choice span')?.getAttribute('lang')).toBe('nl');
    expect(el.querySelector('nb-self-test button')?.hasAttribute('lang')).toBe(false);
  });

  it("marks a film's written version still in Dutch as Dutch, left to right, inside a translated Arabic module", async () => {
    const film = (shownIn: 'nl' | 'ar', captions: string): ModuleView['steps'][number] => ({
      id: 'st2',
      position: 1,
      title: 'فيلم',
      done: false,
      kind: 'video',
      shownIn,
      content: { url: null, fileRef: null, captions },
      media: { videoUrl: null, captionsUrl: null },
    });
    const arabicModule = {
      ...moduleWith({ videoUrl: null, captionsUrl: null }),
      title: 'كيف حال أموالك الآن؟',
      requested: 'ar' as const,
      shownIn: 'ar' as const,
    };
    await open('ar', { ...arabicModule, steps: [film('nl', 'Verteller: Dit is Sanne.')] });
    const captions = el.querySelector('.captions')!;
    expect(captions.textContent).toContain('Verteller: Dit is Sanne.');
    expect([captions.getAttribute('lang'), captions.getAttribute('dir')]).toEqual(['nl', 'ltr']);
  });

  it('gives a translated self-test no language of its own: it is in the page language', async () => {
    await open('ar', {
      ...moduleWith({ videoUrl: null, captionsUrl: null }),
      steps: [selfTestStep('ar', 'هل تعرف كم من المال يدخل كل شهر؟', 'نعم، بالضبط.')],
      requested: 'ar',
      shownIn: 'ar',
    });
    expect(el.querySelector('legend')?.textContent).toBe('هل تعرف كم من المال يدخل كل شهر؟');
    expect(el.querySelector('legend')?.hasAttribute('lang')).toBe(false);
    expect(el.querySelector('legend')?.hasAttribute('dir')).toBe(false);
  });
});
