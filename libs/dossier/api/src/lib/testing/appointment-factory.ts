import type { Appointment, AppointmentKind, AppointmentStatus } from '@nabij/dossier/contracts';
import type { AuthUser } from '@nabij/platform/api';
import type { TestApp } from '@nabij/platform/testing';
import { DossierItemsService } from '../dossier-items.service';

export interface MakeAppointmentOptions {
  /** ISO time, a past one too. */
  startsAt: string;
  kind?: AppointmentKind;
  durationMinutes?: number;
  /** What became of it (default planned): attended and no-show are marked once it started, as the worker does. */
  status?: AppointmentStatus;
}

const HOUR_MS = 3_600_000;

/**
 * An appointment in the worker's open case through the dossier's service, as POST and PATCH
 * /api/dossier/cases/:id/appointments do: planned a day before it starts and, for another status,
 * marked an hour after it started. The test clock stands at those moments meanwhile and is put back after.
 */
export async function makeAppointment(t: TestApp, worker: AuthUser, caseId: string, options: MakeAppointmentOptions): Promise<Appointment> {
  const { startsAt, kind = 'face_to_face', durationMinutes = 60, status = 'planned' } = options;
  const items = t.app.get(DossierItemsService);
  const meta = { ip: null, userAgent: 'test-factory' };
  const before = t.clock.now();
  const starts = new Date(startsAt).getTime();
  try {
    t.clock.set(new Date(starts - 24 * HOUR_MS));
    const planned = await items.addAppointment(worker, caseId, { kind, startsAt, durationMinutes }, meta);
    if (status === 'planned') return planned;
    t.clock.set(new Date(starts + HOUR_MS));
    return await items.updateAppointment(worker, caseId, planned.id, { status }, meta);
  } finally {
    t.clock.set(before);
  }
}
