import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { TimeModule, TimePrefillService } from '../index';

/** Default minutes of prefilled contacts are organisation settings (GET/PUT /api/time/defaults). */
describe('organisation default minutes', () => {
  let t: TestApp;
  let prefill: TimePrefillService;
  let workerId: string;
  let caseId: string;
  const token = {} as Record<'admin' | 'lead' | 'worker' | 'client', string>;
  const get = (who: keyof typeof token) => t.http().get('/api/time/defaults').set('Authorization', `Bearer ${token[who]}`);
  const put = (who: keyof typeof token, body: object) =>
    t.http().put('/api/time/defaults').set('Authorization', `Bearer ${token[who]}`).send(body);
  const prefillOne = (source: 'message' | 'homework' | 'appointment' | 'chat', extra: object = {}) =>
    prefill.prefill({ source, sourceId: randomUUID(), workerId, caseId, occurredOn: '2026-03-02', ...extra });

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule] });
    prefill = t.app.get(TimePrefillService);
  });
  afterAll(() => t.close());

  // The defaults are per organisation: each test gets one of its own, still on the built-in
  // defaults, so it runs alone (`jest -t`) and in any order.
  beforeEach(async () => {
    const org = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const worker = await makeWorker(t, staff);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    workerId = worker.id;
    caseId = (await makeCase(t, { worker, clientId: client.id, openedOn: '2026-02-01' })).id;
    token.admin = (await makeAdmin(t, staff)).token;
    token.lead = (await makeTeamLead(t, staff)).token;
    token.worker = worker.token;
    token.client = client.token;
  });

  it('starts from the built-in defaults, readable by workers, team leads and admins', async () => {
    for (const who of ['worker', 'lead', 'admin'] as const) {
      const res = await get(who);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ message: 20, homework_feedback: 15, face_to_face: 60, phone: 15 });
    }
    expect((await prefillOne('message')).entry.minutes).toBe(20);
  });

  it("an admin's change decides the next prefill of that contact type; a chat keeps its real duration", async () => {
    const res = await put('admin', { message: 25, face_to_face: 45 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 25, homework_feedback: 15, face_to_face: 45, phone: 15 });
    expect((await get('worker')).body).toEqual(res.body);

    expect((await prefillOne('message')).entry.minutes).toBe(25);
    expect((await prefillOne('appointment')).entry.minutes).toBe(45);
    expect((await prefillOne('appointment', { contactType: 'phone' })).entry.minutes).toBe(15);
    expect((await prefillOne('homework')).entry.minutes).toBe(15);
    expect((await prefillOne('chat', { minutes: 42 })).entry.minutes).toBe(42);
    // The history records the minutes actually prefilled.
    const { entry } = await prefillOne('message');
    const [change] = await t.dataSource.query(`SELECT new_values FROM time_entry_change WHERE time_entry_id = $1`, [entry.id]);
    expect(change.new_values.minutes).toBe(25);
    // Changing the default again does not touch entries already prefilled.
    await put('admin', { message: 30 }).expect(200);
    expect((await t.dataSource.query(`SELECT minutes FROM time_entry WHERE id = $1`, [entry.id]))[0].minutes).toBe(25);
    expect((await prefillOne('message')).entry.minutes).toBe(30);
  });

  it('refuses invalid minutes with a 400 that names the field, and changes nothing', async () => {
    const before = (await get('admin')).body;
    for (const [body, field] of [
      [{ phone: 0 }, 'phone'],
      [{ phone: 1441 }, 'phone'],
      [{ message: 12.5 }, 'message'],
      [{ homework_feedback: 'veel' }, 'homework_feedback'],
      [{ face_to_face: -5, message: 20 }, 'face_to_face'],
      [{ chat: 30 }, 'chat'],
    ] as const) {
      const res = await put('admin', body);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual([field]);
      expect(res.body.message).toContain(field);
    }
    expect((await put('admin', { phone: 0 })).body.fields.phone[0]).toMatch(/phone must be a whole number of minutes from 1 to 1440/);
    expect((await get('admin')).body).toEqual(before);
  });

  it('lets only an admin edit, and no client read', async () => {
    expect((await put('worker', { message: 5 })).status).toBe(403);
    expect((await put('lead', { message: 5 })).status).toBe(403);
    expect((await put('client', { message: 5 })).status).toBe(403);
    expect((await get('client')).status).toBe(403);
    expect((await t.http().get('/api/time/defaults')).status).toBe(401);
  });
});
