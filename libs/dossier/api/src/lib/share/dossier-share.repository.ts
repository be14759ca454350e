import { Injectable } from '@nestjs/common';
import type { AppointmentKind, AppointmentStatus, DocumentContentType } from '@nabij/dossier/contracts';
import { DataSource } from 'typeorm';

export interface SharedAppointmentRow {
  id: string;
  kind: AppointmentKind;
  starts_at: Date;
  duration_minutes: number;
  location: string | null;
  status: AppointmentStatus;
}

export interface SharedDocumentRow {
  id: string;
  file_name: string;
  content_type: DocumentContentType;
  size_bytes: number;
  storage_key: string;
  uploaded_by: string;
  created_at: Date;
}

const DOCUMENT_COLUMNS = 'd.id, d.file_name, d.content_type, d.size_bytes, d.storage_key, d.uploaded_by, d.created_at';

/** SQL of what a case shares beyond client and worker; who may see it is decided before these run. */
@Injectable()
export class DossierShareRepository {
  constructor(private readonly dataSource: DataSource) {}

  appointments(caseId: string): Promise<SharedAppointmentRow[]> {
    return this.dataSource.query(
      `SELECT a.id, a.kind, a.starts_at, a.duration_minutes, a.location, a.status
         FROM appointment a WHERE a.case_id = $1 ORDER BY a.starts_at, a.id`,
      [caseId],
    );
  }

  /** Documents someone other than the case's client put in it (the worker's), newest first. */
  staffDocuments(caseId: string): Promise<SharedDocumentRow[]> {
    return this.dataSource.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM dossier_document d JOIN care_case c ON c.id = d.case_id
        WHERE d.case_id = $1 AND d.uploaded_by <> c.client_id ORDER BY d.created_at DESC, d.id`,
      [caseId],
    );
  }

  async staffDocument(caseId: string, documentId: string): Promise<SharedDocumentRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM dossier_document d JOIN care_case c ON c.id = d.case_id
        WHERE d.case_id = $1 AND d.id = $2 AND d.uploaded_by <> c.client_id`,
      [caseId, documentId],
    );
    return row ?? null;
  }
}
