import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { AcceptAllScanner, DocumentScanner, DocumentStore, UPLOADS_DIR } from './document-store';

/**
 * Storage and virus-scan hook for uploaded files, shared by every domain that takes files
 * (dossier documents, message attachments) so they are stored and checked the same way.
 */
@Module({
  providers: [
    DocumentStore,
    // Outside the portal's static directory, never served directly (AppConfig.documentsDir).
    { provide: UPLOADS_DIR, inject: [AppConfig], useFactory: (config: AppConfig) => config.documentsDir },
    { provide: DocumentScanner, useClass: AcceptAllScanner },
  ],
  exports: [DocumentStore, DocumentScanner],
})
export class UploadsModule {}
