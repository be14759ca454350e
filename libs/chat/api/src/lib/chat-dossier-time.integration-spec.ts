import type { ChatMessageView, ChatSessionView } from '@nabij/chat/contracts';
import { ChatClientEvent } from '@nabij/chat/contracts';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { JobsService } from '@nabij/platform/api';
import { MINUTE, TestAccount } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { ChatOrganisation, makeChatAccount, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck, startAnonymousChat } from './testing/chat-test-app';

describe('chat transcripts in the dossier and chat time registration', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;
  let worker: string;
  /** A case of the client with the worker on duty, opened through the dossier. */
  const openCase = async (client: TestAccount) =>
    (await makeCase(t, { worker: org.worker, clientId: client.id, openedOn: '2026-02-01' })).id;

  beforeAll(async () => {
    // Time handles the ContactOccurred event that ending a case chat sends; the dossier opens the cases.
    t = await createChatTestApp({ imports: [DossierModule, TimeModule] });
    org = await makeChatOrganisation(t);
    worker = org.worker.token;
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  async function endedCaseChat(minutes: number, seconds = 0) {
    const client = await makeChatAccount(t, org, 'client');
    const caseId = await openCase(client);
    const chat: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' })).body;
    await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    const socket = await connectChat(t, client.token);
    try {
      await emitAck(socket, ChatClientEvent.Join, { sessionId: chat.id });
      await emitAck(socket, ChatClientEvent.Send, { sessionId: chat.id, body: 'Ik heb een vraag over mijn huur.' });
    } finally {
      socket.close();
    }
    t.clock.advance(minutes * MINUTE + seconds * 1000);
    await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(worker, { type: 'bearer' }).expect(200);
    // Background jobs are off in tests: handle the queued events now.
    await t.app.get(JobsService).drain();
    return { client, caseId, chatId: chat.id };
  }

  it('creates exactly one to-confirm time entry with the real chat duration when a case chat ends', async () => {
    const { caseId, chatId } = await endedCaseChat(33, 20);
    const entries = await t.dataSource.query(
      `SELECT worker_id, case_id, contact_type, minutes, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, status, source FROM time_entry WHERE source_id = $1`,
      [chatId],
    );
    expect(entries).toEqual([
      {
        worker_id: org.worker.id,
        case_id: caseId,
        contact_type: 'chat',
        minutes: 34,
        occurred_on: '2026-03-02',
        status: 'to_confirm',
        source: 'chat',
      },
    ]);
    // Ending again is refused and registers nothing twice.
    expect((await t.http().post(`/api/chat/sessions/${chatId}/end`).auth(worker, { type: 'bearer' })).status).toBe(409);
    await t.app.get(JobsService).drain();
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM time_entry WHERE source_id = $1', [chatId])).toEqual([{ n: 1 }]);
  });

  /** An anonymous chat the worker held for `minutes` and ended; the queued events handled. */
  async function endedAnonymousChat(minutes: number) {
    const anon = await startAnonymousChat(t);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    t.clock.advance(minutes * MINUTE);
    const ended: ChatSessionView = (
      await t.http().post(`/api/chat/sessions/${anon.sessionId}/end`).auth(worker, { type: 'bearer' }).expect(200)
    ).body;
    await t.app.get(JobsService).drain();
    return { ...anon, ended };
  }
  const entryOf = async (chatId: string) =>
    t.dataSource.query(
      `SELECT worker_id, organisation_id, case_id, contact_type, minutes, status FROM time_entry WHERE source = 'chat' AND source_id = $1`,
      [chatId],
    );

  it('prefills a to-confirm entry without a case for an anonymous chat, with the chat’s duration', async () => {
    const { sessionId, ended } = await endedAnonymousChat(12);
    expect(ended.durationSeconds).toBe(12 * 60);
    expect(await entryOf(sessionId)).toEqual([
      {
        worker_id: org.worker.id,
        organisation_id: org.organisationId,
        case_id: null,
        contact_type: 'chat',
        minutes: 12,
        status: 'to_confirm',
      },
    ]);
    // It is the worker's to confirm in "Mijn uren".
    const week = (await t.http().get('/api/time/week?date=2026-03-02').auth(worker, { type: 'bearer' }).expect(200)).body;
    expect(week.toConfirm).toEqual(expect.arrayContaining([expect.objectContaining({ sourceId: sessionId, caseId: null, minutes: 12 })]));
    // Client-bound time: a chat with a client, even before it has a case.
    expect(week.clientBoundMinutes).toBe(week.totalMinutes);
  });

  it('moves the anonymous chat’s entry to the case it is linked to after the chat ended, once', async () => {
    const { sessionId } = await endedAnonymousChat(20);
    const client = await makeChatAccount(t, org, 'client');
    const caseId = await openCase(client);
    await t.http().post(`/api/chat/sessions/${sessionId}/convert`).auth(worker, { type: 'bearer' }).send({ caseId }).expect(200);
    await t.app.get(JobsService).drain();
    expect(await entryOf(sessionId)).toEqual([expect.objectContaining({ case_id: caseId, minutes: 20, status: 'to_confirm' })]);
    const history = await t.dataSource.query(
      `SELECT c.action, c.new_values FROM time_entry_change c JOIN time_entry e ON e.id = c.time_entry_id WHERE e.source_id = $1 ORDER BY c.id`,
      [sessionId],
    );
    expect(history).toEqual([expect.objectContaining({ action: 'prefill' }), { action: 'update', new_values: { caseId } }]);
  });

  it('registers a chat linked to a case while it ran directly on the case', async () => {
    const anon = await startAnonymousChat(t);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    const client = await makeChatAccount(t, org, 'client');
    const caseId = await openCase(client);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/convert`).auth(worker, { type: 'bearer' }).send({ caseId }).expect(200);
    t.clock.advance(7 * MINUTE);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/end`).auth(worker, { type: 'bearer' }).expect(200);
    await t.app.get(JobsService).drain();
    expect(await entryOf(anon.sessionId)).toEqual([expect.objectContaining({ case_id: caseId, minutes: 7 })]);
  });

  it('registers no time for a chat that never got a worker', async () => {
    const client = await makeChatAccount(t, org, 'client');
    await openCase(client);
    const waiting: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' })).body;
    await t.http().post(`/api/chat/sessions/${waiting.id}/end`).auth(client.token, { type: 'bearer' }).expect(200);
    const anon = await startAnonymousChat(t);
    await t.http().post('/api/chat/anonymous/end').set('x-chat-token', anon.chatToken).expect(200);
    await t.app.get(JobsService).drain();

    expect(
      await t.dataSource.query('SELECT count(*)::int AS n FROM time_entry WHERE source_id = ANY($1)', [[anon.sessionId, waiting.id]]),
    ).toEqual([{ n: 0 }]);
  });

  it('shows the ended transcript in the client’s own list and to the case’s worker via ?caseId=', async () => {
    const { client, caseId, chatId } = await endedCaseChat(5);
    const mine: ChatSessionView[] = (await t.http().get('/api/chat/sessions').auth(client.token, { type: 'bearer' })).body;
    expect(mine).toEqual([expect.objectContaining({ id: chatId, status: 'ended', caseId, durationSeconds: 300 })]);
    const transcript: ChatMessageView[] = (
      await t.http().get(`/api/chat/sessions/${chatId}/messages`).auth(client.token, { type: 'bearer' })
    ).body;
    expect(transcript.map((m) => m.body)).toEqual(['Ik heb een vraag over mijn huur.']);

    const ofCase: ChatSessionView[] = (await t.http().get(`/api/chat/sessions?caseId=${caseId}`).auth(worker, { type: 'bearer' })).body;
    expect(ofCase.map((s) => s.id)).toEqual([chatId]);
  });

  it('lets the case’s worker read a transcript a duty colleague held, but nobody else', async () => {
    const colleague = await makeChatAccount(t, org, 'worker');
    const client = await makeChatAccount(t, org, 'client');
    const caseId = await openCase(client);
    const chat: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' })).body;
    await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).auth(colleague.token, { type: 'bearer' }).expect(200);
    await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(colleague.token, { type: 'bearer' }).expect(200);

    expect((await t.http().get(`/api/chat/sessions/${chat.id}/messages`).auth(worker, { type: 'bearer' })).status).toBe(200);
    const outsider = await makeChatAccount(t, org, 'worker');
    expect((await t.http().get(`/api/chat/sessions?caseId=${caseId}`).auth(outsider.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().get(`/api/chat/sessions/${chat.id}/messages`).auth(outsider.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().get('/api/chat/sessions').auth(worker, { type: 'bearer' })).status).toBe(400);
    expect((await t.http().get('/api/chat/sessions?caseId=nope').auth(worker, { type: 'bearer' })).status).toBe(400);
    expect((await t.http().get(`/api/chat/sessions?caseId=${caseId}`).auth(org.teamLead.token, { type: 'bearer' })).status).toBe(403);
  });
});
