import { BadRequestException, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import type { DossierDocument } from '@nabij/dossier/contracts';
import { DOCUMENT_MAX_BYTES } from '@nabij/dossier/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CaseAccessService, isUuid } from './case-access.service';
import { DocumentScanner, DocumentStore } from './document-store';
import { loadDocuments } from './dossier-views';
import { DossierDocumentEntity } from './entities/dossier.entities';
import { sniffContentType } from './magic-bytes';

/** What multer hands us (memory storage); typed here as @types/multer is not installed. */
export interface UploadedDocument {
  originalname: string;
  size: number;
  buffer: Buffer;
}

const badFile = (message: string) => new BadRequestException({ message, fields: { file: [message] } });

@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly store: DocumentStore,
    private readonly scanner: DocumentScanner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Checks size and real type before anything is written; a refused file leaves no trace. */
  async upload(user: AuthUser, caseId: string, file: UploadedDocument | undefined, meta: RequestMeta): Promise<DossierDocument> {
    const c = await this.access.openCaseFor(user, caseId);
    if (!file || file.size === 0) throw badFile('Choose a file to upload (PDF, JPEG or PNG, at most 10 MB).');
    if (file.size > DOCUMENT_MAX_BYTES) throw badFile('This file is larger than 10 MB. Make it smaller or upload fewer pages.');
    const contentType = sniffContentType(file.buffer);
    if (!contentType) throw badFile('Only PDF, JPEG and PNG files can be uploaded; this file is none of those.');
    const scan = await this.scanner.scan(file.buffer, contentType);
    if (!scan.clean) throw badFile('This file was refused by the virus scan.');
    const key = await this.store.put(file.buffer);
    try {
      const id = await this.dataSource.transaction(async (db) => {
        const saved = await db.getRepository(DossierDocumentEntity).save({
          caseId: c.id,
          uploadedBy: user.id,
          fileName: cleanFileName(file.originalname, contentType),
          contentType,
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          storageKey: key,
          createdAt: this.clock.now(),
        });
        await this.audit.record({ actor: user, action: 'create', resourceType: 'document', resourceId: saved.id, clientId: c.clientId, ...meta }, db);
        return saved.id;
      });
      return (await loadDocuments(this.dataSource.manager, c.id)).find((d) => d.id === id)!;
    } catch (error) {
      await this.store.remove(key);
      throw error;
    }
  }

  async download(user: AuthUser, caseId: string, documentId: string, meta: RequestMeta): Promise<StreamableFile> {
    const c = await this.access.caseFor(user, caseId);
    const doc = isUuid(documentId) ? await this.dataSource.getRepository(DossierDocumentEntity).findOneBy({ id: documentId, caseId: c.id }) : null;
    if (!doc) throw new NotFoundException('This document does not exist in this case.');
    if (user.role !== 'client') {
      await this.audit.record({ actor: user, action: 'read', resourceType: 'document', resourceId: doc.id, clientId: c.clientId, ...meta });
    }
    return new StreamableFile(this.store.open(doc.storageKey), {
      type: doc.contentType,
      length: doc.sizeBytes,
      disposition: `attachment; filename="${doc.fileName.replace(/[^\w.\- ]/g, '_')}"`,
    });
  }
}

function cleanFileName(name: string, contentType: string): string {
  const base = (name || 'document').replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f"<>|:*?]/g, '').trim().slice(0, 200);
  return base || (contentType === 'application/pdf' ? 'document.pdf' : 'afbeelding');
}
