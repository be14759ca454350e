import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import type { FieldErrorReason, UploadContentType } from '@nabij/platform/contracts';
import { UPLOAD_MAX_BYTES } from '@nabij/platform/contracts';
import { createHash } from 'node:crypto';
import { catchError, Observable, throwError } from 'rxjs';
import { sniffContentType } from './magic-bytes';

/** What multer hands us (memory storage); typed here as @types/multer is not installed. */
export interface UploadedDocument {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** What multer hands us with disk storage (training films): the file is at `path` until the request removes it. */
export interface UploadedFileOnDisk {
  originalname: string;
  size: number;
  path: string;
}

/** A file that passed the checks: its real type, a clean name and its hash. */
export interface CheckedUpload {
  fileName: string;
  contentType: UploadContentType;
  sizeBytes: number;
  sha256: string;
  data: Buffer;
}

export const TOO_LARGE_MESSAGE = 'This file is larger than 10 MB. Make it smaller or upload fewer pages.';

/** A 400 the portal shows next to the file field, in its own words for the code `<field>.<reason>`. */
export function badFile(message: string, field = 'file', reason: FieldErrorReason = 'invalid'): BadRequestException {
  return new BadRequestException({ message, fields: { [field]: [message] }, fieldCodes: { [field]: `${field}.${reason}` } });
}

/**
 * Size and real type (sniffed from the bytes, never the browser's claim) of one upload. Throws a
 * 400 with a clear message; call it before anything is written, so a refused file leaves no trace.
 */
export function checkUpload(file: UploadedDocument | undefined, field = 'file'): CheckedUpload {
  if (!file || file.size === 0) throw badFile('Choose a file to upload (PDF, JPEG or PNG, at most 10 MB).', field, 'missing');
  if (file.size > UPLOAD_MAX_BYTES) throw badFile(TOO_LARGE_MESSAGE, field, 'too_large');
  const contentType = sniffContentType(file.buffer);
  if (!contentType) throw badFile('Only PDF, JPEG and PNG files can be uploaded; this file is none of those.', field, 'type');
  return {
    fileName: cleanFileName(file.originalname, contentType),
    contentType,
    sizeBytes: file.size,
    sha256: createHash('sha256').update(file.buffer).digest('hex'),
    data: file.buffer,
  };
}

/**
 * Multer options for every upload: busboy reads a part's `filename="..."` as latin1 unless told
 * otherwise, while browsers send the name's UTF-8 bytes, so `ü` would arrive as `Ã¼`.
 */
export const UTF8_FILE_NAMES = { defParamCharset: 'utf8' } as const;

/** The name as the user gave it, without a path or characters that break a download header. */
export function cleanFileName(name: string, contentType: string): string {
  // NFC: macOS sends decomposed names (u + ¨); stored composed, they compare and display the same.
  const cleaned = (name || 'document')
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must leave a file name
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '')
    // A lone surrogate cannot be stored as UTF-8 nor percent-encoded for the download header.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .trim();
  // Cut by code points, so an emoji at the limit is not split into a lone surrogate.
  const base = Array.from(cleaned).slice(0, 200).join('');
  return base || (contentType === 'application/pdf' ? 'document.pdf' : 'afbeelding');
}

/**
 * `Content-Disposition` for a stored file: always a download, never shown inline. `filename*`
 * (RFC 6266/8187) carries the real UTF-8 name; `filename` is an ASCII stand-in for old clients.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\w.\- ]/gu, '_');
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** Multer stops reading at the limit and says 413; the portal shows 400s with a field message. */
@Injectable()
export class TooLargeAsBadRequest implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error) => {
        if (!(error instanceof PayloadTooLargeException)) return throwError(() => error);
        return throwError(() => badFile(TOO_LARGE_MESSAGE, 'file', 'too_large'));
      }),
    );
  }
}
