import { makeTeamLead } from '@nabij/identity/api/testing';
import { MINUTE } from '@nabij/platform/testing';
import { VideoNoticesJob } from './notices/video-notices.job';
import { createVideoTestApp, makeVideoCase, VideoTestApp } from './testing/video-test-app';

jest.setTimeout(60_000);

/** The notice ahead of a video call: a mail and an in-app notice with only the time, once per appointment. */
describe('video notices ahead of a call', () => {
  let t: VideoTestApp;
  const tick = () => t.app.get(VideoNoticesJob).tick();
  const mailsTo = (address: string) =>
    t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at`, [address]);
  const notices = (token: string) => t.http().get('/api/video/notices').auth(token, { type: 'bearer' });

  beforeAll(async () => {
    t = await createVideoTestApp();
  });
  beforeEach(() => t.clock.set('2026-03-02T10:00:00Z'));
  afterAll(() => t?.close());

  it('mails the client 2 hours ahead with the time and nothing else, once however often the job runs', async () => {
    // 14:00 UTC is 15:00 in Amsterdam.
    const v = await makeVideoCase(t, { startsAt: new Date('2026-03-02T14:00:00Z') });
    await tick();
    expect(await mailsTo(v.client.email)).toEqual([]);
    t.clock.set('2026-03-02T12:00:00Z');
    await tick();
    await tick();
    const mails = await mailsTo(v.client.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Je hebt om 15:00 een videogesprek');
    expect(mails[0].text).toContain('Je hebt om 15:00 een videogesprek.');
    for (const secret of ['Sanne', 'de Vries', v.worker.name!, v.caseId]) expect(JSON.stringify(mails[0])).not.toContain(secret);
    t.clock.advance(30 * MINUTE);
    await tick();
    expect(await mailsTo(v.client.email)).toHaveLength(1);
    expect(await mailsTo(v.worker.email)).toEqual([]);
  });

  it('sends no notice for another kind of appointment or a cancelled one', async () => {
    const other = await makeVideoCase(t, { startsAt: new Date('2026-03-02T11:00:00Z'), kind: 'face_to_face' });
    const cancelled = await makeVideoCase(t, { startsAt: new Date('2026-03-02T11:00:00Z') });
    await t
      .http()
      .patch(`/api/dossier/cases/${cancelled.caseId}/appointments/${cancelled.appointmentId}`)
      .auth(cancelled.worker.token, { type: 'bearer' })
      .send({ status: 'cancelled' })
      .expect(200);
    await tick();
    expect(await mailsTo(other.client.email)).toEqual([]);
    expect(await mailsTo(cancelled.client.email)).toEqual([]);
  });

  it('shows the client the notice in the portal until they mark it seen', async () => {
    const v = await makeVideoCase(t, { startsAt: new Date('2026-03-02T11:00:00Z') });
    expect((await notices(v.client.token).expect(200)).body).toEqual([]);
    await tick();
    expect((await notices(v.client.token).expect(200)).body).toEqual([
      { appointmentId: v.appointmentId, startsAt: '2026-03-02T11:00:00.000Z' },
    ]);
    await t.http().post(`/api/video/notices/${v.appointmentId}/seen`).auth(v.client.token, { type: 'bearer' }).expect(204);
    expect((await notices(v.client.token).expect(200)).body).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT seen_at FROM video_notice WHERE appointment_id = $1`, [v.appointmentId]);
    expect(row.seen_at).toEqual(new Date('2026-03-02T10:00:00Z'));
  });

  it('refuses workers and team leads with 403, and another client’s notice with 404', async () => {
    const v = await makeVideoCase(t, { startsAt: new Date('2026-03-02T11:00:00Z') });
    const other = await makeVideoCase(t, { startsAt: new Date('2026-03-02T11:30:00Z') });
    await tick();
    const lead = await makeTeamLead(t, { organisationId: v.organisationId });
    for (const who of [v.worker, lead]) {
      expect((await notices(who.token)).status).toBe(403);
      expect((await t.http().post(`/api/video/notices/${v.appointmentId}/seen`).auth(who.token, { type: 'bearer' })).status).toBe(403);
    }
    expect((await t.http().post(`/api/video/notices/${v.appointmentId}/seen`).auth(other.client.token, { type: 'bearer' })).status).toBe(
      404,
    );
    expect((await notices(other.client.token).expect(200)).body.map((n: { appointmentId: string }) => n.appointmentId)).toEqual([
      other.appointmentId,
    ]);
    const [row] = await t.dataSource.query(`SELECT seen_at FROM video_notice WHERE appointment_id = $1`, [v.appointmentId]);
    expect(row.seen_at).toBeNull();
  });
});
