import type { Appointment, ClientAction, Dossier, Goal } from '@nabij/dossier/contracts';
import { EntityManager } from 'typeorm';
import type { CasesRepository } from './cases.repository';
import type { DossierItemsRepository } from './dossier-items.repository';
import { AppointmentEntity, ClientActionEntity, GoalEntity } from './entities/dossier.entities';

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

/**
 * Everything shared on one case, read in the caller's transaction (or outside one); the client's
 * view leaves out draft reports.
 */
export async function loadDossier(
  cases: CasesRepository,
  items: DossierItemsRepository,
  db: EntityManager,
  caseId: string,
  forClient: boolean,
): Promise<Dossier> {
  const summary = await cases.summary(db, caseId);
  const goals = await items.goals(db, caseId);
  const appointments = await items.appointments(db, caseId);
  const actions = await items.actions(db, caseId);
  return {
    case: summary,
    readOnly: summary.closedOn !== null,
    goals: goals.map(goalView),
    reports: await items.reports(db, caseId, forClient),
    appointments: appointments.map(appointmentView),
    actions: actions.map(actionView),
    documents: await items.documents(db, caseId),
  };
}
