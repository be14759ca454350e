import type { HttpTestingController } from '@angular/common/http/testing';
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
        content: { url: null, fileRef: media.videoUrl ? 'f1' : null, captions: 'Verteller: Dit is Sanne.' },
        media,
      },
    ],
  };
}

describe('ModulePage: the video step', () => {
  let http: HttpTestingController;
  let settle: () => Promise<void>;
  let el: HTMLElement;

  async function open(view: ModuleView): Promise<void> {
    http.expectOne('/api/training-enrolments/mine').flush([ENROLMENT]);
    await settle();
    http.expectOne('/api/training-enrolments/e1/progress').flush(progress('open'));
    await settle();
    http.expectOne('/api/training-enrolments/e1/modules/m1').flush(view);
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
