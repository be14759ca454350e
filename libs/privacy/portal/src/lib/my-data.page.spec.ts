import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MyDataPage } from './my-data.page';

describe('MyDataPage', () => {
  beforeEach(() => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:nabij/1'), revokeObjectURL: jest.fn() });
  });

  it('downloads the printable summary as mijn-gegevens.html and says it is done', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MyDataPage);
    await fixture.whenStable();
    http.expectOne('/api/privacy/deletion-requests/mine').flush([]);
    const el = fixture.nativeElement as HTMLElement;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    (el.querySelector('button') as HTMLButtonElement).click();
    const req = http.expectOne((r) => r.url === '/api/privacy/my-data');
    expect(req.request.params.get('format')).toBe('html');
    req.flush(new Blob(['<html></html>'], { type: 'text/html' }));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(click).toHaveBeenCalled();
    expect((click.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('mijn-gegevens.html');
    expect(el.textContent).toContain('Je bestand is gedownload');
    http.verify();
  });
});
