import { Page } from 'playwright-core';
import { openDemoChatAllDay } from './support/chat-hours';
import { wcagViolations } from './support/axe';
import { logIn } from './support/log-in';
import { DESKTOP, FAKE_MEDIA_ARGS, PHONE, useNabij } from './support/use-nabij';
import { eventually, framesDecoded, queryDatabase, watchPeerConnections } from './video-support';

jest.setTimeout(180_000);

/** "Verder met video" (issue 13): the demo worker turns a live chat with the demo client into a video call. */
describe('chat to video: the demo worker continues a chat with the demo client by video', () => {
  const nabij = useNabij({}, { browserArgs: FAKE_MEDIA_ARGS });
  let client: Page;
  let worker: Page;

  beforeAll(async () => {
    await openDemoChatAllDay(nabij.server.database.url);
    client = await nabij.person(PHONE);
    worker = await nabij.person(DESKTOP);
    await watchPeerConnections(client);
    await watchPeerConnections(worker);
  });

  it('books a call from the chat, shows the client "Deelnemen" in the chat, and both meet in the call while the chat stays open', async () => {
    await logIn(client, nabij.url, 'client@demo.nabij.nl');
    await client.goto(`${nabij.url}/chat`);
    await client.getByRole('button', { name: 'Start de chat' }).click();
    await logIn(worker, nabij.url, 'worker@demo.nabij.nl');
    await worker.getByRole('link', { name: 'Chat: wachtrij' }).click();
    const entry = worker.locator('.chat-queue-item', { hasText: 'Sanne de Vries' });
    await entry.getByRole('button', { name: /Oppakken/ }).click();
    await client.getByRole('heading', { name: 'Je chat met een maatschappelijk werker' }).waitFor();

    await worker.getByRole('button', { name: 'Verder met video' }).click();
    await worker.getByText('De cliënt ziet nu "Deelnemen" in de chat.').waitFor();
    await client.getByRole('link', { name: 'Deelnemen aan het videogesprek' }).waitFor();
    expect((await wcagViolations(client)).map((v) => `chat with Deelnemen: ${v}`)).toEqual([]);
    const [session] = await queryDatabase<{ status: string; video_appointment_id: string }>(
      nabij.server.database.url,
      `SELECT s.status, s.video_appointment_id FROM chat_session s JOIN account a ON a.id = s.client_id WHERE a.email = 'client@demo.nabij.nl' AND s.status = 'active'`,
    );
    expect(session.video_appointment_id).toBeTruthy();

    await client.getByRole('link', { name: 'Deelnemen aan het videogesprek' }).click();
    await client.waitForURL(new RegExp(`/video/${session.video_appointment_id}`));
    await client.getByRole('button', { name: 'Camera en microfoon aanzetten' }).click();
    await client.getByRole('button', { name: 'Deelnemen aan het gesprek' }).click();
    await client.getByRole('heading', { name: 'Je zit in de wachtkamer' }).waitFor();

    await worker.getByRole('link', { name: 'Naar het videogesprek' }).click();
    await worker.getByRole('button', { name: 'Camera en microfoon aanzetten' }).click();
    await worker.getByRole('button', { name: 'Deelnemen aan het gesprek' }).click();
    await worker.getByRole('button', { name: /Laat .* binnen/ }).click();
    await client.getByText('Verbinding: Verbonden').waitFor({ timeout: 30_000 });
    await eventually(async () => (await framesDecoded(client)) > 0, 'the client decodes video frames');
    // The chat is still open: the worker ends it when they are done.
    const [still] = await queryDatabase<{ status: string }>(
      nabij.server.database.url,
      `SELECT status FROM chat_session WHERE video_appointment_id = $1`,
      [session.video_appointment_id],
    );
    expect(still.status).toBe('active');
  });
});
