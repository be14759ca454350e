import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DossierApi } from './dossier.api';

describe('document download', () => {
  let http: HttpTestingController;
  let saved: { href: string; download: string } | null;
  const createObjectURL = jest.fn(() => 'blob:nabij/1');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    saved = null;
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved = { href: this.href, download: this.download };
    });
  });
  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('fetches the content as a blob through the http client and saves it under the original name', async () => {
    const done = TestBed.inject(DossierApi).download('c 1', { id: 'd1', fileName: 'brief belastingdienst.pdf' });
    const req = http.expectOne('/api/dossier/cases/c%201/documents/d1/content');
    expect(req.request.method).toBe('GET');
    expect(req.request.responseType).toBe('blob');
    const blob = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    req.flush(blob);
    await done;
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(saved).toEqual({ href: 'blob:nabij/1', download: 'brief belastingdienst.pdf' });
    expect(document.querySelector('a[download]')).toBeNull();
    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:nabij/1');
  });

  it('saves nothing when the API refuses', async () => {
    const done = TestBed.inject(DossierApi).download('c1', { id: 'gone', fileName: 'x.pdf' });
    http.expectOne('/api/dossier/cases/c1/documents/gone/content').flush(new Blob(), { status: 404, statusText: 'Not Found' });
    await expect(done).rejects.toBeTruthy();
    expect(saved).toBeNull();
  });
});
