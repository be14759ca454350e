import { Injectable, StreamableFile } from '@nestjs/common';
import type { AppointmentKind, AppointmentStatus, DocumentContentType } from '@nabij/dossier/contracts';
import { attachmentDisposition, DocumentStore } from '@nabij/platform/api';
import { isUuid } from '../case-access.service';
import { DossierShareRepository } from './dossier-share.repository';

/** An appointment as someone beside the client sees it: when, how and where, never the note. */
export interface SharedAppointment {
  id: string;
  kind: AppointmentKind;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  status: AppointmentStatus;
}

/** A document the worker put in the case (the client's own uploads are never shared). */
export interface SharedDocument {
  id: string;
  fileName: string;
  contentType: DocumentContentType;
  sizeBytes: number;
  createdAt: string;
}

/**
 * What a case's dossier can share with someone beside its client and worker (guardians: a pupil's
 * parents). The calling domain decides who may see which part; dossier owns the tables and reads
 * them here. Reports, goals, actions, private notes and the client's own documents never leave.
 */
@Injectable()
export class DossierShareService {
  constructor(
    private readonly repository: DossierShareRepository,
    private readonly store: DocumentStore,
  ) {}

  async appointments(caseId: string): Promise<SharedAppointment[]> {
    return (await this.repository.appointments(caseId)).map((a) => ({
      id: a.id,
      kind: a.kind,
      startsAt: new Date(a.starts_at).toISOString(),
      durationMinutes: a.duration_minutes,
      location: a.location,
      status: a.status,
    }));
  }

  async staffDocuments(caseId: string): Promise<SharedDocument[]> {
    return (await this.repository.staffDocuments(caseId)).map((d) => ({
      id: d.id,
      fileName: d.file_name,
      contentType: d.content_type,
      sizeBytes: d.size_bytes,
      createdAt: new Date(d.created_at).toISOString(),
    }));
  }

  /** The worker's document of this case as a download, or null (unknown, another case's, or the client's own). */
  async openStaffDocument(caseId: string, documentId: string): Promise<StreamableFile | null> {
    const doc = isUuid(documentId) ? await this.repository.staffDocument(caseId, documentId) : null;
    if (!doc) return null;
    return new StreamableFile(this.store.open(doc.storage_key), {
      type: doc.content_type,
      length: doc.size_bytes,
      disposition: attachmentDisposition(doc.file_name),
    });
  }
}
