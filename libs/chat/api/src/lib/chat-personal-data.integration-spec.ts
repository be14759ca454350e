import type { ChatSessionView } from '@nabij/chat/contracts';
import { ChatClientEvent } from '@nabij/chat/contracts';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { PersonalDataEraserRegistry, PersonalDataRegistry } from '@nabij/platform/api';
import { MINUTE, TestAccount } from '@nabij/platform/testing';
import { ChatOrganisation, makeChatAccount, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, connectChat, createChatTestApp, emitAck } from './testing/chat-test-app';

/** Chat's part of "download my data" and of erasing a client (deletion request or retention). */
describe('chat personal data', () => {
  let t: ChatTestApp;
  let org: ChatOrganisation;

  beforeAll(async () => {
    t = await createChatTestApp({ imports: [DossierModule] });
    org = await makeChatOrganisation(t);
  });
  afterAll(() => t?.close());
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  /** A 20-minute chat of the client on a case of theirs, in which the client wrote `body`. */
  async function chat(client: TestAccount, body: string): Promise<{ chatId: string; caseId: string }> {
    const caseId = (await makeCase(t, { worker: org.worker, clientId: client.id, openedOn: '2026-02-01' })).id;
    const session: ChatSessionView = (await t.http().post('/api/chat/sessions').auth(client.token, { type: 'bearer' })).body;
    await t.http().post(`/api/chat/sessions/${session.id}/pick-up`).auth(org.worker.token, { type: 'bearer' }).expect(200);
    const socket = await connectChat(t, client.token);
    try {
      await emitAck(socket, ChatClientEvent.Join, { sessionId: session.id });
      await emitAck(socket, ChatClientEvent.Send, { sessionId: session.id, body });
    } finally {
      socket.close();
    }
    t.clock.advance(20 * MINUTE);
    await t.http().post(`/api/chat/sessions/${session.id}/end`).auth(org.worker.token, { type: 'bearer' }).expect(200);
    return { chatId: session.id, caseId };
  }

  const source = () =>
    t.app
      .get(PersonalDataRegistry)
      .sources()
      .find((s) => s.section === 'chat')!;
  const eraser = () =>
    t.app
      .get(PersonalDataEraserRegistry)
      .erasers()
      .find((e) => e.section === 'chat')!;

  it('exports the client’s chats with transcript and who answered, and nothing of another client', async () => {
    const client = await makeChatAccount(t, org, 'client');
    const other = await makeChatAccount(t, org, 'client');
    const mine = await chat(client, 'Mijn huisbaas wil de huur verhogen.');
    await chat(other, 'Ik kan mijn energierekening niet betalen.');
    const data = await source().collect(client.id);
    expect(data['chats']).toEqual([expect.objectContaining({ id: mine.chatId, durationSeconds: 1200, worker: org.worker.name })]);
    expect(data['transcripts']).toEqual([
      expect.objectContaining({ chatId: mine.chatId, senderRole: 'client', body: 'Mijn huisbaas wil de huur verhogen.' }),
    ]);
    expect(JSON.stringify(data)).not.toContain('energierekening');
  });

  it('erases the transcripts of the client but keeps date and duration, and leaves another client’s chat', async () => {
    const client = await makeChatAccount(t, org, 'client');
    const other = await makeChatAccount(t, org, 'client');
    const mine = await chat(client, 'Ik durf niet naar huis.');
    const theirs = await chat(other, 'Mijn zoon spijbelt.');
    expect(await eraser().inventory({ clientId: client.id, cases: 'all' })).toEqual({ chat: 1 });
    const outcome = await t.dataSource.transaction((db) => eraser().erase({ clientId: client.id, cases: 'all' }, db));
    expect(outcome.counts).toEqual({ chat: 1 });
    const [kept] = await t.dataSource.query(
      `SELECT duration_seconds, email, (SELECT count(*)::int FROM chat_message WHERE session_id = s.id) AS messages FROM chat_session s WHERE id = $1`,
      [mine.chatId],
    );
    expect(kept).toEqual({ duration_seconds: 1200, email: null, messages: 0 });
    const [left] = await t.dataSource.query(`SELECT count(*)::int AS n FROM chat_message WHERE session_id = $1`, [theirs.chatId]);
    expect(left.n).toBe(1);
  });

  it('exports the evaluation remark with the chat, and on erasure drops the remark but keeps the scores', async () => {
    const client = await makeChatAccount(t, org, 'client');
    const mine = await chat(client, 'Ik heb schulden bij de zorgverzekeraar.');
    await t
      .http()
      .post(`/api/chat/sessions/${mine.chatId}/evaluation`)
      .auth(client.token, { type: 'bearer' })
      .send({ helpful: 4, understood: 5, again: true, remark: '  Fijn dat het zo snel kon.  ' })
      .expect(204);
    const data = await source().collect(client.id);
    expect(data['chats']).toEqual([
      expect.objectContaining({ id: mine.chatId, evaluationHelpful: 4, evaluationRemark: 'Fijn dat het zo snel kon.' }),
    ]);
    await t.dataSource.transaction((db) => eraser().erase({ clientId: client.id, cases: 'all' }, db));
    expect(
      await t.dataSource.query(`SELECT helpful, understood, again, remark FROM chat_evaluation WHERE session_id = $1`, [mine.chatId]),
    ).toEqual([{ helpful: 4, understood: 5, again: true, remark: null }]);
  });

  it('refuses a remark longer than 500 characters with 400 naming it, and stores no evaluation', async () => {
    const client = await makeChatAccount(t, org, 'client');
    const mine = await chat(client, 'Mag ik iets vragen over toeslagen?');
    const res = await t
      .http()
      .post(`/api/chat/sessions/${mine.chatId}/evaluation`)
      .auth(client.token, { type: 'bearer' })
      .send({ helpful: 4, understood: 5, again: true, remark: 'x'.repeat(501) });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['remark']);
    expect(await t.dataSource.query(`SELECT 1 FROM chat_evaluation WHERE session_id = $1`, [mine.chatId])).toEqual([]);
  });

  it('erases only the chats of the cases in scope', async () => {
    const client = await makeChatAccount(t, org, 'client');
    const first = await chat(client, 'Eerste chat over geld.');
    const second = await chat(client, 'Tweede chat over werk.');
    await t.dataSource.transaction((db) => eraser().erase({ clientId: client.id, cases: [first.caseId] }, db));
    const rows = await t.dataSource.query(`SELECT session_id, body FROM chat_message WHERE session_id = ANY($1)`, [
      [first.chatId, second.chatId],
    ]);
    expect(rows).toEqual([{ session_id: second.chatId, body: 'Tweede chat over werk.' }]);
  });
});
