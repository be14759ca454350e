import { makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { Dossier } from '@nabij/dossier/contracts';
import { bearer } from '@nabij/platform/testing';
import { CreatedVideoGuestLink, VideoAck, VideoClientEvent, VideoRoomState, VideoServerEvent, VideoTextLine } from '@nabij/video/contracts';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import {
  collect,
  connectVideo,
  connectVideoGuest,
  emitAck,
  makeVideoCase,
  nextEvent,
  useVideoTestApp,
  VideoCase,
  VideoTestApp,
  workerAndClientInCall,
} from './testing/video-test-app';

jest.setTimeout(90_000);

/** The text panel beside a call: passed on to those in the call, kept nowhere, saved to the case only when the worker chooses. */
describe('text beside a video call', () => {
  let t: VideoTestApp;
  const track = useVideoTestApp((app) => (t = app));
  const join = (s: Socket, appointmentId: string) => emitAck<VideoAck<VideoRoomState>>(s, VideoClientEvent.Join, { appointmentId });
  const say = (s: Socket, appointmentId: string, body: unknown) =>
    emitAck<VideoAck<VideoTextLine>>(s, VideoClientEvent.Text, { appointmentId, body });
  const save = (token: string, appointmentId: string, body: object) =>
    t.http().post(`/api/video/rooms/${appointmentId}/text`).set(bearer(token)).send(body);
  const reportsOf = async (caseId: string): Promise<Array<{ summary: string; published_at: Date | null }>> =>
    t.dataSource.query(`SELECT summary, published_at FROM conversation_report WHERE case_id = $1`, [caseId]);

  /** Worker, client and an interpreter in the call together. */
  async function threeInCall(v: VideoCase): Promise<{ worker: Socket; client: Socket; guest: Socket; link: CreatedVideoGuestLink }> {
    const { worker, client } = await workerAndClientInCall(t, v, track);
    const link: CreatedVideoGuestLink = (
      await t
        .http()
        .post(`/api/video/rooms/${v.appointmentId}/guests`)
        .set(bearer(v.worker))
        .send({ kind: 'interpreter', firstName: 'Amira' })
        .expect(201)
    ).body;
    const guest = track(await connectVideoGuest(t, link.token));
    await join(guest, v.appointmentId);
    const guestIn = nextEvent<VideoRoomState>(guest, VideoServerEvent.Room, (s) => s.you === 'in_call');
    expect(await emitAck(worker, VideoClientEvent.Admit, { appointmentId: v.appointmentId, who: 'guest' })).toMatchObject({ ok: true });
    await guestIn;
    return { worker, client, guest, link };
  }

  it('passes a line to everyone else in the call, the interpreter too, stamped with who typed it', async () => {
    const v = await makeVideoCase(t);
    const { worker, client, guest } = await threeInCall(v);
    const atClient = nextEvent<VideoTextLine>(client, VideoServerEvent.Text);
    const atGuest = nextEvent<VideoTextLine>(guest, VideoServerEvent.Text);
    const heardByWorker = collect<VideoTextLine>(worker, VideoServerEvent.Text);
    const ack = await say(worker, v.appointmentId, '  Het adres is Stationsweg 12, Leiden.  ');
    const line = {
      appointmentId: v.appointmentId,
      from: 'worker',
      body: 'Het adres is Stationsweg 12, Leiden.',
      at: '2026-03-02T13:55:00.000Z',
    };
    expect(ack).toEqual({ ok: true, data: line });
    expect(await atClient).toEqual(line);
    expect(await atGuest).toEqual(line);
    const back = nextEvent<VideoTextLine>(worker, VideoServerEvent.Text);
    await say(guest, v.appointmentId, 'Ik schrijf het op.');
    expect(await back).toMatchObject({ from: 'guest', body: 'Ik schrijf het op.' });
    // The sender gets their own line in the answer, not a second time as an event.
    expect(heardByWorker.filter((l) => l.from === 'worker')).toEqual([]);
  });

  it('gives nothing to someone waiting, nor takes their text; refuses empty or too long lines, naming the field', async () => {
    const v = await makeVideoCase(t);
    const worker = track(await connectVideo(t, v.worker.token));
    const client = track(await connectVideo(t, v.client.token));
    await join(worker, v.appointmentId);
    await join(client, v.appointmentId);
    const heardByClient = collect(client, VideoServerEvent.Text);
    expect(await say(client, v.appointmentId, 'Hallo?')).toMatchObject({ ok: false, error: 'not_in_call' });
    expect(await say(worker, v.appointmentId, 'Ben je er al?')).toMatchObject({ ok: true });
    for (const body of ['   ', 'x'.repeat(1001), 42, 'a\u0000b'])
      expect(await say(worker, v.appointmentId, body)).toMatchObject({
        ok: false,
        error: 'invalid',
        message: expect.stringContaining('body'),
      });
    await join(worker, v.appointmentId); // a round trip: anything relayed would have arrived
    expect(heardByClient).toEqual([]);
  });

  it('keeps nothing of the text when the worker does not save it: no report, and the words in no table', async () => {
    const v = await makeVideoCase(t);
    const { worker, client } = await threeInCall(v);
    const secret = `Geheim-${randomUUID()}`;
    await say(client, v.appointmentId, `Mijn pincode is ${secret}`);
    await emitAck(worker, VideoClientEvent.HangUp, { appointmentId: v.appointmentId });
    expect(await reportsOf(v.caseId)).toEqual([]);
    const columns: Array<{ table_name: string; column_name: string }> = await t.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
    );
    for (const c of columns) {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text LIKE $1`, [
        `%${secret}%`,
      ]);
      expect({ ...c, n }).toEqual({ ...c, n: 0 });
    }
  });

  it("saves the text to the case when the worker chooses: the client reads it in their dossier, a guest's link shows nothing of it", async () => {
    const v = await makeVideoCase(t);
    const { link } = await threeInCall(v);
    const lines = [
      { from: 'client', body: 'Tot volgende week!', at: '2026-03-02T14:20:00.000Z' },
      { from: 'worker', body: 'Neem de brief van de Belastingdienst mee.', at: '2026-03-02T14:18:00.000Z' },
      { from: 'guest', body: 'Ik vertaal de brief vooraf.', at: '2026-03-02T14:19:00.000Z' },
    ];
    const res = await save(v.worker.token, v.appointmentId, { lines });
    expect(res.status).toBe(201);
    expect(res.body.reportId).toMatch(/^[0-9a-f-]{36}$/);

    const mine: Dossier = (await t.http().get(`/api/dossier/mine/${v.caseId}`).set(bearer(v.client)).expect(200)).body;
    const report = mine.reports.find((r) => r.id === res.body.reportId)!;
    expect(report.summary).toBe(
      [
        'Tekst uit het videogesprek van maandag 2 maart 15:00',
        '',
        `15:18 ${v.worker.name}: Neem de brief van de Belastingdienst mee.`,
        '15:19 Amira (tolk): Ik vertaal de brief vooraf.',
        '15:20 Sanne de Vries: Tot volgende week!',
      ].join('\n'),
    );
    expect(report.publishedAt).not.toBeNull();
    const [audit] = await t.dataSource.query(
      `SELECT actor_id, action, client_id, reason FROM audit_entry WHERE resource_type = 'report' AND resource_id = $1`,
      [res.body.reportId],
    );
    expect(audit).toEqual({
      actor_id: v.worker.id,
      action: 'create',
      client_id: v.client.id,
      reason: 'text of a video call saved by the worker',
    });

    // The guest has a link, no login: their room view carries nothing of it, and the dossier wants a login.
    const guestView = await t.http().post('/api/video/guest/room').send({ token: link.token }).expect(200);
    expect(JSON.stringify(guestView.body)).not.toContain('Belastingdienst');
    expect(
      (
        await t
          .http()
          .get(`/api/dossier/mine/${v.caseId}`)
          .set({ Authorization: `Bearer ${link.token}` })
      ).status,
    ).toBe(401);
  });

  it('lets only the case worker save: 403 for the client and the team lead, 404 for other workers and unknown ids, 400 for a malformed id', async () => {
    const v = await makeVideoCase(t);
    const other = await makeVideoCase(t);
    const colleague = await makeWorker(t, { organisationId: v.organisationId });
    const lead = await makeTeamLead(t, { organisationId: v.organisationId });
    const body = { lines: [{ from: 'worker', body: 'Tot ziens.', at: '2026-03-02T14:10:00.000Z' }] };
    expect((await save(v.client.token, v.appointmentId, body)).status).toBe(403);
    expect((await save(lead.token, v.appointmentId, body)).status).toBe(403);
    expect((await save(colleague.token, v.appointmentId, body)).status).toBe(404);
    expect((await save(other.worker.token, v.appointmentId, body)).status).toBe(404);
    expect((await save(v.worker.token, randomUUID(), body)).status).toBe(404);
    expect((await save(v.worker.token, 'not-an-id', body)).status).toBe(400);
    expect(await reportsOf(v.caseId)).toEqual([]);
  });

  it('refuses bad lines with 400 naming the field, and writes nothing', async () => {
    const v = await makeVideoCase(t);
    const line = { from: 'worker', body: 'Tot ziens.', at: '2026-03-02T14:10:00.000Z' };
    const cases: Array<[object, string]> = [
      [{}, 'lines'],
      [{ lines: [] }, 'lines'],
      [{ lines: [{ ...line, from: 'teamlead' }] }, 'from'],
      [{ lines: [{ ...line, body: '' }] }, 'body'],
      [{ lines: [{ ...line, body: 'x'.repeat(1001) }] }, 'body'],
      [{ lines: [{ ...line, at: 'gisteren' }] }, 'at'],
      [{ lines: Array.from({ length: 501 }, () => line) }, 'lines'],
    ];
    for (const [body, field] of cases) {
      const res = await save(v.worker.token, v.appointmentId, body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
    expect(await reportsOf(v.caseId)).toEqual([]);
  });
});
