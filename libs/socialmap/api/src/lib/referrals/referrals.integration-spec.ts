import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import type { AuthUser } from '@nabij/platform/api';
import type { Referral } from '@nabij/socialmap/contracts';
import { SocialMapModule } from '../socialmap.module';
import { installServices, testService } from '../testing';

jest.setTimeout(120_000);

const asUser = (a: TestAccount): AuthUser => ({ id: a.id, role: a.role, organisationId: a.organisationId });

/** Referrals on a case: the case's worker writes, the worker and the client read, nobody else. */
describe('referrals to the social map on a case', () => {
  let t: TestApp;
  let worker: TestAccount;
  let client: TestAccount;
  let colleague: TestAccount;
  let teamLead: TestAccount;
  let admin: TestAccount;
  let otherClient: TestAccount;
  let otherOrgWorker: TestAccount;
  let caseId: string;
  let serviceId: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, SocialMapModule] });
    const org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    worker = await makeWorker(t, staff);
    colleague = await makeWorker(t, staff);
    teamLead = await makeTeamLead(t, staff);
    admin = await makeAdmin(t, staff);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    otherClient = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    otherOrgWorker = await makeWorker(t, { organisationId: second.organisationId, teamId: second.teamId });
    caseId = (await makeCase(t, { worker: asUser(worker), clientId: client.id, financierId: org.financierId })).id;
    [serviceId] = await installServices(t, org.organisationId, [
      testService({ providerName: 'Gemeente Leiden', name: 'Schuldhulpverlening', phone: '14 071', website: 'https://www.leiden.nl' }),
    ]);
  }, 180_000);
  afterAll(() => t.close());

  const create = (who: TestAccount, body: object, id = caseId) =>
    t.http().post(`/api/social-map/cases/${id}/referrals`).set(bearer(who)).send(body);
  const list = (who: TestAccount, id = caseId) => t.http().get(`/api/social-map/cases/${id}/referrals`).set(bearer(who));

  it('lets the case worker propose a referral and move it on; the client sees it with its status', async () => {
    const res = await create(worker, { serviceId, reason: 'Je wilt hulp bij je schulden. De gemeente maakt samen met je een plan.' });
    expect(res.status).toBe(201);
    const referral = res.body as Referral;
    expect(referral).toMatchObject({ caseId, serviceId, serviceLabel: 'Gemeente Leiden: Schuldhulpverlening', status: 'proposed' });

    const made = await t.http().patch(`/api/social-map/referrals/${referral.id}`).set(bearer(worker)).send({ status: 'made' });
    expect(made.status).toBe(200);
    expect(made.body.status).toBe('made');

    const seen = await list(client);
    expect(seen.status).toBe(200);
    expect(seen.body.find((r: Referral) => r.id === referral.id)).toMatchObject({
      status: 'made',
      reason: expect.stringContaining('schulden'),
      contact: { phone: '14 071', website: 'https://www.leiden.nl', address: null, openingHours: null },
    });
  });

  it("logs the worker's read of the referrals with the client, and not the client's own read", async () => {
    await list(worker).expect(200);
    await list(client).expect(200);
    const reads = await t.dataSource.query(
      `SELECT actor_id, client_id FROM audit_entry WHERE action = 'read' AND resource_type = 'social_referral' AND resource_id = $1`,
      [caseId],
    );
    expect(reads).toContainEqual({ actor_id: worker.id, client_id: client.id });
    expect(reads.some((r: { actor_id: string }) => r.actor_id === client.id)).toBe(false);
  });

  it('refuses a team lead and an admin (403): they never read case content', async () => {
    for (const who of [teamLead, admin]) {
      expect((await list(who)).status).toBe(403);
      expect((await create(who, { serviceId, reason: 'x' })).status).toBe(403);
    }
    expect((await create(client, { serviceId, reason: 'Zelf gedaan' })).status).toBe(403);
  });

  it("answers 404 to another client, a colleague who is not on the case, and another organisation's worker", async () => {
    const { body: referral } = await create(worker, { serviceId, reason: 'Voor een test.' });
    expect((await list(otherClient)).status).toBe(404);
    for (const who of [colleague, otherOrgWorker]) {
      expect((await list(who)).status).toBe(404);
      expect((await create(who, { serviceId, reason: 'Niet mijn casus.' })).status).toBe(404);
      expect((await t.http().patch(`/api/social-map/referrals/${referral.id}`).set(bearer(who)).send({ status: 'closed' })).status).toBe(
        404,
      );
    }
    expect((await list(worker)).body.find((r: Referral) => r.id === referral.id).status).toBe('proposed');
  });

  it('answers 404 for an unknown case or referral', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await list(worker, unknown)).status).toBe(404);
    expect((await t.http().patch(`/api/social-map/referrals/${unknown}`).set(bearer(worker)).send({ status: 'made' })).status).toBe(404);
  });

  it.each([
    ['serviceId', 'not an id', { serviceId: 'schuldhulp', reason: 'x' }],
    ['serviceId', 'no such service', { serviceId: '00000000-0000-4000-8000-000000000000', reason: 'x' }],
    ['reason', 'empty', { reason: '  ' }],
    ['status', 'unknown', { reason: 'x', status: 'half' }],
  ])('answers 400 naming %s (%s) and stores nothing', async (field, _, body) => {
    const before = (await list(worker)).body.length;
    const res = await create(worker, { serviceId, ...body });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect((await list(worker)).body.length).toBe(before);
  });

  it.each([
    ['an unknown status', { status: 'half' }],
    ['no status', {}],
    ['a status that is not text', { status: ['made'] }],
  ])('answers a status change with %s 400 naming status, and keeps the referral as it was', async (_, body) => {
    const { body: referral } = await create(worker, { serviceId, reason: 'Voor een statustest.' });
    const res = await t.http().patch(`/api/social-map/referrals/${referral.id}`).set(bearer(worker)).send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['status']);
    expect((await list(worker)).body.find((r: Referral) => r.id === referral.id).status).toBe('proposed');
  });

  it('keeps a referral readable when its service is taken off the map: the label stays, no contact', async () => {
    const [gone] = await installServices(t, admin.organisationId!, [
      testService({ providerName: 'Buurthuis', name: 'Inloop', phone: '071 000 0000' }),
    ]);
    const { body: referral } = await create(worker, { serviceId: gone, reason: 'Even langsgaan voor een praatje.' });
    expect(referral.contact).toMatchObject({ phone: '071 000 0000' });
    await t.http().delete(`/api/social-map/admin/services/${gone}`).set(bearer(admin)).expect(204);
    const seen = (await list(client)).body.find((r: Referral) => r.id === referral.id);
    expect(seen).toMatchObject({ serviceId: null, serviceLabel: 'Buurthuis: Inloop', contact: null });
  });
});
