import { PersonalDataEraserRegistry } from '@nabij/platform/api';
import { VideoNoticesJob } from './notices/video-notices.job';
import { createVideoTestApp, makeVideoCase, VideoCase, VideoTestApp } from './testing/video-test-app';

jest.setTimeout(90_000);

/** Erasing a client (ERASURE_RULES kind `video`): notices and guest links go, the calls' times stay. */
describe('video in an erasure', () => {
  let t: VideoTestApp;
  const eraser = () =>
    t.app
      .get(PersonalDataEraserRegistry)
      .erasers()
      .find((e) => e.section === 'video')!;
  const count = async (sql: string, params: unknown[]) => (await t.dataSource.query(sql, params))[0].n as number;

  /** A video appointment 5 minutes from now with its notice sent and an interpreter invited. */
  async function callWithGuestAndNotice(): Promise<VideoCase> {
    const v = await makeVideoCase(t, { startsAt: new Date(t.clock.now().getTime() + 5 * 60_000) });
    await t.app.get(VideoNoticesJob).tick();
    const invited = await t
      .http()
      .post(`/api/video/rooms/${v.appointmentId}/guests`)
      .auth(v.worker.token, { type: 'bearer' })
      .send({ kind: 'interpreter', firstName: 'Amira' });
    expect(invited.status).toBe(201);
    return v;
  }

  beforeAll(async () => {
    t = await createVideoTestApp();
    t.clock.set('2026-03-02T13:57:00Z');
  });
  afterAll(() => t?.close());

  it('counts and erases the client’s notices and the guest links of their cases, and leaves another client’s', async () => {
    const v = await callWithGuestAndNotice();
    const other = await callWithGuestAndNotice();
    expect(await count(`SELECT count(*)::int AS n FROM video_notice WHERE client_id = $1`, [v.client.id])).toBe(1);
    expect(await eraser().inventory({ clientId: v.client.id, cases: 'all' })).toEqual({ video: 2 });

    const outcome = await t.dataSource.transaction((db) => eraser().erase({ clientId: v.client.id, cases: 'all' }, db));
    expect(outcome.counts).toEqual({ video: 2 });
    expect(await count(`SELECT count(*)::int AS n FROM video_notice WHERE client_id = $1`, [v.client.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM video_guest_link WHERE case_id = $1`, [v.caseId])).toBe(0);
    expect(await eraser().inventory({ clientId: v.client.id, cases: 'all' })).toEqual({ video: 0 });
    // Another client's call keeps its notice and its interpreter link.
    expect(await eraser().inventory({ clientId: other.client.id, cases: 'all' })).toEqual({ video: 2 });
  });

  it('erases per case only the notices and guest links of the cases in scope', async () => {
    const v = await callWithGuestAndNotice();
    expect(await eraser().inventory({ clientId: v.client.id, cases: [] })).toEqual({ video: 0 });
    expect(await eraser().inventory({ clientId: v.client.id, cases: [v.caseId] })).toEqual({ video: 2 });
    const outcome = await t.dataSource.transaction((db) => eraser().erase({ clientId: v.client.id, cases: [v.caseId] }, db));
    expect(outcome.counts).toEqual({ video: 2 });
    expect(await count(`SELECT count(*)::int AS n FROM video_guest_link WHERE case_id = $1`, [v.caseId])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM video_notice WHERE appointment_id = $1`, [v.appointmentId])).toBe(0);
  });
});
