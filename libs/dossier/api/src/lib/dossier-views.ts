import type { Appointment, ClientAction, Goal } from '@nabij/dossier/contracts';
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
