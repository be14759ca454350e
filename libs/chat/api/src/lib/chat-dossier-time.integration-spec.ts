import type { ChatMessageView, ChatSessionView } from '@nabij/chat/contracts';
import type { DemoContext } from '@nabij/demo/api';
import { JobsService } from '@nabij/platform/api';
import { MINUTE } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { ChatClientEvent } from '@nabij/chat/contracts';
import {
  ChatTestApp,
  connectChat,
  createAccount,
  createChatTestApp,
  emitAck,
  openCase,
  seedChatTestData,
  startAnonymousChat,
} from './testing/chat-test-app';

describe('chat transcripts in the dossier and chat time registration', () => {
  let t: ChatTestApp;
  let ctx: DemoContext;
  let worker: string;

  beforeAll(async () => {
    // Time handles the ContactOccurred event that ending a case chat sends.
    t = await createChatTestApp({ imports: [TimeModule] });
    ctx = await seedChatTestData(t);
    worker = t.tokenFor({ id: ctx.accountIds.worker, role: 'worker', organisationId: ctx.organisationId });
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  async function endedCaseChat(email: string, minutes: number, seconds = 0) {
    const client = await createAccount(t, ctx, 'client', email);
    const caseId = await openCase(t, ctx, client.id);
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
    const { caseId, chatId } = await endedCaseChat('time-chat@example.nl', 33, 20);
    const entries = await t.dataSource.query(
      `SELECT worker_id, case_id, contact_type, minutes, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, status, source FROM time_entry WHERE source_id = $1`,
      [chatId],
    );
    expect(entries).toEqual([
      {
        worker_id: ctx.accountIds.worker,
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

  it('registers no time for an anonymous chat (no case) or one that never got a worker', async () => {
    const anon = await startAnonymousChat(t);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/pick-up`).auth(worker, { type: 'bearer' }).expect(200);
    t.clock.advance(10 * MINUTE);
    await t.http().post(`/api/chat/sessions/${anon.sessionId}/end`).auth(worker, { type: 'bearer' }).expect(200);

    const client = await createAccount(t, ctx, 'client', 'left-queue@example.nl');
    await openCase(t, ctx, client.id);
    const waiting: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' })).body;
    await t.http().post(`/api/chat/sessions/${waiting.id}/end`).auth(client.token, { type: 'bearer' }).expect(200);
    await t.app.get(JobsService).drain();

    expect(
      await t.dataSource.query('SELECT count(*)::int AS n FROM time_entry WHERE source_id = ANY($1)', [[anon.sessionId, waiting.id]]),
    ).toEqual([{ n: 0 }]);
  });

  it('shows the ended transcript in the client’s own list and to the case’s worker via ?caseId=', async () => {
    const { client, caseId, chatId } = await endedCaseChat('dossier-chat@example.nl', 5);
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
    const colleague = await createAccount(t, ctx, 'worker', 'duty-colleague@example.nl');
    const client = await createAccount(t, ctx, 'client', 'colleague-chat@example.nl');
    const caseId = await openCase(t, ctx, client.id);
    const chat: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' })).body;
    await t.http().post(`/api/chat/sessions/${chat.id}/pick-up`).auth(colleague.token, { type: 'bearer' }).expect(200);
    await t.http().post(`/api/chat/sessions/${chat.id}/end`).auth(colleague.token, { type: 'bearer' }).expect(200);

    expect((await t.http().get(`/api/chat/sessions/${chat.id}/messages`).auth(worker, { type: 'bearer' })).status).toBe(200);
    const outsider = await createAccount(t, ctx, 'worker', 'outsider-worker@example.nl');
    expect((await t.http().get(`/api/chat/sessions?caseId=${caseId}`).auth(outsider.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().get(`/api/chat/sessions/${chat.id}/messages`).auth(outsider.token, { type: 'bearer' })).status).toBe(404);
    expect((await t.http().get('/api/chat/sessions').auth(worker, { type: 'bearer' })).status).toBe(400);
    expect((await t.http().get('/api/chat/sessions?caseId=nope').auth(worker, { type: 'bearer' })).status).toBe(400);
    const lead = await createAccount(t, ctx, 'team_lead', 'lead-chat@example.nl');
    expect((await t.http().get(`/api/chat/sessions?caseId=${caseId}`).auth(lead.token, { type: 'bearer' })).status).toBe(403);
  });
});
