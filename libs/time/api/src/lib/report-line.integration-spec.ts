import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { ContactOccurredHandler, TimeModule } from '../index';

jest.setTimeout(60_000);

/** "1 uur gesprek + 1 uur verslag": a contact's report line, prefilled with it per the organisation's defaults. */
describe('report line of a contact', () => {
  let t: TestApp;
  let handler: ContactOccurredHandler;
  let workerId: string;
  let caseId: string;
  const tok = {} as Record<'admin' | 'lead' | 'worker' | 'client' | 'strangerAdmin', string>;
  const as = (who: keyof typeof tok) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${tok[who]}`),
    put: (path: string, body: object) => t.http().put(path).set('Authorization', `Bearer ${tok[who]}`).send(body),
    post: (path: string, body: object = {}) => t.http().post(path).set('Authorization', `Bearer ${tok[who]}`).send(body),
    delete: (path: string) => t.http().delete(path).set('Authorization', `Bearer ${tok[who]}`),
  });
  /** An attended appointment's contact, as dossier announces it (the event's handler, in its transaction). */
  const held = (sourceId: string, contactType: 'face_to_face' | 'phone' | 'video' = 'face_to_face') =>
    handler.handle({ source: 'appointment', sourceId, workerId, caseId, contactType, occurredOn: '2026-03-02' });
  const entriesOf = (sourceId: string) =>
    t.dataSource.query(
      `SELECT id, contact_type, minutes, status, source_id, deleted_at FROM time_entry WHERE source = 'appointment' AND source_id LIKE $1 ORDER BY contact_type`,
      [`${sourceId}%`],
    );

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule] });
    handler = t.app.get(ContactOccurredHandler);
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    t.clock.set('2026-03-04T09:00:00Z');
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const worker = await makeWorker(t, staff);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    workerId = worker.id;
    caseId = (await makeCase(t, { worker, clientId: client.id, openedOn: '2026-02-01' })).id;
    tok.worker = worker.token;
    tok.client = client.token;
    tok.admin = (await makeAdmin(t, staff)).token;
    tok.lead = (await makeTeamLead(t, staff)).token;
    const other = await makeOrganisation(t);
    tok.strangerAdmin = (await makeAdmin(t, { organisationId: other.organisationId, teamId: other.teamId })).token;
  });

  it('has no report line until an admin sets one; staff read it, only an admin of the organisation changes it', async () => {
    expect((await as('worker').get('/api/time/defaults/report-lines')).body).toEqual({ face_to_face: null, phone: null });
    const res = await as('admin').put('/api/time/defaults/report-lines', { face_to_face: 60 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ face_to_face: 60, phone: null });
    expect((await as('lead').get('/api/time/defaults/report-lines')).body).toEqual(res.body);
    expect((await as('strangerAdmin').get('/api/time/defaults/report-lines')).body).toEqual({ face_to_face: null, phone: null });
    for (const who of ['worker', 'lead', 'client'] as const)
      expect((await as(who).put('/api/time/defaults/report-lines', { phone: 10 })).status).toBe(403);
    expect((await as('client').get('/api/time/defaults/report-lines')).status).toBe(403);
    // null takes the line away again; the contact defaults themselves are untouched.
    expect((await as('admin').put('/api/time/defaults/report-lines', { face_to_face: null, phone: 15 })).body).toEqual({
      face_to_face: null,
      phone: 15,
    });
    expect((await as('admin').get('/api/time/defaults')).body.face_to_face).toBe(60);
  });

  it('refuses bad minutes with a 400 naming the field, and changes nothing', async () => {
    await as('admin').put('/api/time/defaults/report-lines', { face_to_face: 45 }).expect(200);
    for (const [body, field] of [
      [{ face_to_face: 0 }, 'face_to_face'],
      [{ face_to_face: 1441 }, 'face_to_face'],
      [{ phone: 7.5 }, 'phone'],
      [{ phone: 'een uur' }, 'phone'],
      [{ phone: [] }, 'phone'],
      [{ message: 10 }, 'message'],
      [{ report: 10 }, 'report'],
    ] as const) {
      const res = await as('admin').put('/api/time/defaults/report-lines', body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
    }
    expect((await as('admin').get('/api/time/defaults/report-lines')).body).toEqual({ face_to_face: 45, phone: null });
  });

  it('prefills a face-to-face contact with its report line, once; the worker changes or removes the line', async () => {
    await as('admin').put('/api/time/defaults', { face_to_face: 60 }).expect(200);
    await as('admin').put('/api/time/defaults/report-lines', { face_to_face: 45 }).expect(200);
    const appointment = randomUUID();
    await held(appointment);
    let rows = await entriesOf(appointment);
    expect(
      rows.map((r: { contact_type: string; minutes: number; status: string; source_id: string }) => [
        r.contact_type,
        r.minutes,
        r.status,
        r.source_id,
      ]),
    ).toEqual([
      ['face_to_face', 60, 'to_confirm', appointment],
      ['report', 45, 'to_confirm', `${appointment}:report`],
    ]);
    // Both lines wait in the worker's week to be confirmed.
    const week = (await as('worker').get('/api/time/week?date=2026-03-02')).body;
    expect(week.toConfirm.map((e: { contactType: string; minutes: number }) => [e.contactType, e.minutes])).toEqual([
      ['face_to_face', 60],
      ['report', 45],
    ]);
    // The event again (marked attended twice, a retried job): nothing new.
    await held(appointment);
    expect(await entriesOf(appointment)).toHaveLength(2);
    // The worker confirms the report line with other minutes, or removes it; a removed line never comes back.
    const report = rows.find((r: { contact_type: string }) => r.contact_type === 'report');
    await as('worker').post(`/api/time/entries/${report.id}/confirm`, { minutes: 30 }).expect(200);
    expect((await entriesOf(appointment))[1]).toMatchObject({ minutes: 30 });
    await as('worker').delete(`/api/time/entries/${report.id}`).expect(204);
    await held(appointment);
    rows = await entriesOf(appointment);
    expect(
      rows.filter((r: { deleted_at: Date | null }) => r.deleted_at === null).map((r: { contact_type: string }) => r.contact_type),
    ).toEqual(['face_to_face']);
    // The report line is registration time of the case (Table B's "tijd registratie"), and is no conversation.
    const [rollup] = await t.dataSource.query(`SELECT registration_minutes FROM case_time_rollup WHERE case_id = $1`, [caseId]);
    expect(rollup.registration_minutes).toBe(60);
  });

  it('adds a line only for contact types with report minutes set', async () => {
    await as('admin').put('/api/time/defaults/report-lines', { phone: 10 }).expect(200);
    const face = randomUUID();
    const phone = randomUUID();
    const video = randomUUID();
    await held(face);
    await held(phone, 'phone');
    await held(video, 'video');
    expect((await entriesOf(face)).map((r: { contact_type: string }) => r.contact_type)).toEqual(['face_to_face']);
    expect((await entriesOf(phone)).map((r: { contact_type: string; minutes: number }) => [r.contact_type, r.minutes])).toEqual([
      ['phone', 15],
      ['report', 10],
    ]);
    expect((await entriesOf(video)).map((r: { contact_type: string }) => r.contact_type)).toEqual(['video']);
    const [rollup] = await t.dataSource.query(`SELECT registration_minutes FROM case_time_rollup WHERE case_id = $1`, [caseId]);
    expect(rollup.registration_minutes).toBe(60 + 15 + 10 + 15);
  });
});
