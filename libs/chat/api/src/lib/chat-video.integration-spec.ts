import { ChatServerEvent } from '@nabij/chat/contracts';
import type { ChatSessionView } from '@nabij/chat/contracts';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import type { Dossier } from '@nabij/dossier/contracts';
import { bearer, TestAccount } from '@nabij/platform/testing';
import { VideoModule } from '@nabij/video/api';
import type { VideoRoomView } from '@nabij/video/contracts';
import { randomUUID } from 'node:crypto';
import { ChatOrganisation, makeChatAccount, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, eventWhere, startAnonymousChat } from './testing/chat-test-app';

/** "Verder met video" (issue 13): the worker in a live chat books a video call now; the client sees "Deelnemen". */
describe('continuing a chat with video', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  let other: ChatOrganisation;

  beforeAll(async () => {
    // The dossier books and shows the appointment; video decides who may enter its room.
    t = await createChatTestApp({ imports: [DossierModule, VideoModule] });
    org = await makeChatOrganisation(t);
    other = await makeChatOrganisation(t, { postcode: 2313 });
  }, 120_000);
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  const offer = (token: string, sessionId: string) => t.http().post(`/api/chat/sessions/${sessionId}/video`).set(bearer(token));
  const videoAppointments = async (caseId: string): Promise<number> =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM appointment WHERE case_id = $1 AND kind = 'video'`, [caseId]))[0].n);

  /** A registered client with a case (of `caseWorker`), whose chat the worker on duty picked up. */
  async function liveCaseChat(caseWorker: TestAccount = org.worker) {
    const client = await makeChatAccount(t, org, 'client');
    const caseId = (await makeCase(t, { worker: caseWorker, clientId: client.id, openedOn: '2026-02-01' })).id;
    const chat: ChatSessionView = (await t.http().post('/api/chat/sessions').set(bearer(client)).expect(201)).body;
    await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).set(bearer(org.worker)).expect(200);
    return { client, caseId, sessionId: chat.id };
  }

  it("books a video appointment starting now on the chat's case, and the client's chat window hears of it at once", async () => {
    const { client, caseId, sessionId } = await liveCaseChat();
    const socket = await connectChat(t, client.token);
    try {
      await emitAck(socket, 'chat:join', { sessionId });
      const told = eventWhere<ChatSessionView>(socket, ChatServerEvent.Session, (v) => !!v.videoAppointmentId);
      const res = await offer(org.worker.token, sessionId);
      expect(res.status).toBe(200);
      const appointmentId: string = res.body.videoAppointmentId;
      expect(appointmentId).toMatch(/^[0-9a-f-]{36}$/);
      // The chat stays open: the worker ends it when they like.
      expect(res.body.status).toBe('active');
      expect((await told).videoAppointmentId).toBe(appointmentId);

      const mine: Dossier = (await t.http().get(`/api/dossier/mine/${caseId}`).set(bearer(client)).expect(200)).body;
      expect(mine.appointments).toEqual([
        expect.objectContaining({ id: appointmentId, kind: 'video', status: 'planned', startsAt: '2026-03-02T14:30:00.000Z' }),
      ]);
      // Both can enter the call room now (the device check and waiting room are the video page's).
      for (const who of [client, org.worker]) {
        const room: VideoRoomView = (await t.http().get(`/api/video/rooms/${appointmentId}`).set(bearer(who)).expect(200)).body;
        expect(room).toMatchObject({ appointmentId, caseId, open: true });
      }
      // Asking again (double click) gives the same call, not a second one.
      expect((await offer(org.worker.token, sessionId).expect(200)).body.videoAppointmentId).toBe(appointmentId);
      expect(await videoAppointments(caseId)).toBe(1);
    } finally {
      socket.close();
    }
  }, 60_000);

  it('lets nobody else into the call: the client of another chat gets 404 for its room and never sees it', async () => {
    const { sessionId } = await liveCaseChat();
    const appointmentId: string = (await offer(org.worker.token, sessionId).expect(200)).body.videoAppointmentId;
    const stranger = await makeChatAccount(t, org, 'client');
    await makeCase(t, { worker: org.worker, clientId: stranger.id, openedOn: '2026-02-01' });
    expect((await t.http().get(`/api/video/rooms/${appointmentId}`).set(bearer(stranger))).status).toBe(404);
    expect((await t.http().get(`/api/video/rooms/${appointmentId}`).set(bearer(other.client))).status).toBe(404);
    const theirs: ChatSessionView[] = (await t.http().get('/api/chat/sessions').set(bearer(stranger)).expect(200)).body;
    expect(JSON.stringify(theirs)).not.toContain(appointmentId);
  }, 60_000);

  it('lets only the worker holding the chat offer video: 403 for the client and the team lead, 404 for other workers and ids', async () => {
    const { client, caseId, sessionId } = await liveCaseChat();
    const colleague = await makeChatAccount(t, org, 'worker');
    expect((await offer(client.token, sessionId)).status).toBe(403);
    expect((await offer(org.teamLead.token, sessionId)).status).toBe(403);
    expect((await offer(org.admin.token, sessionId)).status).toBe(403);
    expect((await offer(colleague.token, sessionId)).status).toBe(404);
    expect((await offer(other.worker.token, sessionId)).status).toBe(404);
    expect((await offer(org.worker.token, randomUUID())).status).toBe(404);
    const bad = await offer(org.worker.token, 'not-an-id');
    expect(bad.status).toBe(400);
    expect(await videoAppointments(caseId)).toBe(0);
  }, 60_000);

  it('refuses an anonymous chat without a case with a clear message, and books nothing', async () => {
    const { sessionId } = await startAnonymousChat(t, { nickname: 'Roos' });
    await t.http().post(`/api/chat/sessions/${sessionId}/pick-up`).set(bearer(org.worker)).expect(200);
    const res = await offer(org.worker.token, sessionId);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('signed-in client who has a dossier');
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM chat_session WHERE video_appointment_id IS NOT NULL AND id = $1`,
      [sessionId],
    );
    expect(n).toBe(0);
  }, 60_000);

  it("refuses a duty worker whose chat is with another worker's client: the call belongs to the case's own worker", async () => {
    const caseWorker = await makeChatAccount(t, org, 'worker');
    const { caseId, sessionId } = await liveCaseChat(caseWorker);
    const res = await offer(org.worker.token, sessionId);
    expect(res.status).toBe(409);
    expect(res.body.message).toContain("client's own worker");
    expect(await videoAppointments(caseId)).toBe(0);
  }, 60_000);

  it('refuses a chat that is still waiting or has ended', async () => {
    const client = await makeChatAccount(t, org, 'client');
    const caseId = (await makeCase(t, { worker: org.worker, clientId: client.id, openedOn: '2026-02-01' })).id;
    const chat: ChatSessionView = (await t.http().post('/api/chat/sessions').set(bearer(client)).expect(201)).body;
    // Waiting: nobody holds it yet, so it is no worker's chat to offer video in.
    expect((await offer(org.worker.token, chat.id)).status).toBe(404);
    await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).set(bearer(org.worker)).expect(200);
    await t.http().post(`/api/chat/sessions/${chat.id}/end`).set(bearer(org.worker)).expect(200);
    const ended = await offer(org.worker.token, chat.id);
    expect(ended.status).toBe(409);
    expect(ended.body.message).toContain('running chat');
    expect(await videoAppointments(caseId)).toBe(0);
  }, 60_000);
});
