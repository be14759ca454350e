import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { MessageAttachment } from '@nabij/messages/contracts';
import { MessageAttachmentsComponent } from './attachments.component';
import { ComposedMessage, ComposeComponent } from './compose.component';

@Component({
  imports: [ComposeComponent],
  template: `<nb-compose label="Je bericht" [autofocus]="false" (send)="sent.set($event)" />`,
})
class Host {
  readonly sent = signal<ComposedMessage | null>(null);
  readonly compose = viewChild.required(ComposeComponent);
}

const file = (name: string, type: string, size = 100) => new File([new Uint8Array(size)], name, { type });

describe('ComposeComponent attachments', () => {
  let host: Host;
  let el: HTMLElement;

  const render = async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return fixture;
  };
  const pick = async (fixture: { whenStable(): Promise<unknown> }, ...files: File[]) => {
    const picker = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(picker, 'files', { value: files, configurable: true });
    picker.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const type = async (fixture: { whenStable(): Promise<unknown> }, text: string) => {
    const box = el.querySelector('textarea')!;
    box.value = text;
    box.dispatchEvent(new Event('input'));
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const chosen = () => [...el.querySelectorAll('.attachment-list__name')].map((n) => n.textContent);

  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }));

  it('has a "Bijlage toevoegen" button that opens the file picker', async () => {
    const fixture = await render();
    el = fixture.nativeElement;
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Bijlage toevoegen');
    expect(button).toBeDefined();
    const picker = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(picker.accept).toBe('application/pdf,image/jpeg,image/png');
    const click = jest.spyOn(picker, 'click').mockImplementation(() => undefined);
    button!.click();
    expect(click).toHaveBeenCalled();
  });

  it('sends the text with the chosen files, and lets a file be removed again', async () => {
    const fixture = await render();
    host = fixture.componentInstance;
    el = fixture.nativeElement;
    const brief = file('brief.pdf', 'application/pdf');
    const foto = file('foto.jpg', 'image/jpeg');
    await pick(fixture, brief, foto);
    expect(chosen()).toEqual(['brief.pdf', 'foto.jpg']);
    el.querySelector<HTMLButtonElement>('button[aria-label="Haal brief.pdf weg"]')!.click();
    await fixture.whenStable();
    expect(chosen()).toEqual(['foto.jpg']);
    await type(fixture, '  Hier is de foto  ');
    expect(host.sent()).toEqual({ body: 'Hier is de foto', files: [foto] });
    host.compose().clear();
    await fixture.whenStable();
    expect(chosen()).toEqual([]);
  });

  it('refuses another type, a file over 10 MB and a fourth file, saying which and why (B1)', async () => {
    const fixture = await render();
    el = fixture.nativeElement;
    await pick(fixture, file('liedje.mp3', 'audio/mpeg'));
    expect(el.textContent).toContain('liedje.mp3 kan niet mee. Stuur een PDF, JPG of PNG.');
    await pick(fixture, file('groot.pdf', 'application/pdf', 10 * 1024 * 1024 + 1));
    expect(el.textContent).toContain('groot.pdf is groter dan 10 MB.');
    await pick(
      fixture,
      file('1.pdf', 'application/pdf'),
      file('2.pdf', 'application/pdf'),
      file('3.png', 'image/png'),
      file('4.png', 'image/png'),
    );
    expect(chosen()).toEqual(['1.pdf', '2.pdf', '3.png']);
    expect(el.textContent).toContain('Je kunt hoogstens 3 bijlagen meesturen. 4.png is niet toegevoegd.');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Bijlage toevoegen')).toBe(false);
  });
});

@Component({
  imports: [MessageAttachmentsComponent],
  template: `<nb-message-attachments [attachments]="files" />`,
})
class ListHost {
  files: MessageAttachment[] = [{ id: 'a 1', fileName: 'brief CJIB.pdf', contentType: 'application/pdf', sizeBytes: 2 * 1024 * 1024 }];
}

describe('MessageAttachmentsComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  it('downloads a file through the http client as a blob and saves it under its own name', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    let savedAs = '';
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      savedAs = this.download;
    });
    const fixture = TestBed.createComponent(ListHost);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('brief CJIB.pdf');
    expect(el.textContent).toContain('2 MB');
    el.querySelector<HTMLButtonElement>('button[aria-label="Download brief CJIB.pdf"]')!.click();
    const req = TestBed.inject(HttpTestingController).expectOne('/api/messages/attachments/a%201/content');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-']));
    await new Promise((resolve) => setTimeout(resolve));
    expect(savedAs).toBe('brief CJIB.pdf');
  });
});
