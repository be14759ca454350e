import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoModule, DemoSeedService } from '@nabij/demo/api';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { DossierModule } from '../index';

describe('client search (GET /api/dossier/clients)', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${token[who]}` });
  const search = (who: string, query: string) => t.http().get('/api/dossier/clients').query({ query }).set(as(who));

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DemoModule, DossierModule] });
    await t.app.get(DemoSeedService).seedOnce();
    const [{ password_hash: hash, organisation_id: org }] = await t.dataSource.query(
      `SELECT password_hash, organisation_id FROM account WHERE email = $1`,
      [DEMO_ACCOUNTS.worker],
    );
    const [other] = await t.dataSource.query(`INSERT INTO organisation (name, slug) VALUES ('Ander MW', 'ander-mw') RETURNING id`);
    const add = async (email: string, role: string, name: string, orgId: string) =>
      (
        await t.dataSource.query(
          `INSERT INTO account (email, password_hash, role, name, organisation_id, email_verified_at) VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
          [email, hash, role, name, orgId],
        )
      )[0].id as string;
    // Same surname in both organisations, and a worker of the own organisation with it too.
    ids.foreignClient = await add('sanne@ander.nl', 'client', 'Sanne de Vries-Ander', other.id);
    ids.sameNameWorker = await add('vries.collega@demo.nabij.nl', 'worker', 'Jan de Vries', org);
    ids.noFinancier = await add('100%_klant@demo.nabij.nl', 'client', 'Ahmed Bakker', org);
    ids.client = (await t.dataSource.query(`SELECT id FROM account WHERE email = $1`, [DEMO_ACCOUNTS.client]))[0].id;
    for (const [who, email] of Object.entries(DEMO_ACCOUNTS)) token[who] = await t.login(email, DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const auditCount = async () =>
    Number(
      (await t.dataSource.query(`SELECT count(*) FROM audit_entry WHERE resource_type = 'client_search' AND action = 'read'`))[0].count,
    );

  it('finds clients of the own organisation by part of the name, with account data only', async () => {
    const res = await search('worker', 'de vries');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: ids.client,
        name: 'Sanne de Vries',
        email: DEMO_ACCOUNTS.client,
        birthDate: '1994-03-12',
        financierName: 'Leiden',
        hasOpenCase: false,
      },
    ]);
  });

  it('finds clients by part of the e-mail address, and treats % and _ literally', async () => {
    expect((await search('worker', 'CLIENT@demo')).body.map((c: { id: string }) => c.id)).toEqual([ids.client]);
    const literal = await search('worker', '100%_');
    expect(literal.body).toEqual([
      {
        id: ids.noFinancier,
        name: 'Ahmed Bakker',
        email: '100%_klant@demo.nabij.nl',
        birthDate: null,
        financierName: null,
        hasOpenCase: false,
      },
    ]);
    // Were % a wildcard, this would match every client.
    expect((await search('worker', '%%')).body).toEqual([]);
  });

  it("never returns another organisation's clients, nor workers", async () => {
    const found: string[] = (await search('worker', 'vries')).body.map((c: { id: string }) => c.id);
    expect(found).not.toContain(ids.foreignClient);
    expect(found).not.toContain(ids.sameNameWorker);
    const byMail: string[] = (await search('worker', 'ander.nl')).body.map((c: { id: string }) => c.id);
    expect(byMail).toEqual([]);
    expect((await search('worker', 'worker@demo')).body).toEqual([]);
  });

  it('says whether the client has an open case', async () => {
    const opened = await t.http().post('/api/dossier/cases').set(as('worker')).send({ clientId: ids.client, kindOfWork: 'algemeen_mw' });
    expect(opened.status).toBe(201);
    expect((await search('worker', 'Sanne')).body[0]).toMatchObject({ id: ids.client, hasOpenCase: true });
  });

  it('returns at most 20 clients', async () => {
    const [{ password_hash: hash, organisation_id: org }] = await t.dataSource.query(
      `SELECT password_hash, organisation_id FROM account WHERE email = $1`,
      [DEMO_ACCOUNTS.worker],
    );
    for (let i = 0; i < 22; i++) {
      await t.dataSource.query(
        `INSERT INTO account (email, password_hash, role, name, organisation_id) VALUES ($1, $2, 'client', $3, $4)`,
        [`veel${i}@demo.nabij.nl`, hash, `Veel Klant ${i}`, org],
      );
    }
    expect((await search('worker', 'veel')).body).toHaveLength(20);
  });

  it('records every search in the audit log, without a client id', async () => {
    const before = await auditCount();
    await search('worker', 'Sanne');
    expect(await auditCount()).toBe(before + 1);
    const [entry] = await t.dataSource.query(`SELECT * FROM audit_entry WHERE resource_type = 'client_search' ORDER BY id DESC LIMIT 1`);
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
