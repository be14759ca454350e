import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, makeOrganisation, TestApp, uniqueEmail } from '@nabij/platform/testing';
import { DossierModule } from '../index';

// Every test gets an organisation of its own (see beforeEach), so each runs alone and no test finds
// the clients, cases or audit entries of another.
describe('client search (GET /api/dossier/clients)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const emails: Record<string, string> = {};
  let organisationId: string;
  const as = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const search = (who: string, query: string) => t.http().get('/api/dossier/clients').query({ query }).set(as(who));
  /** A client row no service writes (no financier, no birth date), as older imported accounts are. */
  const addBareClient = async (email: string, name: string) =>
    (
      await t.dataSource.query(
        `INSERT INTO account (email, role, name, organisation_id, email_verified_at) VALUES ($1, 'client', $2, $3, now()) RETURNING id`,
        [email, name, organisationId],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DossierModule] });
  });
  afterAll(() => t.close());

  beforeEach(async () => {
    const org = await makeOrganisation(t);
    organisationId = org.organisationId;
    const staff = { organisationId, teamId: org.teamId };
    const client = await makeClient(t, {
      organisationId,
      financierId: org.financierId,
      name: 'Sanne de Vries',
      birthDate: '1994-03-12',
    });
    ids.client = client.id;
    emails.client = client.email;
    token.client = client.token;
    const worker = await makeWorker(t, { ...staff, name: 'Youssef Amrani' });
    token.worker = worker.token;
    ids.worker = worker.id;
    emails.worker = worker.email;
    token.teamLead = (await makeTeamLead(t, staff)).token;
    token.admin = (await makeAdmin(t, staff)).token;
    // Same surname in another organisation, and a worker of the own organisation with it too.
    const other = await makeOrganisation(t, { name: 'Ander MW' });
    ids.foreignClient = (
      await makeClient(t, {
        organisationId: other.organisationId,
        financierId: other.financierId,
        name: 'Sanne de Vries-Ander',
        email: uniqueEmail('sanne').replace('@test.nabij.nl', '@ander.nl'),
      })
    ).id;
    ids.sameNameWorker = (await makeWorker(t, { ...staff, name: 'Jan de Vries' })).id;
    emails.noFinancier = uniqueEmail('100%_klant');
    ids.noFinancier = await addBareClient(emails.noFinancier, 'Ahmed Bakker');
  });

  const auditCount = async () =>
    Number(
      (
        await t.dataSource.query(
          `SELECT count(*) FROM audit_entry WHERE resource_type = 'client_search' AND action = 'read' AND actor_id = $1`,
          [ids.worker],
        )
      )[0].count,
    );

  it('finds clients of the own organisation by part of the name, with account data only', async () => {
    const res = await search('worker', 'de vries');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: ids.client,
        name: 'Sanne de Vries',
        email: emails.client,
        birthDate: '1994-03-12',
        financierName: 'Leiden',
        hasOpenCase: false,
      },
    ]);
  });

  it('finds clients by part of the e-mail address, and treats % and _ literally', async () => {
    // Part of the address, in other letter case.
    const part = emails.client.slice(0, emails.client.indexOf('@') + 5).toUpperCase();
    expect((await search('worker', part)).body.map((c: { id: string }) => c.id)).toEqual([ids.client]);
    const literal = await search('worker', '100%_');
    expect(literal.body).toEqual([
      {
        id: ids.noFinancier,
        name: 'Ahmed Bakker',
        email: emails.noFinancier,
        birthDate: null,
        financierName: null,
        hasOpenCase: false,
      },
    ]);
    // Were % a wildcard, this would match every client.
    expect((await search('worker', '%%')).body).toEqual([]);
  });

  it('finds a client admitted without an e-mail address by part of the login name', async () => {
    const [{ id: financierId }] = await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1 LIMIT 1`, [organisationId]);
    const admitted = await t
      .http()
      .post('/api/admissions')
      .set(as('worker'))
      .send({ name: 'Kees Dijkstra', birthDate: '1970-02-02', financierId, reason: 'Geen vast adres, slaapt in de nachtopvang' });
    expect(admitted.status).toBe(201);
    const loginName: string = admitted.body.letter.loginName;
    const found = await search('worker', loginName.slice(-5).toUpperCase());
    expect(found.body.map((c: { name: string; email: string | null }) => [c.name, c.email])).toEqual([['Kees Dijkstra', null]]);
  });

  it("never returns another organisation's clients, nor workers", async () => {
    const found: string[] = (await search('worker', 'vries')).body.map((c: { id: string }) => c.id);
    expect(found).not.toContain(ids.foreignClient);
    expect(found).not.toContain(ids.sameNameWorker);
    const byMail: string[] = (await search('worker', 'ander.nl')).body.map((c: { id: string }) => c.id);
    expect(byMail).toEqual([]);
    expect((await search('worker', emails.worker)).body).toEqual([]);
  });

  it('says whether the client has an open case', async () => {
    const opened = await t.http().post('/api/dossier/cases').set(as('worker')).send({ clientId: ids.client, kindOfWork: 'algemeen_mw' });
    expect(opened.status).toBe(201);
    expect((await search('worker', 'Sanne')).body[0]).toMatchObject({ id: ids.client, hasOpenCase: true });
  });

  it('returns at most 20 clients', async () => {
    for (let i = 0; i < 22; i++) await addBareClient(uniqueEmail(`veel${i}`), `Veel Klant ${i}`);
    expect((await search('worker', 'veel')).body).toHaveLength(20);
  });

  it('records every search in the audit log, without a client id', async () => {
    const before = await auditCount();
    await search('worker', 'Sanne');
    expect(await auditCount()).toBe(before + 1);
    const [entry] = await t.dataSource.query(
      `SELECT * FROM audit_entry WHERE resource_type = 'client_search' AND actor_id = $1 ORDER BY id DESC LIMIT 1`,
      [ids.worker],
    );
    expect(entry).toMatchObject({ action: 'read', client_id: null, resource_id: null });
  });

  it('rejects a query shorter than 2 characters (or missing) with 400 naming query', async () => {
    for (const query of ['a', ' s ', '']) {
      const res = await search('worker', query);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.fields)).toEqual(['query']);
    }
    const missing = await t.http().get('/api/dossier/clients').set(as('worker'));
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fields)).toEqual(['query']);
  });

  it('is for workers only: 403 for client, team lead and admin, 401 without a token', async () => {
    for (const who of ['client', 'teamLead', 'admin']) expect((await search(who, 'Sanne')).status).toBe(403);
    expect((await t.http().get('/api/dossier/clients?query=Sanne')).status).toBe(401);
  });
});
