import { Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import type { DossierDocument } from '@nabij/dossier/contracts';
import {
  attachmentDisposition,
  AuditService,
  AuthUser,
  badFile,
  checkUpload,
  Clock,
  DocumentScanner,
  DocumentStore,
  RequestMeta,
  UploadedDocument,
} from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { CaseAccessService, isUuid } from './case-access.service';
import { DossierItemsRepository } from './dossier-items.repository';
import { DossierNamesService } from './dossier-names.service';

@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly items: DossierItemsRepository,
    private readonly store: DocumentStore,
    private readonly scanner: DocumentScanner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly names: DossierNamesService,
  ) {}

  /** Checks size and real type before anything is written; a refused file leaves no trace. */
  async upload(user: AuthUser, caseId: string, file: UploadedDocument | undefined, meta: RequestMeta): Promise<DossierDocument> {
    const c = await this.access.openCaseFor(user, caseId);
    const checked = checkUpload(file);
    const scan = await this.scanner.scan(checked.data, checked.contentType);
    if (!scan.clean) throw badFile('This file was refused by the virus scan.', 'file', 'virus');
    const key = await this.store.put(checked.data);
    try {
      const id = await this.dataSource.transaction(async (db) => {
        const saved = await this.items.saveDocument(db, {
          caseId: c.id,
          uploadedBy: user.id,
          fileName: checked.fileName,
          contentType: checked.contentType,
          sizeBytes: checked.sizeBytes,
          sha256: checked.sha256,
          storageKey: key,
          createdAt: this.clock.now(),
        });
        await this.audit.record(
          { actor: user, action: 'create', resourceType: 'document', resourceId: saved.id, clientId: c.clientId, ...meta },
          db,
        );
        return saved.id;
      });
      const [document] = await this.names.documents((await this.items.documents(this.dataSource.manager, c.id)).filter((d) => d.id === id));
      return document;
    } catch (error) {
      await this.store.remove(key);
      throw error;
    }
  }

  async download(user: AuthUser, caseId: string, documentId: string, meta: RequestMeta): Promise<StreamableFile> {
    const c = await this.access.caseFor(user, caseId);
    const doc = isUuid(documentId) ? await this.items.findDocument(c.id, documentId) : null;
    if (!doc) throw new NotFoundException({ message: 'This document does not exist in this case.', code: 'dossier.document_not_exist' });
    if (user.role !== 'client') {
      await this.audit.record({ actor: user, action: 'read', resourceType: 'document', resourceId: doc.id, clientId: c.clientId, ...meta });
    }
    return new StreamableFile(this.store.open(doc.storageKey), {
      type: doc.contentType,
      length: doc.sizeBytes,
      disposition: attachmentDisposition(doc.fileName),
    });
  }
}
