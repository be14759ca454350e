import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
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

  it('shows the API’s own 400 text when the bytes are not what the name says', async () => {
    const uploading = store.upload('c1', file('brief.pdf', 'application/pdf'));
    const req = http.expectOne('/api/dossier/cases/c1/documents');
    expect(req.request.body).toBeInstanceOf(FormData);
    const message = 'This file is not a PDF, JPEG or PNG. Upload a scan or photo of your letter.';
    req.flush({ statusCode: 400, error: 'Bad Request', message, fields: { file: [message] } }, { status: 400, statusText: 'Bad Request' });
    await expect(uploading).resolves.toEqual({ text: message });
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
