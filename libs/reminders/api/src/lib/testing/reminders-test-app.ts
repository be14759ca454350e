import type { Language } from '@nabij/platform/contracts';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeWorker } from '@nabij/identity/api/testing';
import { JobsService } from '@nabij/platform/api';
import { bearer, createTestApp, FixedClock, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { APPOINTMENT_CHANGED } from '@nabij/reminders/contracts';
import { RemindersJobs } from '../planning/reminders.jobs';
import { REMINDER_SEND_JOB } from '../planning/reminders.service';
import { RemindersModule } from '../reminders.module';

/** The real app with identity, dossier and reminders; the clock at Monday 2 March 2026, 10:00 in Amsterdam. */
export function createRemindersTestApp(): Promise<TestApp> {
  return createTestApp({ imports: [IdentityModule, DossierModule, RemindersModule], clock: new FixedClock('2026-03-02T09:00:00Z') });
}

export interface ReminderCase {
  organisationId: string;
  admin: TestAccount;
  worker: TestAccount;
  client: TestAccount;
  caseId: string;
}

/** An organisation of its own (reminders on since 1 March unless `on` is false) with a worker, a client and their case. */
export async function makeReminderCase(t: TestApp, options: { on?: boolean; language?: Language } = {}): Promise<ReminderCase> {
  const org = await makeOrganisation(t);
  const admin = await makeAdmin(t, { organisationId: org.organisationId });
  const worker = await makeWorker(t, { organisationId: org.organisationId });
  const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, language: options.language });
  const c = await makeCase(t, { worker, clientId: client.id, financierId: org.financierId });
  if (options.on !== false)
    await t.http().put('/api/reminders/setting').set(bearer(admin)).send({ enabledSince: '2026-03-01' }).expect(200);
  return { organisationId: org.organisationId, admin, worker, client, caseId: c.id };
}

/** The worker plans an appointment through the API; its AppointmentChanged event is handled at once. */
export async function planAppointment(t: TestApp, r: ReminderCase, startsAt: string, kind = 'face_to_face'): Promise<string> {
  const res = await t
    .http()
    .post(`/api/dossier/cases/${r.caseId}/appointments`)
    .set(bearer(r.worker))
    .send({ kind, startsAt, durationMinutes: 45 });
  if (res.status !== 201) throw new Error(`planning failed: ${res.status} ${JSON.stringify(res.body)}`);
  await handleChanges(t);
  return res.body.id;
}

/** Runs the waiting AppointmentChanged events (what the workers of a running API do). */
export async function handleChanges(t: TestApp): Promise<void> {
  await t.app.get(JobsService).drain([APPOINTMENT_CHANGED]);
}

/** Runs the reminder jobs pg-boss hands out now (their start_after has passed in real time) and the sweep. */
export async function runReminderJobs(t: TestApp): Promise<void> {
  await t.app.get(JobsService).drain([REMINDER_SEND_JOB]);
  await t.app.get(RemindersJobs).sweep();
}

export function mailsTo(t: TestApp, address: string): Promise<Array<{ subject: string; text: string; created_at: Date }>> {
  return t.dataSource.query(`SELECT subject, text, created_at FROM outbox_mail WHERE to_address = $1 ORDER BY created_at`, [address]);
}
