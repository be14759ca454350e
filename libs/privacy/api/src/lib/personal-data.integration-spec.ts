import { randomUUID } from 'node:crypto';
import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { MessagesModule } from '@nabij/messages/api';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { PrivacyModule } from '../index';

jest.setTimeout(60_000);

/** GET /api/privacy/my-data: a client downloads everything Nabij holds about them (AVG art. 15/20). */
describe('download my data (client)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, MessagesModule, PrivacyModule] });
  });
  afterAll(() => t.close());

  /** A client with a case, a goal, a published and a draft report, a message and a note of their own. */
  async function clientWithDossier(tag: string): Promise<{ client: TestAccount; worker: TestAccount }> {
    const org = await makeOrganisation(t);
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, name: `Werker ${tag}` });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, name: `Cliënt ${tag}` });
    const c = await makeCase(t, { worker, clientId: client.id });
    const http = t.http();
    await http
      .post(`/api/dossier/cases/${c.id}/goals`)
      .set(bearer(worker))
      .send({ text: `Doel ${tag}` })
      .expect(201);
    await http
      .post(`/api/dossier/cases/${c.id}/reports`)
      .set(bearer(worker))
      .send({ heldOn: '2026-03-01', summary: `Verslag ${tag}`, publish: true })
      .expect(201);
    await http
      .post(`/api/dossier/cases/${c.id}/reports`)
      .set(bearer(worker))
      .send({ heldOn: '2026-03-02', summary: `Concept ${tag}` })
      .expect(201);
    await http
      .post('/api/messages/mine')
      .set(bearer(client))
      .send({ id: randomUUID(), body: `Bericht ${tag}`, caseId: c.id })
      .expect(201);
    await http
      .post('/api/dossier/notes')
      .set(bearer(client))
      .send({ text: `Notitie ${tag}` })
      .expect(201);
    await http.get(`/api/dossier/cases/${c.id}`).set(bearer(worker)).expect(200);
    return { client, worker };
  }

  it('holds the client’s account, dossier, messages, own notes and access log, and nothing of another client', async () => {
    const { client, worker } = await clientWithDossier('A');
    const other = await clientWithDossier('B');
    const res = await t.http().get('/api/privacy/my-data').set(bearer(client));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"/);
    const text = JSON.stringify(res.body);
    for (const mine of [client.email, 'Cliënt A', 'Doel A', 'Verslag A', 'Bericht A', 'Notitie A']) expect(text).toContain(mine);
    for (const theirs of [other.client.email, 'Cliënt B', 'Doel B', 'Verslag B', 'Bericht B', 'Notitie B', other.client.id])
      expect(text).not.toContain(theirs);
    expect(res.body.sections.account.details).toEqual(expect.objectContaining({ email: client.email, name: 'Cliënt A' }));
    // Names of people and teams come from identity's directory, not from joins.
    expect(res.body.sections.dossier.cases).toEqual([expect.objectContaining({ worker: 'Werker A', team: 'Team Leiden' })]);
    expect(res.body.sections.dossier.reports).toEqual([expect.objectContaining({ summary: 'Verslag A', author: 'Werker A' })]);
    expect(res.body.sections.messages.messages).toContainEqual(expect.objectContaining({ body: 'Bericht A', sender: 'Cliënt A' }));
    expect(res.body.accessLog).toContainEqual(
      expect.objectContaining({
        actorName: worker.name,
        actorRole: 'worker',
        actorOrganisation: expect.stringMatching(/^Test MW /),
        action: 'read',
        resourceType: 'dossier',
      }),
    );
  });

  it('leaves out draft reports, password hashes and staff IP addresses', async () => {
    const { client } = await clientWithDossier('C');
    const res = await t.http().get('/api/privacy/my-data').set(bearer(client));
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('Concept C');
    expect(text).not.toMatch(/password|\$argon2/i);
    expect(res.body.accessLog.every((e: object) => !('ip' in e))).toBe(true);
  });

  it('renders a printable Dutch HTML page with every value escaped', async () => {
    const { client } = await clientWithDossier('<script>alert(1)</script>');
    const res = await t.http().get('/api/privacy/my-data?format=html').set(bearer(client));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<html lang="nl">');
    expect(res.text).toContain('Mijn gegevens bij Nabij');
    expect(res.text).toContain('Doel &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toContain('<script>');
    // The access log in words a client reads, not table names, roles or ISO dates.
    const log = res.text.slice(res.text.indexOf('Wie heeft je gegevens bekeken'));
    expect(log).toContain('<td>Werker &lt;script');
    expect(log).toContain('maatschappelijk werker');
    expect(log).toContain('bekeek je dossier');
    expect(log).toMatch(/(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \w+ \d{4}/);
    expect(log).not.toMatch(/<td>(read|worker|dossier)<\/td>|\d{4}-\d{2}-\d{2}T/);
  });

  it('writes the export to the access log', async () => {
    const { client } = await clientWithDossier('D');
    await t.http().get('/api/privacy/my-data?format=html').set(bearer(client)).expect(200);
    const rows = await t.dataSource.query(
      `SELECT actor_id, action, reason FROM audit_entry WHERE resource_type = 'personal_data' AND client_id = $1`,
      [client.id],
    );
    expect(rows).toEqual([{ actor_id: client.id, action: 'export', reason: 'html' }]);
  });

  it.each(['worker', 'team_lead', 'admin'] as const)('refuses a %s (403: the export is the client’s own)', async (role) => {
    const org = await makeOrganisation(t);
    const make = { worker: makeWorker, team_lead: makeTeamLead, admin: makeAdmin }[role];
    const who = await make(t, { organisationId: org.organisationId, teamId: org.teamId });
    expect((await t.http().get('/api/privacy/my-data').set(bearer(who))).status).toBe(403);
  });

  it('refuses an unknown format with 400 naming format', async () => {
    const { client } = await clientWithDossier('E');
    const res = await t.http().get('/api/privacy/my-data?format=pdf').set(bearer(client));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['format']);
  });
});
