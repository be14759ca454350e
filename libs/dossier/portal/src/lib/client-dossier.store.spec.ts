import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { I18n } from '@nabij/platform/portal';
import { ClientDossierStore, checkFile } from './client-dossier.store';

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('ClientDossierStore uploads', () => {
  let store: ClientDossierStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ClientDossierStore);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('says a file whose bytes are not what its name says in the page’s words, never the API’s English (issue 19.5)', async () => {
    const uploading = store.upload('c1', file('brief.pdf', 'application/pdf'));
    const req = http.expectOne('/api/dossier/cases/c1/documents');
    expect(req.request.body).toBeInstanceOf(FormData);
    const message = 'Only PDF, JPEG and PNG files can be uploaded; this file is none of those.';
    req.flush(
      { statusCode: 400, error: 'Bad Request', message, fields: { file: [message] }, fieldCodes: { file: 'file.type' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(uploading).resolves.toEqual({ key: 'platform.error.reason.type' });
    const i18n = TestBed.inject(I18n);
    expect(i18n.t('platform.error.reason.type')).toBe('Dit soort bestand kan niet. Stuur een PDF, JPG of PNG.');
    i18n.setLang('en');
    expect(i18n.t('platform.error.reason.type')).toBe('This kind of file is not possible. Send a PDF, JPG or PNG.');
  });

  it('says a refusal without a code in general words, not in the API’s English', async () => {
    const uploading = store.upload('c1', file('brief.pdf', 'application/pdf'));
    http
      .expectOne('/api/dossier/cases/c1/documents')
      .flush({ statusCode: 400, error: 'Bad Request', message: 'Something in English.' }, { status: 400, statusText: 'Bad Request' });
    await expect(uploading).resolves.toEqual({ key: 'dossier.error.generic' });
  });

  it('stops a file over 10 MB or of another type on the phone, before it goes over the line', async () => {
    expect(checkFile(file('big.pdf', 'application/pdf', 10 * 1024 * 1024 + 1))).toEqual({ key: 'dossier.documents.tooBig' });
    expect(checkFile(file('song.mp3', 'audio/mpeg'))).toEqual({ key: 'dossier.documents.wrongType' });
    expect(checkFile(file('scan.png', 'image/png'))).toBeNull();
    await expect(store.upload('c1', file('song.mp3', 'audio/mpeg'))).resolves.toEqual({ key: 'dossier.documents.wrongType' });
    http.expectNone('/api/dossier/cases/c1/documents');
  });

  it('reports a failed download as false, so the page can say so', async () => {
    const done = store.download('c1', { id: 'd1', fileName: 'brief.pdf' });
    http.expectOne('/api/dossier/cases/c1/documents/d1/content').flush(new Blob(), { status: 404, statusText: 'Not Found' });
    await expect(done).resolves.toBe(false);
  });
});
