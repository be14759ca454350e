import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { AccountDirectoryModule, AccountDirectoryService, IdentityModule } from '../../index';
import { makeClient, makeTeamLead, makeWorker } from '../testing';

jest.setTimeout(60_000);

/** What other domains learn about accounts through identity's directory, and what they do not. */
describe('AccountDirectoryService', () => {
  let t: TestApp;
  let directory: AccountDirectoryService;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, AccountDirectoryModule] });
    directory = t.app.get(AccountDirectoryService);
  });
  afterAll(() => t?.close());

  it('gives names by id in one look-up, leaving out unknown ids and empty ones', async () => {
    const org = await makeOrganisation(t);
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, name: 'Sanne de Vries' });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Kees Jansen' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const names = await directory.namesByIds([worker.id, client.id, worker.id, unknown, null, undefined]);
    expect([...names.entries()].sort()).toEqual(
      [
        [worker.id, 'Sanne de Vries'],
        [client.id, 'Kees Jansen'],
      ].sort(),
    );
    expect(await directory.namesByIds([])).toEqual(new Map());
  });

  it('keeps names for showing a minute in this instance, and forgets one at once when asked (an erasure does)', async () => {
    const org = await makeOrganisation(t);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: 'Kees Jansen' });
    expect((await directory.namesByIds([client.id])).get(client.id)).toBe('Kees Jansen');
    // No service renames an account: written directly, as another instance's erasure would.
    await t.dataSource.query(`UPDATE account SET name = 'Kees de Boer' WHERE id = $1`, [client.id]);
    expect((await directory.namesByIds([client.id])).get(client.id)).toBe('Kees Jansen');
    expect((await directory.byId(client.id))?.name).toBe('Kees de Boer');
    directory.forgetCard(client.id);
    expect(await directory.cardsByIds([client.id])).toEqual(
      new Map([[client.id, { name: 'Kees de Boer', role: 'client', language: 'nl' }]]),
    );
  });

  it('puts names in place of account ids in rows, null for none or an unknown id', async () => {
    const org = await makeOrganisation(t);
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, name: 'Sanne de Vries' });
    const rows = [
      { body: 'Hoi', senderId: worker.id },
      { body: 'Systeem', senderId: null },
      { body: 'Weg', senderId: '00000000-0000-4000-8000-000000000000' },
    ];
    expect(await directory.withNames(rows, 'senderId', 'sender')).toEqual([
      { body: 'Hoi', sender: 'Sanne de Vries' },
      { body: 'Systeem', sender: null },
      { body: 'Weg', sender: null },
    ]);
  });

  it('finds a member of the organisation by role, and nobody of another organisation', async () => {
    const org = await makeOrganisation(t);
    const other = await makeOrganisation(t);
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, canTrain: true });
    const member = await directory.memberOf(org.organisationId, worker.id, ['worker']);
    expect(member).toMatchObject({ id: worker.id, role: 'worker', teamId: org.teamId, canTrain: true, deactivated: false });
    expect(await directory.memberOf(org.organisationId, worker.id, ['client'])).toBeNull();
    expect(await directory.memberOf(other.organisationId, worker.id)).toBeNull();
    expect(await directory.memberOf(null, worker.id)).toBeNull();
  });

  it("lists an organisation's accounts by role and team, by name", async () => {
    const org = await makeOrganisation(t, { teams: ['Team Noord', 'Team Zuid'] });
    const noord = org.teamIds['Team Noord'];
    const zuid = org.teamIds['Team Zuid'];
    const bram = await makeWorker(t, { organisationId: org.organisationId, teamId: noord, name: 'Bram' });
    const anouk = await makeWorker(t, { organisationId: org.organisationId, teamId: zuid, name: 'Anouk' });
    const lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: noord, name: 'Lotte' });
    await makeWorker(t, { organisationId: (await makeOrganisation(t)).organisationId, name: 'Aaron' });

    expect((await directory.accountsOf(org.organisationId, ['worker'])).map((a) => a.id)).toEqual([anouk.id, bram.id]);
    expect((await directory.accountsOf(org.organisationId, ['worker', 'team_lead'], { teamId: noord })).map((a) => a.id)).toEqual([
      bram.id,
      lead.id,
    ]);
  });

  it('gives the addresses of accounts that have one, and says whether an address is taken', async () => {
    const org = await makeOrganisation(t);
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    expect((await directory.emailsOf([worker.id, client.id])).sort()).toEqual([worker.email, client.email].sort());
    expect(await directory.emailOf(worker.id)).toBe(worker.email);
    expect(await directory.emailsByIds([worker.id, client.id])).toEqual(
      new Map([
        [worker.id, worker.email],
        [client.id, client.email],
      ]),
    );
    expect(await directory.emailTaken(worker.email.toUpperCase())).toBe(true);
    expect(await directory.emailTaken(`nobody-${worker.email}`)).toBe(false);
    expect(await directory.teamNamesByIds([org.teamId, null])).toEqual(new Map([[org.teamId, 'Team Leiden']]));
  });
});
