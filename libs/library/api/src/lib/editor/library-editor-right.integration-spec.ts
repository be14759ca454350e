import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { OrganisationModule } from '@nabij/organisation/api';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp, TestOrganisation } from '@nabij/platform/testing';
import { randomBytes } from 'node:crypto';
import { LibraryModule } from '../library.module';

jest.setTimeout(120_000);

/** The editor right: an admin of the worker's own organisation gives it (or takes it back); the worker then edits like an admin. */
describe('library editor right', () => {
  let t: TestApp;
  let org: TestOrganisation;
  let admin: TestAccount;
  let otherAdmin: TestAccount;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, OrganisationModule, LibraryModule] });
    org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    admin = await makeAdmin(t, { organisationId: org.organisationId });
    otherAdmin = await makeAdmin(t, { organisationId: second.organisationId });
  }, 180_000);
  afterAll(() => t.close());

  const worker = () => makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
  const grant = (by: TestAccount, who: TestAccount, libraryEditor: unknown) =>
    t.http().patch(`/api/organisation/staff/${who.id}`).set(bearer(by)).send({ libraryEditor });
  const newArticle = (who: TestAccount) =>
    t
      .http()
      .post('/api/library/editor/articles')
      .set(bearer(who))
      .send({
        slug: `recht-${randomBytes(4).toString('hex')}`,
        theme: 'stress',
        audiences: ['adults'],
        nl: { title: 'Rust nemen', summary: 'Zo neem je rust.', body: 'Neem elke dag tien minuten rust.' },
        en: { title: 'Taking rest', summary: 'How to rest.', body: 'Rest ten minutes every day.' },
      });

  it('lets a worker edit and publish once their admin gave the right, audited; taking it back refuses them at once', async () => {
    const editor = await worker();
    expect((await newArticle(editor)).status).toBe(403);
    expect((await t.http().get('/api/library/editor-access').set(bearer(editor))).body).toEqual({ editor: false });

    const granted = await grant(admin, editor, true);
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ id: editor.id, libraryEditor: true });
    expect((await t.http().get('/api/library/editor-access').set(bearer(editor))).body).toEqual({ editor: true });
    const created = await newArticle(editor);
    expect(created.status).toBe(201);
    const published = await t.http().post(`/api/library/editor/articles/${created.body.id}/publish`).set(bearer(editor));
    expect(published.status).toBe(200);
    expect((await t.http().get(`/api/library/articles/${created.body.slug}`)).status).toBe(200);
    const [audit] = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE resource_type = 'staff_account' AND resource_id = $1 AND actor_id = $2`,
      [editor.id, admin.id],
    );
    expect(audit.reason).toContain('library editor yes');

    await grant(admin, editor, false).expect(200);
    expect((await t.http().get('/api/library/editor/articles').set(bearer(editor))).status).toBe(403);
    expect((await t.http().post(`/api/library/editor/articles/${created.body.id}/unpublish`).set(bearer(editor))).status).toBe(403);
  });

  it("does not let another organisation's admin give the right: 404, the worker stays without it", async () => {
    const someone = await worker();
    expect((await grant(otherAdmin, someone, true)).status).toBe(404);
    const [row] = await t.dataSource.query(`SELECT library_editor FROM account WHERE id = $1`, [someone.id]);
    expect(row.library_editor).toBe(false);
    expect((await newArticle(someone)).status).toBe(403);
  });

  it('refuses a worker or team lead who tries to give the right (403), and a value that is not true/false (400 naming it)', async () => {
    const someone = await worker();
    const colleague = await worker();
    const lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId });
    expect((await grant(colleague, someone, true)).status).toBe(403);
    expect((await grant(lead, someone, true)).status).toBe(403);
    const bad = await grant(admin, someone, 'ja');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['libraryEditor']);
    const [row] = await t.dataSource.query(`SELECT library_editor FROM account WHERE id = $1`, [someone.id]);
    expect(row.library_editor).toBe(false);
  });

  it('gives a team lead no editor and no editor-access answer (403), even when the flag were set', async () => {
    const lead = await makeTeamLead(t, { organisationId: org.organisationId, teamId: org.teamId, libraryEditor: true });
    expect((await newArticle(lead)).status).toBe(403);
    expect((await t.http().get('/api/library/editor-access').set(bearer(lead))).status).toBe(403);
  });

  it('lets every admin edit, also of another organisation (the library is shared)', async () => {
    expect((await t.http().get('/api/library/editor-access').set(bearer(otherAdmin))).body).toEqual({ editor: true });
    expect((await newArticle(otherAdmin)).status).toBe(201);
  });
});
