import { makeClient } from '@nabij/identity/api/testing';
import { makeOrganisation, TestAccount } from '@nabij/platform/testing';
import { ChatOrganisation, makeChatOrganisation } from './testing/chat-organisation';
import { ChatTestApp, createChatTestApp } from './testing/chat-test-app';

// With two organisations, a signed-in user's chat status is their own organisation's; a caller
// without a login names the organisation, and a stale token never makes the public call fail.
describe('GET /api/chat/status with two organisations', () => {
  let t: ChatTestApp;
  let open: ChatOrganisation;
  let closedClient: TestAccount;

  beforeAll(async () => {
    t = await createChatTestApp();
    open = await makeChatOrganisation(t);
    const other = await makeOrganisation(t);
    closedClient = await makeClient(t, { organisationId: other.organisationId, financierId: other.financierId });
  });
  afterAll(() => t?.close());
  // A Monday, 15:30 in Amsterdam: inside the open organisation's hours; the other has no hours at all.
  beforeEach(() => t.clock.set('2026-03-02T14:30:00Z'));

  it('asks a caller without a login to name the organisation', async () => {
    const res = await t.http().get('/api/chat/status');
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('organisation');
    expect((await t.http().get(`/api/chat/status?organisation=${open.slug}`)).body.open).toBe(true);
  });

  it("answers a signed-in client with their own organisation's hours", async () => {
    const mine = await t.http().get('/api/chat/status').auth(open.client.token, { type: 'bearer' });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ open: true, workersOnDuty: 1 });
    const theirs = await t.http().get('/api/chat/status').auth(closedClient.token, { type: 'bearer' });
    expect(theirs.status).toBe(200);
    expect(theirs.body).toMatchObject({ open: false, nextOpensAt: null, workersOnDuty: 0 });
  });

  it('does not let a signed-in user read another organisation by naming it', async () => {
    const res = await t.http().get(`/api/chat/status?organisation=${open.slug}`).auth(closedClient.token, { type: 'bearer' });
    expect(res.body.open).toBe(false);
  });

  it('treats a broken or ended token as no login, never as a failure', async () => {
    const res = await t.http().get(`/api/chat/status?organisation=${open.slug}`).auth('not-a-token', { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body.open).toBe(true);
    const anonymous = await t.http().get('/api/chat/status').auth('not-a-token', { type: 'bearer' });
    expect(anonymous.status).toBe(400);
  });
});
