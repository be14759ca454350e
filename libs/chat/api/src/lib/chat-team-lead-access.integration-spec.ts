import { ChatClientEvent } from '@nabij/chat/contracts';
import type { ChatAck, ChatMessageView, ChatSessionView } from '@nabij/chat/contracts';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import type { AuthUser } from '@nabij/platform/api';
import { makeOrganisation } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { ChatSessionsService } from './sessions/chat-sessions.service';
import { ChatWorkService } from './sessions/chat-work.service';
import { ChatOrganisation, makeChatAccount, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, startAnonymousChat } from './testing/chat-test-app';

/**
 * Finding 1 of issue 9: a team lead could read the chat queue (names, e-mail, postcode, birth date)
 * and any transcript. Team leads see figures only: every chat route answers them 403 whatever the
 * id (so nothing tells whether a chat exists), and they get no chat socket.
 */
describe('team leads see no chat content', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  let worker: string;
  let lead: string;
  let admin: string;

  const get = (token: string, path: string) => t.http().get(path).auth(token, { type: 'bearer' });

  /** A registered client with a case of the worker on duty, waiting in the chat queue. */
  async function chattingClient(): Promise<{ email: string; sessionId: string; token: string }> {
    const client = await makeChatAccount(t, org, 'client');
    await makeCase(t, { worker: org.worker, clientId: client.id, openedOn: '2026-02-01' });
    const chat: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' }).expect(201)).body;
    return { email: client.email, sessionId: chat.id, token: client.token };
  }

  /** The three routes the finding named, as the team lead; each must be a 403 that carries nothing of the chat. */
  async function expectRefusedToLead(sessionId: string, secrets: string[]): Promise<void> {
    const answers = [
      await get(lead, '/api/chat/queue'),
      await get(lead, `/api/chat/sessions/${sessionId}`),
      await get(lead, `/api/chat/sessions/${sessionId}/messages`),
    ];
    const unknown = [await get(lead, `/api/chat/sessions/${randomUUID()}`), await get(lead, `/api/chat/sessions/${randomUUID()}/messages`)];
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403]);
    // Same answer as for an id that does not exist: the status and the body cannot tell them apart.
    expect(answers.slice(1).map((r) => r.body)).toEqual(unknown.map((r) => r.body));
    const said = JSON.stringify(answers.map((r) => r.body));
    for (const secret of secrets) expect(said).not.toContain(secret);
  }

  beforeAll(async () => {
    // The dossier opens the clients' cases.
    t = await createChatTestApp({ imports: [DossierModule] });
    org = await makeChatOrganisation(t);
    worker = org.worker.token;
    lead = org.teamLead.token;
    admin = org.admin.token;
  }, 60_000);
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  it('refuses a team lead the queue, the chat and its transcript while it waits, runs and after it ended (403)', async () => {
    const client = await chattingClient();
    const anonymous = await startAnonymousChat(t, { email: 'anoniem.lead@example.nl', birthDate: '1990-04-12' });
    // Sanity: the queue the team lead asked for really holds personal data for a worker.
    expect(JSON.stringify((await get(worker, '/api/chat/queue').expect(200)).body)).toContain('anoniem.lead@example.nl');
    await expectRefusedToLead(client.sessionId, [client.email, 'anoniem.lead@example.nl', '1990-04-12']);
    await expectRefusedToLead(anonymous.sessionId, ['anoniem.lead@example.nl']);

    await t.http().post(`/api/chat/sessions/${client.sessionId}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    const socket = await connectChat(t, client.token);
    try {
      await emitAck(socket, ChatClientEvent.Join, { sessionId: client.sessionId });
      const sent = await emitAck<ChatAck<ChatMessageView>>(socket, ChatClientEvent.Send, {
        sessionId: client.sessionId,
        body: 'Mijn geheime zorg',
        clientMsgId: 'lead-1',
      });
      expect(sent.ok).toBe(true);
    } finally {
      socket.close();
    }
    await expectRefusedToLead(client.sessionId, [client.email, 'Mijn geheime zorg']);

    await t.http().post(`/api/chat/sessions/${client.sessionId}/end`).auth(worker, { type: 'bearer' }).expect(200);
    await expectRefusedToLead(client.sessionId, [client.email, 'Mijn geheime zorg']);
    // The transcript is still there for the worker who held the chat.
    expect(JSON.stringify((await get(worker, `/api/chat/sessions/${client.sessionId}/messages`).expect(200)).body)).toContain(
      'Mijn geheime zorg',
    );
    await t.http().post('/api/chat/anonymous/end').set('X-Chat-Token', anonymous.chatToken).expect(200);
  });

  it('refuses a team lead every other chat route too (list, pick-up, end, convert, evaluation, appointments)', async () => {
    const client = await chattingClient();
    const id = client.sessionId;
    const calls = [
      t.http().get(`/api/chat/sessions?caseId=${randomUUID()}`),
      t.http().post('/api/chat/sessions'),
      t.http().post(`/api/chat/sessions/${id}/pick-up`),
      t.http().post(`/api/chat/sessions/${id}/end`),
      t.http().post(`/api/chat/sessions/${id}/convert`).send({ caseId: randomUUID() }),
      t.http().post(`/api/chat/sessions/${id}/evaluation`).send({ helpful: 5, understood: 5, again: true }),
      t.http().get('/api/chat/appointment-slots'),
    ];
    for (const call of calls) expect((await call.auth(lead, { type: 'bearer' })).status).toBe(403);
    // Nothing happened to the chat: still waiting for a worker.
    expect((await get(worker, `/api/chat/sessions/${id}`).expect(200)).body.status).toBe('waiting');
    await t.http().post(`/api/chat/sessions/${id}/end`).auth(client.token, { type: 'bearer' }).expect(200);
  });

  it('keeps a team lead out below the routes as well: the services answer as for a foreign id', async () => {
    const client = await chattingClient();
    const asLead: AuthUser = { id: org.teamLead.id, role: 'team_lead', organisationId: org.organisationId };
    await expect(t.app.get(ChatSessionsService).viewFor(asLead, client.sessionId)).rejects.toMatchObject({ status: 404 });
    await expect(t.app.get(ChatSessionsService).transcriptFor(asLead, client.sessionId, 0)).rejects.toMatchObject({ status: 404 });
    await expect(t.app.get(ChatWorkService).queue(asLead)).rejects.toMatchObject({ status: 403 });
    await t.http().post(`/api/chat/sessions/${client.sessionId}/end`).auth(client.token, { type: 'bearer' }).expect(200);
  });

  it('gives team leads and admins no chat socket, so no room or queue events reach them', async () => {
    await expect(connectChat(t, lead)).rejects.toThrow('forbidden');
    await expect(connectChat(t, admin)).rejects.toThrow('forbidden');
    const workerSocket = await connectChat(t, worker);
    workerSocket.close();
  });

  it('answers a worker of another organisation 404 on a chat id, the same as an unknown id', async () => {
    const client = await chattingClient();
    const elsewhere = await makeOrganisation(t, { name: 'Ander MW' });
    const foreign = (await makeChatAccount(t, elsewhere, 'worker', { name: 'Werker Elders' })).token;
    for (const path of [`/api/chat/sessions/${client.sessionId}`, `/api/chat/sessions/${client.sessionId}/messages`]) {
      const res = await get(foreign, path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual((await get(foreign, path.replace(client.sessionId, randomUUID()))).body);
    }
    expect((await t.http().post(`/api/chat/sessions/${client.sessionId}/pick-up`).auth(foreign, { type: 'bearer' })).status).toBe(404);
    expect((await get(foreign, '/api/chat/queue').expect(200)).body.waiting).toEqual([]);
    await t.http().post(`/api/chat/sessions/${client.sessionId}/end`).auth(client.token, { type: 'bearer' }).expect(200);
  });
});
