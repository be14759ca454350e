import { badFile, cleanFileName, UploadedFileOnDisk } from '@nabij/platform/api';
import { CAPTIONS_MAX_BYTES, MediaContentType } from '@nabij/trainings/contracts';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

/**
 * A training film or captions file that passed the checks. The bytes stay in the upload's temporary
 * file (`path`): a film can be hundreds of megabytes, too much to hold in memory per request.
 */
export interface CheckedMedia {
  fileName: string;
  contentType: MediaContentType;
  sizeBytes: number;
  sha256: string;
  path: string;
}

const EBML = [0x1a, 0x45, 0xdf, 0xa3];

/**
 * MP4 or WebM from the first bytes, never the browser's claim. MP4 (ISO base media) starts with a
 * box size and `ftyp`; WebM is EBML whose DocType element (0x42 0x82) says "webm" (plain Matroska
 * says "matroska", which browsers do not play).
 */
export function sniffVideoType(data: Uint8Array): 'video/mp4' | 'video/webm' | null {
  if (data.length >= 12 && String.fromCharCode(...data.subarray(4, 8)) === 'ftyp') return 'video/mp4';
  if (data.length >= 8 && EBML.every((b, i) => data[i] === b)) {
    const head = Buffer.from(data.subarray(0, 64));
    const docType = head.indexOf(Buffer.from([0x42, 0x82]));
    if (docType > 0 && head.subarray(docType + 3, docType + 7).toString('latin1') === 'webm') return 'video/webm';
  }
  return null;
}

/** WebVTT: UTF-8 text whose first line is "WEBVTT" (after an optional byte-order mark), alone or followed by a space or tab. */
export function isWebVtt(data: Buffer): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\ufffd')) return false;
  return /^\ufeff?WEBVTT(?:[ \t][^\r\n]*)?(?:\r\n|\r|\n|$)/.test(text);
}

async function checked(file: UploadedFileOnDisk, contentType: MediaContentType, fallbackName: string): Promise<CheckedMedia> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file.path), hash);
  return {
    fileName: cleanFileName(file.originalname, contentType) || fallbackName,
    contentType,
    sizeBytes: file.size,
    sha256: hash.digest('hex'),
    path: file.path,
  };
}

/** The first `length` bytes of a file (fewer when it is shorter). */
async function head(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A film: MP4 or WebM by its bytes, at most `maxBytes`. A refused file is a 400 naming `file` before anything is stored. */
export async function checkVideo(file: UploadedFileOnDisk | undefined, maxBytes: number): Promise<CheckedMedia> {
  const limit = `${Math.round(maxBytes / 1024 / 1024)} MB`;
  if (!file || file.size === 0) throw badFile(`Choose a video file (MP4 or WebM, at most ${limit}).`, 'file', 'missing');
  if (file.size > maxBytes) throw badFile(`This video is larger than ${limit}. Make it shorter or smaller.`, 'file', 'too_large');
  const type = sniffVideoType(await head(file.path, 64));
  if (!type) throw badFile('Only MP4 and WebM videos can be uploaded; this file is neither.', 'file', 'type');
  return checked(file, type, 'film');
}

/** Captions: a WebVTT file of at most CAPTIONS_MAX_BYTES. */
export async function checkCaptions(file: UploadedFileOnDisk | undefined): Promise<CheckedMedia> {
  if (!file || file.size === 0) throw badFile('Choose a captions file (WebVTT, .vtt).', 'file', 'missing');
  if (file.size > CAPTIONS_MAX_BYTES) throw badFile('This captions file is larger than 512 KB.', 'file', 'too_large');
  if (!isWebVtt(await readFile(file.path)))
    throw badFile('Captions must be a WebVTT file: UTF-8 text that starts with WEBVTT.', 'file', 'type');
  return checked(file, 'text/vtt', 'ondertiteling.vtt');
}

export type ByteRange = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One HTTP byte range (RFC 9110 §14) of a file of `size` bytes. No header, another unit or several
 * ranges: the whole file (a server may ignore Range; players ask one range at a time). A malformed
 * bytes range or one that starts past the end: unsatisfiable (416).
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange {
  const value = header?.trim();
  if (!value || !/^bytes=/i.test(value) || value.includes(',')) return { kind: 'full' };
  const match = /^bytes=(\d*)-(\d*)$/i.exec(value);
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'unsatisfiable' };
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || (match[2] !== '' && Number(match[2]) < start)) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
