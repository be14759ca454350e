import { DossierModule } from '@nabij/dossier/api';
import { AUDIT_LINES } from '@nabij/platform/api';
import { IdentityModule } from '@nabij/identity/api';
import type { CallEntry, CallEntryDetail, MyCalls } from '@nabij/outreach/contracts';
import { bearer, createTestApp, TestAccount, TestApp } from '@nabij/platform/testing';
import { RemindersModule } from '@nabij/reminders/api';
import { TimeModule } from '@nabij/time/api';
import { OutreachModule } from '../outreach.module';
import { makeClientWithCase, makeOutreachOrg, makeTeamClientList, OutreachOrg, SMALL_QUESTIONNAIRE } from '../testing';

jest.setTimeout(180_000);

/** The number to call on a list of clients: the mobile number a client gave in Herinneringen, for the assigned worker only. */
describe('outreach phone numbers of clients', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, RemindersModule, OutreachModule] });
  }, 180_000);

  afterAll(() => t.close());

  /** Two clients with a case of the worker, one of whom gave a mobile number; a list of the team's clients. */
  async function clientList(org: OutreachOrg): Promise<{ withMobile: TestAccount; without: TestAccount; listId: string }> {
    const { client: withMobile } = await makeClientWithCase(t, org, 'Amina Bakri');
    const { client: without } = await makeClientWithCase(t, org, 'Bram de Wit');
    await t.http().put('/api/reminders/contact').set(bearer(withMobile)).send({ mobile: '06 12345678', smsOptIn: false }).expect(200);
    const { listId } = await makeTeamClientList(t, org);
    return { withMobile, without, listId };
  }

  const byName = (entries: CallEntry[]) => Object.fromEntries(entries.map((e) => [e.familyName, e.phone]));

  it("shows the assigned worker the client's own mobile number, or none, and logs each number shown as a read of the client", async () => {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { withMobile, without } = await clientList(org);
    const mine: MyCalls = (await t.http().get('/api/outreach/calls').set(bearer(org.worker)).expect(200)).body;
    expect(byName(mine.toCall)).toEqual({ 'Amina Bakri': '+31612345678', 'Bram de Wit': null });

    const amina = mine.toCall.find((e) => e.clientId === withMobile.id)!;
    const detail: CallEntryDetail = (await t.http().get(`/api/outreach/entries/${amina.id}`).set(bearer(org.worker)).expect(200)).body;
    expect(detail.phone).toBe('+31612345678');
    const bram = mine.toCall.find((e) => e.clientId === without.id)!;
    expect((await t.http().get(`/api/outreach/entries/${bram.id}`).set(bearer(org.worker)).expect(200)).body.phone).toBeNull();

    const logged = await t.dataSource.query(
      `SELECT actor_id, client_id, resource_id FROM ${AUDIT_LINES} WHERE resource_type = 'client_mobile' AND actor_id = $1 ORDER BY occurred_at, entry_id, n`,
      [org.worker.id],
    );
    expect(logged).toEqual([
      { actor_id: org.worker.id, client_id: withMobile.id, resource_id: amina.id },
      { actor_id: org.worker.id, client_id: withMobile.id, resource_id: amina.id },
    ]);
  });

  it('follows the number the client keeps: changed or removed, the list shows it so', async () => {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { withMobile } = await clientList(org);
    await t.http().put('/api/reminders/contact').set(bearer(withMobile)).send({ mobile: '0687654321', smsOptIn: false }).expect(200);
    let mine: MyCalls = (await t.http().get('/api/outreach/calls').set(bearer(org.worker))).body;
    expect(byName(mine.toCall)['Amina Bakri']).toBe('+31687654321');
    await t.http().put('/api/reminders/contact').set(bearer(withMobile)).send({ mobile: null, smsOptIn: false }).expect(200);
    mine = (await t.http().get('/api/outreach/calls').set(bearer(org.worker))).body;
    expect(byName(mine.toCall)['Amina Bakri']).toBeNull();
  });

  it('never gives a number to the team lead, a colleague or another organisation', async () => {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const other = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { listId } = await clientList(org);
    const list = await t.http().get(`/api/outreach/lists/${listId}`).set(bearer(org.teamLead)).expect(200);
    const lists = await t.http().get('/api/outreach/lists').set(bearer(org.teamLead)).expect(200);
    for (const body of [list.body, lists.body]) expect(JSON.stringify(body)).not.toMatch(/612345678/);
    const entryId = list.body.entries[0].id;
    for (const who of [org.colleague, other.worker]) {
      expect((await t.http().get(`/api/outreach/entries/${entryId}`).set(bearer(who))).status).toBe(404);
      expect(JSON.stringify((await t.http().get('/api/outreach/calls').set(bearer(who))).body)).not.toMatch(/612345678/);
    }
    for (const who of [org.teamLead, org.admin, org.client])
      expect((await t.http().get(`/api/outreach/entries/${entryId}`).set(bearer(who))).status).toBe(403);
    const shown = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM ${AUDIT_LINES} WHERE resource_type = 'client_mobile' AND resource_id = $1`,
      [entryId],
    );
    expect(shown[0].n).toBe(0);
  });
});
