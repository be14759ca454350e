import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AuthoringStep, AuthoringTraining } from '@nabij/trainings/contracts';
import { VideoFilesComponent } from './video-files.component';

const STEP: AuthoringStep = {
  id: 'st2',
  position: 2,
  kind: 'video',
  title: 'Filmpje',
  content: { url: null, fileRef: null, captions: 'Verteller: hallo.' },
  media: { video: null, captions: null, sources: { videoUrl: null, captionsUrl: null } },
};

describe('VideoFilesComponent', () => {
  let http: HttpTestingController;

  function render(step = STEP) {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(VideoFilesComponent);
    fixture.componentRef.setInput('step', step);
    fixture.detectChanges();
    const updated: AuthoringTraining[] = [];
    fixture.componentInstance.updated.subscribe((t) => updated.push(t));
    return { fixture, el: fixture.nativeElement as HTMLElement, updated };
  }

  function choose(input: HTMLInputElement, file: File): void {
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  }

  const settle = async (fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) => {
    await new Promise((r) => setTimeout(r));
    fixture.detectChanges();
    await fixture.whenStable();
  };

  it('labels both file fields and says there is no file yet', () => {
    const { el } = render();
    const video = el.querySelector<HTMLInputElement>('#media-video-st2')!;
    expect(el.querySelector('label[for="media-video-st2"]')?.textContent).toContain('Filmpje (MP4 of WebM)');
    expect(el.querySelector('label[for="media-captions-st2"]')?.textContent).toContain('Ondertiteling (WebVTT, .vtt)');
    expect(video.getAttribute('accept')).toContain('video/mp4');
    expect(el.querySelector(`#${video.getAttribute('aria-describedby')}`)?.textContent).toContain('Nog geen bestand.');
  });

  it('uploads the chosen film as multipart and hands the updated training on', async () => {
    const { el, fixture, updated } = render();
    choose(el.querySelector<HTMLInputElement>('#media-video-st2')!, new File(['film'], 'buurman.mp4', { type: 'video/mp4' }));
    const req = http.expectOne('/api/training-steps/st2/video');
    expect(req.request.method).toBe('POST');
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    req.flush({ id: 't1' });
    await settle(fixture);
    expect(updated).toEqual([{ id: 't1' }]);
    expect(el.querySelector('[role=status]')?.textContent?.trim()).toBe('Opgeslagen.');
  });

  it('says in Dutch why a file was refused, never the English message', async () => {
    const { el, fixture } = render();
    choose(el.querySelector<HTMLInputElement>('#media-captions-st2')!, new File(['1\n00:00'], 'x.srt'));
    http
      .expectOne('/api/training-steps/st2/captions')
      .flush(
        { statusCode: 400, message: 'Captions must be a WebVTT file', fields: { file: ['x'] }, fieldCodes: { file: 'file.type' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle(fixture);
    const alert = el.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('Dit bestand kan niet.');
    expect(alert).not.toContain('WebVTT file');
  });
});
