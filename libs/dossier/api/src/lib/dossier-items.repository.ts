import { Injectable } from '@nestjs/common';
import type { ConversationReport, DossierDocument } from '@nabij/dossier/contracts';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import {
  AppointmentEntity,
  ClientActionEntity,
  ConversationReportEntity,
  DossierDocumentEntity,
  GoalEntity,
  PrivateNoteEntity,
  ReportReactionEntity,
} from './entities/dossier.entities';

/** A document with only the id of who uploaded it: DossierNamesService adds their name and role. */
export type UnnamedDocument = Omit<DossierDocument, 'uploadedBy'> & { uploadedBy: { id: string } };

/**
 * SQL of what is written into a case: goals, conversation reports and reactions, appointments,
 * client actions, documents, plus the client's private notes. People's names are identity's: the
 * reports and documents carry account ids (name and role null) and DossierNamesService fills them
 * in. Methods that take an
 * EntityManager run in the caller's transaction; the others read or write on their own.
 */
@Injectable()
export class DossierItemsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Locks the case row until the caller's transaction ends (e.g. while choosing a goal position). */
  async lockCase(db: EntityManager, caseId: string): Promise<void> {
    await db.query('SELECT id FROM care_case WHERE id = $1 FOR UPDATE', [caseId]);
  }

  // Goals

  goals(db: EntityManager, caseId: string): Promise<GoalEntity[]> {
    return db.getRepository(GoalEntity).find({ where: { caseId }, order: { position: 'ASC' } });
  }

  findGoal(db: EntityManager, caseId: string, goalId: string): Promise<GoalEntity | null> {
    return db.getRepository(GoalEntity).findOneBy({ id: goalId, caseId });
  }

  saveGoal(db: EntityManager, goal: DeepPartial<GoalEntity>): Promise<GoalEntity> {
    return db.getRepository(GoalEntity).save(goal);
  }

  /** Whether a goal was removed. */
  async deleteGoal(db: EntityManager, caseId: string, goalId: string): Promise<boolean> {
    const result = await db.getRepository(GoalEntity).delete({ id: goalId, caseId });
    return !!result.affected;
  }

  // Conversation reports and the client's reactions

  findReport(db: EntityManager, caseId: string, reportId: string): Promise<ConversationReportEntity | null> {
    return db.getRepository(ConversationReportEntity).findOneBy({ id: reportId, caseId });
  }

  saveReport(db: EntityManager, report: DeepPartial<ConversationReportEntity>): Promise<ConversationReportEntity> {
    return db.getRepository(ConversationReportEntity).save(report);
  }

  async updateReport(db: EntityManager, reportId: string, changes: Partial<ConversationReportEntity>): Promise<void> {
    await db.getRepository(ConversationReportEntity).update(reportId, changes);
  }

  saveReaction(db: EntityManager, reaction: DeepPartial<ReportReactionEntity>): Promise<ReportReactionEntity> {
    return db.getRepository(ReportReactionEntity).save(reaction);
  }

  /** The case's reports with their authors' ids and reactions, newest first; `publishedOnly` leaves out drafts. */
  async reports(db: EntityManager, caseId: string, publishedOnly: boolean): Promise<ConversationReport[]> {
    const reports: Array<{
      id: string;
      held_on: string;
      summary: string;
      tips: string;
      published_at: Date | null;
      author_id: string;
    }> = await db.query(
      `SELECT r.id, to_char(r.held_on, 'YYYY-MM-DD') AS held_on, r.summary, r.tips, r.published_at, r.author_id
         FROM conversation_report r
        WHERE r.case_id = $1 ${publishedOnly ? 'AND r.published_at IS NOT NULL' : ''}
        ORDER BY r.held_on DESC, r.created_at DESC`,
      [caseId],
    );
    const reactions: Array<{ id: string; report_id: string; text: string; created_at: Date }> = reports.length
      ? await db.query(`SELECT id, report_id, text, created_at FROM report_reaction WHERE report_id = ANY($1) ORDER BY created_at`, [
          reports.map((r) => r.id),
        ])
      : [];
    return reports.map((r) => ({
      id: r.id,
      heldOn: r.held_on,
      summary: r.summary,
      tips: r.tips,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      author: { id: r.author_id, name: null },
      reactions: reactions
        .filter((x) => x.report_id === r.id)
        .map((x) => ({ id: x.id, text: x.text, createdAt: new Date(x.created_at).toISOString() })),
    }));
  }

  // Appointments

  findAppointment(db: EntityManager, caseId: string, appointmentId: string): Promise<AppointmentEntity | null> {
    return db.getRepository(AppointmentEntity).findOneBy({ id: appointmentId, caseId });
  }

  saveAppointment(db: EntityManager, appointment: DeepPartial<AppointmentEntity>): Promise<AppointmentEntity> {
    return db.getRepository(AppointmentEntity).save(appointment);
  }

  // Client actions

  findAction(db: EntityManager, caseId: string, actionId: string): Promise<ClientActionEntity | null> {
    return db.getRepository(ClientActionEntity).findOneBy({ id: actionId, caseId });
  }

  saveAction(db: EntityManager, action: DeepPartial<ClientActionEntity>): Promise<ClientActionEntity> {
    return db.getRepository(ClientActionEntity).save(action);
  }

  // Documents

  /** The case's documents with the id of who uploaded them, newest first. */
  async documents(db: EntityManager, caseId: string): Promise<UnnamedDocument[]> {
    const rows: Array<{
      id: string;
      file_name: string;
      content_type: DossierDocument['contentType'];
      size_bytes: number;
      uploaded_by: string;
      created_at: Date;
    }> = await db.query(
      `SELECT d.id, d.file_name, d.content_type, d.size_bytes, d.uploaded_by, d.created_at
         FROM dossier_document d
        WHERE d.case_id = $1 ORDER BY d.created_at DESC`,
      [caseId],
    );
    return rows.map((d) => ({
      id: d.id,
      fileName: d.file_name,
      contentType: d.content_type,
      sizeBytes: d.size_bytes,
      uploadedBy: { id: d.uploaded_by },
      createdAt: new Date(d.created_at).toISOString(),
    }));
  }

  findDocument(caseId: string, documentId: string): Promise<DossierDocumentEntity | null> {
    return this.dataSource.getRepository(DossierDocumentEntity).findOneBy({ id: documentId, caseId });
  }

  saveDocument(db: EntityManager, document: DeepPartial<DossierDocumentEntity>): Promise<DossierDocumentEntity> {
    return db.getRepository(DossierDocumentEntity).save(document);
  }

  // The client's private notes: only ever read by their author.

  notes(clientId: string): Promise<PrivateNoteEntity[]> {
    return this.dataSource.getRepository(PrivateNoteEntity).find({ where: { clientId }, order: { createdAt: 'DESC' } });
  }

  findNote(clientId: string, noteId: string): Promise<PrivateNoteEntity | null> {
    return this.dataSource.getRepository(PrivateNoteEntity).findOneBy({ id: noteId, clientId });
  }

  saveNote(note: DeepPartial<PrivateNoteEntity>): Promise<PrivateNoteEntity> {
    return this.dataSource.getRepository(PrivateNoteEntity).save(note);
  }

  /** Whether a note was removed. */
  async deleteNote(clientId: string, noteId: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(PrivateNoteEntity).delete({ id: noteId, clientId });
    return !!result.affected;
  }
}
