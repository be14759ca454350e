import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { IntakeModule } from '../index';

describe('worker admission and the admin service-area editor', () => {
  let t: TestApp;
  let worker: string;
  let admin: string;
  let leidenId: string;
  let client: TestAccount;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule], env: { DEV_OUTBOX: 'true' } });
    const org = await makeOrganisation(t, { financiers: ['Leiden'] });
    leidenId = org.financierIds['Leiden'];
    worker = (await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId })).token;
    admin = (await makeAdmin(t, { organisationId: org.organisationId })).token;
    client = await makeClient(t, { organisationId: org.organisationId, financierId: leidenId });
  });
  afterAll(() => t.close());

  it('lets a worker admit a client without a postcode, with the reason in the audit log, and the client chooses a password', async () => {
    const res = await t.http().post('/api/admissions').set('Authorization', `Bearer ${worker}`).send({
      email: 'dakloos@example.nl',
      name: 'Kees',
      birthDate: '1970-02-02',
      financierId: leidenId,
      reason: 'Geen vast adres, slaapt bij vrienden',
    });
    expect(res.status).toBe(201);
    const [entry] = await t.dataSource.query(`SELECT action, reason, actor_id, client_id FROM audit_entry WHERE action = 'admit'`);
    expect(entry).toMatchObject({ action: 'admit', reason: 'Geen vast adres, slaapt bij vrienden', client_id: res.body.id });

    const outbox = await t.http().get('/api/dev/outbox');
    const mail = outbox.body.find((m: { to: string }) => m.to === 'dakloos@example.nl');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail.text)![1]);
    const withoutPassword = await t.http().post('/api/registrations/verify').send({ token });
    expect(withoutPassword.status).toBe(400);
    expect(withoutPassword.body.fields).toHaveProperty('password');
    expect((await t.http().post('/api/registrations/verify').send({ token, password: 'Nieuw-begin-2026' })).status).toBe(200);
    expect((await t.http().post('/api/auth/login').send({ email: 'dakloos@example.nl', password: 'Nieuw-begin-2026' })).status).toBe(200);
  });

  it("writes the admission mail in the client's language with Dutch below, and the account reads Nabij in it", async () => {
    const res = await t.http().post('/api/admissions').set('Authorization', `Bearer ${worker}`).send({
      email: 'fatima@example.nl',
      name: 'Fatima',
      birthDate: '1985-06-12',
      financierId: leidenId,
      reason: 'Woont tijdelijk bij haar zus, geen eigen adres',
      language: 'ar',
    });
    expect(res.status).toBe(201);
    const mail = (await t.http().get('/api/dev/outbox')).body.find((m: { to: string }) => m.to === 'fatima@example.nl');
    expect(mail.subject).toBe('حسابك في Nabij / Je account bij Nabij');
    const [arabic, dutch] = mail.text.split('\n---\n');
    expect(arabic).toContain('أنشأ لك أخصائيك الاجتماعي حسابًا في Nabij.');
    expect(arabic).toMatch(/verify\?token=/);
    expect(dutch).toContain('Je hulpverlener heeft een account voor je gemaakt bij Nabij.');
    const [{ language }] = await t.dataSource.query(`SELECT language FROM account WHERE id = $1`, [res.body.id]);
    expect(language).toBe('ar');
  });

  it('names a language Nabij does not have with 400, and makes no account', async () => {
    const res = await t.http().post('/api/admissions').set('Authorization', `Bearer ${worker}`).send({
      email: 'frans@example.nl',
      name: 'Frans',
      birthDate: '1985-06-12',
      financierId: leidenId,
      reason: 'Geen vast adres op dit moment',
      language: 'fr',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['language']);
    expect(await t.dataSource.query(`SELECT id FROM account WHERE email = 'frans@example.nl'`)).toEqual([]);
  });

  it('requires a reason and refuses a duplicate e-mail address', async () => {
    const noReason = await t
      .http()
      .post('/api/admissions')
      .set('Authorization', `Bearer ${worker}`)
      .send({ email: 'x@example.nl', name: 'X', birthDate: '1970-02-02', financierId: leidenId, reason: 'kort' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields).toHaveProperty('reason');
    const duplicate = await t.http().post('/api/admissions').set('Authorization', `Bearer ${worker}`).send({
      email: client.email,
      name: 'X',
      birthDate: '1970-02-02',
      financierId: leidenId,
      reason: 'Geen vast adres op dit moment',
    });
    expect(duplicate.status).toBe(409);
  });

  it('refuses a financier of another organisation with 404', async () => {
    const fin = { id: (await makeOrganisation(t, { financiers: ['Elders'] })).financierId };
    const res = await t
      .http()
      .post('/api/admissions')
      .set('Authorization', `Bearer ${worker}`)
      .send({ email: 'y@example.nl', name: 'Y', birthDate: '1970-02-02', financierId: fin.id, reason: 'Geen vast adres op dit moment' });
    expect(res.status).toBe(404);
    const area = await t
      .http()
      .post('/api/admin/service-areas')
      .set('Authorization', `Bearer ${admin}`)
      .send({ financierId: fin.id, postcodeFrom: 1000, postcodeTo: 1099 });
    expect(area.status).toBe(404);
  });

  it('lets the admin add, change and remove a range, and the postcode check follows the data', async () => {
    expect((await t.http().post('/api/postcode-check').send({ postcode: '2340 AA' })).body.served).toBe(false);
    const created = await t
      .http()
      .post('/api/admin/service-areas')
      .set('Authorization', `Bearer ${admin}`)
      .send({ financierId: leidenId, postcodeFrom: 2342, postcodeTo: 2340 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ postcodeFrom: 2340, postcodeTo: 2342, financier: 'Leiden' });
    expect((await t.http().post('/api/postcode-check').send({ postcode: '2340 AA' })).body).toMatchObject({
      served: true,
      financier: 'Leiden',
    });

    const changed = await t
      .http()
      .put(`/api/admin/service-areas/${created.body.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ financierId: leidenId, postcodeFrom: 2341, postcodeTo: 2342 });
    expect(changed.status).toBe(200);
    expect((await t.http().post('/api/postcode-check').send({ postcode: '2340 AA' })).body.served).toBe(false);

    expect((await t.http().delete(`/api/admin/service-areas/${created.body.id}`).set('Authorization', `Bearer ${admin}`)).status).toBe(204);
    expect((await t.http().post('/api/postcode-check').send({ postcode: '2341 AA' })).body.served).toBe(false);
    expect((await t.http().delete(`/api/admin/service-areas/${created.body.id}`).set('Authorization', `Bearer ${admin}`)).status).toBe(404);
  });

  it('names bad range fields with 400', async () => {
    const res = await t
      .http()
      .post('/api/admin/service-areas')
      .set('Authorization', `Bearer ${admin}`)
      .send({ financierId: 'nope', postcodeFrom: 999, postcodeTo: 'abc' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).sort()).toEqual(['financierId', 'postcodeFrom', 'postcodeTo']);
    const badId = await t
      .http()
      .put('/api/admin/service-areas/not-a-uuid')
      .set('Authorization', `Bearer ${admin}`)
      .send({ financierId: leidenId, postcodeFrom: 2000, postcodeTo: 2001 });
    expect(badId.status).toBe(400);
  });

  it('hides the dev outbox unless it is switched on', async () => {
    const hidden = await createTestApp({ imports: [IdentityModule, IntakeModule] });
    try {
      expect((await hidden.http().get('/api/dev/outbox')).status).toBe(404);
    } finally {
      await hidden.close();
    }
  });
});
