import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor, FilesInterceptor } from '@nestjs/platform-express';
import { badFile, TOO_LARGE_MESSAGE, UTF8_FILE_NAMES } from '@nabij/platform/api';
import { UPLOAD_MAX_BYTES } from '@nabij/platform/contracts';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '@nabij/messages/contracts';
import { catchError, Observable, throwError } from 'rxjs';
import { TOO_MANY_FILES } from './message-attachments.service';

/** Multer's own limit errors (413, "Too many files") as the 400s with a field message the portal shows. */
@Injectable()
export class AttachmentLimitsAsBadRequest implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    const field = 'files';
    return next.handle().pipe(
      catchError((error) => {
        if (error instanceof PayloadTooLargeException) return throwError(() => badFile(TOO_LARGE_MESSAGE, field));
        if (error instanceof BadRequestException && ['Too many files', 'Unexpected file field'].includes(error.message)) {
          return throwError(() => badFile(`${TOO_MANY_FILES} (Files go in the field "${field}".)`, field));
        }
        return throwError(() => error);
      }),
    );
  }
}

const limits = (files: number) => ({ fileSize: UPLOAD_MAX_BYTES, files, fields: 10, fieldSize: 64 * 1024 });

/** Up to three files in the field `files`, next to the message fields (multipart); JSON still works. */
export const MessageFiles = () =>
  FilesInterceptor('files', MAX_ATTACHMENTS_PER_MESSAGE, { ...UTF8_FILE_NAMES, limits: limits(MAX_ATTACHMENTS_PER_MESSAGE) });

/** One file in the field `file`, uploaded before its message is sent. */
export const MessageFile = () => FileInterceptor('file', { ...UTF8_FILE_NAMES, limits: limits(1) });
