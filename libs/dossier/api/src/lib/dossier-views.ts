import type { Appointment, CaseSummary, ClientAction, ConversationReport, Dossier, DossierDocument, Goal } from '@nabij/dossier/contracts';
import { EntityManager } from 'typeorm';
import { AppointmentEntity, ClientActionEntity, GoalEntity } from './entities/dossier.entities';

interface SummaryRow {
  id: string;
  client_id: string;
  client_name: string | null;
  financier_id: string;
  financier_name: string;
  kind_of_work: CaseSummary['kindOfWork'];
  problem_areas: CaseSummary['problemAreas'];
  uses_online_dossier: boolean;
  opened_on: string;
  closed_on: string | null;
  close_reason: CaseSummary['closeReason'];
  worker_id: string | null;
  worker_name: string | null;
}

/** Case summaries with names joined in; `where` uses the alias c for care_case. */
export async function loadCaseSummaries(db: EntityManager, where: string, params: unknown[]): Promise<CaseSummary[]> {
  const rows: SummaryRow[] = await db.query(
    `SELECT c.id, c.client_id, cl.name AS client_name, c.financier_id, f.name AS financier_name, c.kind_of_work,
            c.problem_areas, c.uses_online_dossier, to_char(c.opened_on, 'YYYY-MM-DD') AS opened_on,
            to_char(c.closed_on, 'YYYY-MM-DD') AS closed_on, c.close_reason, w.id AS worker_id, w.name AS worker_name
       FROM care_case c
       JOIN account cl ON cl.id = c.client_id
       JOIN financier f ON f.id = c.financier_id
       LEFT JOIN account w ON w.id = c.assigned_worker_id
      WHERE ${where}
      ORDER BY c.closed_on DESC NULLS FIRST, c.opened_on DESC, cl.name`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    client: { id: r.client_id, name: r.client_name },
    financier: { id: r.financier_id, name: r.financier_name },
    kindOfWork: r.kind_of_work,
    problemAreas: r.problem_areas,
    usesOnlineDossier: r.uses_online_dossier,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    closeReason: r.close_reason,
    assignedWorker: r.worker_id ? { id: r.worker_id, name: r.worker_name } : null,
  }));
}

export const goalView = (g: GoalEntity): Goal => ({
  id: g.id,
  position: g.position,
  text: g.text,
  achieved: g.achieved,
  updatedAt: g.updatedAt.toISOString(),
});

export const appointmentView = (a: AppointmentEntity): Appointment => ({
  id: a.id,
  kind: a.kind,
  startsAt: a.startsAt.toISOString(),
  durationMinutes: a.durationMinutes,
  location: a.location,
  note: a.note,
  status: a.status,
});

export const actionView = (a: ClientActionEntity): ClientAction => ({
  id: a.id,
  kind: a.kind,
  text: a.text,
  createdAt: a.createdAt.toISOString(),
  doneAt: a.doneAt?.toISOString() ?? null,
});

export async function loadReports(db: EntityManager, caseId: string, publishedOnly: boolean): Promise<ConversationReport[]> {
  const reports: Array<{
    id: string;
    held_on: string;
    summary: string;
    tips: string;
    published_at: Date | null;
    author_id: string;
    author_name: string | null;
  }> = await db.query(
    `SELECT r.id, to_char(r.held_on, 'YYYY-MM-DD') AS held_on, r.summary, r.tips, r.published_at, r.author_id, a.name AS author_name
       FROM conversation_report r JOIN account a ON a.id = r.author_id
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
    author: { id: r.author_id, name: r.author_name },
    reactions: reactions
      .filter((x) => x.report_id === r.id)
      .map((x) => ({ id: x.id, text: x.text, createdAt: new Date(x.created_at).toISOString() })),
  }));
}

export async function loadDocuments(db: EntityManager, caseId: string): Promise<DossierDocument[]> {
  const rows: Array<{
    id: string;
    file_name: string;
    content_type: DossierDocument['contentType'];
    size_bytes: number;
    uploaded_by: string;
    name: string | null;
    role: 'client' | 'worker';
    created_at: Date;
  }> = await db.query(
    `SELECT d.id, d.file_name, d.content_type, d.size_bytes, d.uploaded_by, a.name, a.role, d.created_at
       FROM dossier_document d JOIN account a ON a.id = d.uploaded_by
      WHERE d.case_id = $1 ORDER BY d.created_at DESC`,
    [caseId],
  );
  return rows.map((d) => ({
    id: d.id,
    fileName: d.file_name,
    contentType: d.content_type,
    sizeBytes: d.size_bytes,
    uploadedBy: { id: d.uploaded_by, name: d.name, role: d.role },
    createdAt: new Date(d.created_at).toISOString(),
  }));
}

/** Everything shared on one case; the client's view leaves out draft reports. */
export async function loadDossier(db: EntityManager, caseId: string, forClient: boolean): Promise<Dossier> {
  const [summary] = await loadCaseSummaries(db, 'c.id = $1', [caseId]);
  const goals = await db.getRepository(GoalEntity).find({ where: { caseId }, order: { position: 'ASC' } });
  const appointments = await db.getRepository(AppointmentEntity).find({ where: { caseId }, order: { startsAt: 'ASC' } });
  const actions = await db.getRepository(ClientActionEntity).find({ where: { caseId }, order: { createdAt: 'DESC' } });
  return {
    case: summary,
    readOnly: summary.closedOn !== null,
    goals: goals.map(goalView),
    reports: await loadReports(db, caseId, forClient),
    appointments: appointments.map(appointmentView),
    actions: actions.map(actionView),
    documents: await loadDocuments(db, caseId),
  };
}
