import { attachmentDisposition, cleanFileName } from './upload-checks';

describe('file names of uploads', () => {
  it('keeps a Unicode name and composes decomposed letters (macOS) to NFC', () => {
    expect(cleanFileName('ünïcödé 🙂.pdf', 'application/pdf')).toBe('ünïcödé 🙂.pdf');
    expect(cleanFileName('u\u0308nic.pdf', 'application/pdf')).toBe('ünic.pdf');
  });

  it('drops a path, control characters and lone surrogates, and cuts long names between code points', () => {
    expect(cleanFileName('C:\\Users\\x\\brief\u0000.pdf', 'application/pdf')).toBe('brief.pdf');
    expect(cleanFileName('a\ud800b.pdf', 'application/pdf')).toBe('a\ufffdb.pdf');
    const long = cleanFileName('a'.repeat(199) + '🙂🙂', 'application/pdf');
    expect(long).toBe('a'.repeat(199) + '🙂');
  });

  it('sends the UTF-8 name in filename* and an ASCII stand-in in filename', () => {
    expect(attachmentDisposition('ünïcödé 🙂.pdf')).toBe(
      `attachment; filename="_n_c_d_ _.pdf"; filename*=UTF-8''%C3%BCn%C3%AFc%C3%B6d%C3%A9%20%F0%9F%99%82.pdf`,
    );
    expect(attachmentDisposition("it's (1).pdf")).toBe(`attachment; filename="it_s _1_.pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
