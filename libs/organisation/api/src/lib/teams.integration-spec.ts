import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, createTestApp, makeOrganisation, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { OrganisationModule } from '../index';

/** /api/organisation/teams: an admin manages the teams of their own organisation only. */
describe('teams (admin)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, OrganisationModule] });
  });
  afterAll(() => t.close());

  async function orgWithAdmin(): Promise<{ org: TestOrganisation; admin: { token: string; id: string } }> {
    const org = await makeOrganisation(t, { teams: ['Team Leiden', 'Team Rijnstreek'] });
    return { org, admin: await makeAdmin(t, { organisationId: org.organisationId }) };
  }

  const auditOf = (teamId: string) =>
    t.dataSource.query(`SELECT action, actor_id FROM audit_entry WHERE resource_type = 'team' AND resource_id = $1 ORDER BY occurred_at`, [
      teamId,
    ]);

  it('lists only the teams of the admin’s own organisation, with their staff count', async () => {
    const { org, admin } = await orgWithAdmin();
    await orgWithAdmin();
    await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamIds['Team Leiden'] });
    const res = await t.http().get('/api/organisation/teams').set(bearer(admin.token));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: org.teamIds['Team Leiden'], name: 'Team Leiden', archivedAt: null, staffCount: 1 },
      { id: org.teamIds['Team Rijnstreek'], name: 'Team Rijnstreek', archivedAt: null, staffCount: 0 },
    ]);
  });

  it.each(['worker', 'team_lead', 'client'] as const)('refuses a %s on every team route (403)', async (role) => {
    const { org } = await orgWithAdmin();
    const who =
      role === 'worker'
        ? await makeWorker(t, { organisationId: org.organisationId })
        : role === 'team_lead'
          ? await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId })
          : await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const id = org.teamId;
    const answers = await Promise.all([
      t.http().get('/api/organisation/teams').set(bearer(who)),
      t.http().post('/api/organisation/teams').set(bearer(who)).send({ name: 'Team X' }),
      t.http().patch(`/api/organisation/teams/${id}`).set(bearer(who)).send({ name: 'Team X' }),
      t.http().post(`/api/organisation/teams/${id}/archive`).set(bearer(who)),
    ]);
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    const [row] = await t.dataSource.query(`SELECT name, archived_at FROM team WHERE id = $1`, [id]);
    expect(row).toEqual({ name: 'Team Leiden', archived_at: null });
  });

  it('creates a team (trimmed name) and audits it', async () => {
    const { admin } = await orgWithAdmin();
    const res = await t.http().post('/api/organisation/teams').set(bearer(admin.token)).send({ name: '  Team Noord ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), name: 'Team Noord', archivedAt: null, staffCount: 0 });
    expect(await auditOf(res.body.id)).toEqual([{ action: 'create', actor_id: admin.id }]);
  });

  it('refuses a name the organisation already uses (409), but another organisation may use it', async () => {
    const { admin } = await orgWithAdmin();
    const taken = await t.http().post('/api/organisation/teams').set(bearer(admin.token)).send({ name: 'team leiden' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('team_name_taken');
    const other = await orgWithAdmin();
    const elsewhere = await t.http().post('/api/organisation/teams').set(bearer(other.admin.token)).send({ name: 'Team Zuid' });
    const again = await t.http().post('/api/organisation/teams').set(bearer(admin.token)).send({ name: 'Team Zuid' });
    expect([elsewhere.status, again.status]).toEqual([201, 201]);
  });

  it.each([
    ['an empty name', { name: '   ' }],
    ['a name that is too long', { name: 'x'.repeat(101) }],
    ['a name that is not text', { name: 42 }],
    ['no name', {}],
  ])('refuses %s with 400 naming name', async (_, body) => {
    const { admin } = await orgWithAdmin();
    const res = await t.http().post('/api/organisation/teams').set(bearer(admin.token)).send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['name']);
  });

  it('refuses a path id that is not a UUID with 400 naming id', async () => {
    const { admin } = await orgWithAdmin();
    const res = await t.http().patch('/api/organisation/teams/not-a-uuid').set(bearer(admin.token)).send({ name: 'Team X' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['id']);
  });

  it('renames a team and audits it; a bad name is 400 naming name', async () => {
    const { org, admin } = await orgWithAdmin();
    const id = org.teamIds['Team Rijnstreek'];
    const bad = await t.http().patch(`/api/organisation/teams/${id}`).set(bearer(admin.token)).send({ name: '' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['name']);
    const res = await t.http().patch(`/api/organisation/teams/${id}`).set(bearer(admin.token)).send({ name: 'Team Alphen' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Team Alphen');
    expect(await auditOf(id)).toEqual([{ action: 'update', actor_id: admin.id }]);
  });

  it('answers 404 for another organisation’s team on rename and archive, and changes nothing', async () => {
    const { admin } = await orgWithAdmin();
    const other = await orgWithAdmin();
    const id = other.org.teamId;
    const rename = await t.http().patch(`/api/organisation/teams/${id}`).set(bearer(admin.token)).send({ name: 'Overgenomen' });
    const archive = await t.http().post(`/api/organisation/teams/${id}/archive`).set(bearer(admin.token));
    expect([rename.status, archive.status]).toEqual([404, 404]);
    const [row] = await t.dataSource.query(`SELECT name, archived_at FROM team WHERE id = $1`, [id]);
    expect(row).toEqual({ name: 'Team Leiden', archived_at: null });
  });

  it('refuses to archive a team with open cases (409 with the count), and archives it once they are closed', async () => {
    const { org, admin } = await orgWithAdmin();
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const c = await makeCase(t, { worker, clientId: client.id });
    const refused = await t.http().post(`/api/organisation/teams/${org.teamId}/archive`).set(bearer(admin.token));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('team_has_open_cases');
    expect((await t.dataSource.query(`SELECT archived_at FROM team WHERE id = $1`, [org.teamId]))[0].archived_at).toBeNull();

    await t.http().post(`/api/dossier/cases/${c.id}/close`).set(bearer(worker)).send({ reason: 'goal_reached' }).expect(200);
    const archived = await t.http().post(`/api/organisation/teams/${org.teamId}/archive`).set(bearer(admin.token));
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toBe(t.clock.now().toISOString());
    expect(await auditOf(org.teamId)).toEqual([{ action: 'delete', actor_id: admin.id }]);
    const list = await t.http().get('/api/organisation/teams').set(bearer(admin.token));
    // Archived teams come last.
    expect(list.body.map((team: { name: string }) => team.name)).toEqual(['Team Rijnstreek', 'Team Leiden']);
  });
});
