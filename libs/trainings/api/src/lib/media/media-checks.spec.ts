import { isWebVtt, parseByteRange, sniffVideoType } from './media-checks';

const mp4 = Buffer.from([0, 0, 0, 0x20, ...Buffer.from('ftypisom'), 0, 0, 2, 0]);
const webmHead = (docType: string) =>
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, ...Buffer.from(docType), 0x42, 0x87]);

describe('sniffVideoType', () => {
  it('recognises MP4 by its ftyp box and WebM by its EBML DocType', () => {
    expect(sniffVideoType(mp4)).toBe('video/mp4');
    expect(sniffVideoType(webmHead('webm'))).toBe('video/webm');
  });

  it('refuses Matroska that is not WebM, a PDF renamed .mp4, HTML and an empty file', () => {
    expect(sniffVideoType(webmHead('matr'))).toBeNull();
    expect(sniffVideoType(Buffer.from('%PDF-1.7\nnot a film'))).toBeNull();
    expect(sniffVideoType(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(sniffVideoType(Buffer.alloc(0))).toBeNull();
  });
});

describe('isWebVtt', () => {
  it('accepts WebVTT with or without a byte-order mark and a header text', () => {
    expect(isWebVtt(Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nHallo'))).toBe(true);
    expect(isWebVtt(Buffer.from('\ufeffWEBVTT - Nee zeggen\r\n\r\n00:00.000 --> 00:02.000\nHoi'))).toBe(true);
  });

  it('refuses SubRip, a file that only starts like WEBVTT and text that is not UTF-8', () => {
    expect(isWebVtt(Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nHallo'))).toBe(false);
    expect(isWebVtt(Buffer.from('WEBVTTX\n'))).toBe(false);
    expect(isWebVtt(Buffer.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff, 0xfe]))).toBe(false);
  });
});

describe('parseByteRange', () => {
  it('serves the whole file without a Range, for another unit and for several ranges', () => {
    expect(parseByteRange(undefined, 100)).toEqual({ kind: 'full' });
    expect(parseByteRange('items=0-5', 100)).toEqual({ kind: 'full' });
    expect(parseByteRange('bytes=0-1,5-6', 100)).toEqual({ kind: 'full' });
  });

  it('reads a closed, an open-ended and a suffix range, clamped to the file', () => {
    expect(parseByteRange('bytes=0-9', 100)).toEqual({ kind: 'partial', start: 0, end: 9 });
    expect(parseByteRange('bytes=90-', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseByteRange('bytes=90-500', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseByteRange('bytes=-10', 100)).toEqual({ kind: 'partial', start: 90, end: 99 });
    expect(parseByteRange('bytes=-500', 100)).toEqual({ kind: 'partial', start: 0, end: 99 });
  });

  it('calls a range past the end, backwards, empty or malformed unsatisfiable', () => {
    for (const header of ['bytes=100-', 'bytes=100-200', 'bytes=9-3', 'bytes=-0', 'bytes=-', 'bytes=a-b', 'bytes=1.5-3'])
      expect(parseByteRange(header, 100)).toEqual({ kind: 'unsatisfiable' });
  });
});
