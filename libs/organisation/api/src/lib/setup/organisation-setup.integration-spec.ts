import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { createTestApp, TestApp } from '@nabij/platform/testing';
import { randomBytes } from 'node:crypto';
import { OrganisationModule } from '../organisation.module';
import { OrganisationSetupService } from './organisation-setup.service';

jest.setTimeout(120_000);

const PASSWORD = 'rode fiets staat buiten';

/** A plan like deploy/organisation.example.json with its own slug, postcodes and address per test. */
function plan(overrides: Record<string, unknown> = {}, postcodes = ['9401-9405', '9410']) {
  const tag = randomBytes(3).toString('hex');
  return {
    name: `Stichting Welzijn ${tag}`,
    slug: `welzijn-${tag}`,
    admin: { name: 'Ingrid Bakker', email: `ingrid-${tag}@welzijn.test` },
    teams: ['AMW Noord', 'Schoolmaatschappelijk werk'],
    financiers: [
      {
        name: 'Gemeente Assen',
        reportName: 'Assen',
        postcodes,
        socialTeam: { name: 'Sociaal Team Assen', phone: '14 0592', url: 'https://www.assen.nl' },
      },
    ],
    ...overrides,
  };
}

describe('setting up a new organisation (setup-organisation)', () => {
  let t: TestApp;
  const setup = () => t.app.get(OrganisationSetupService);
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, IntakeModule, DossierModule, OrganisationModule] });
  });
  afterAll(() => t?.close());

  it('creates the organisation, its postcodes, teams and an invitation with which the first admin gets in', async () => {
    const p = plan({}, ['9501-9505', '9510']);
    const done = await setup().setUp(p);
    expect(done).toMatchObject({ teams: 2, financiers: 1, serviceAreas: 2 });

    // Clients with a postcode in the plan are served by the new organisation, with its financier.
    const check = await t.http().post('/api/postcode-check').send({ postcode: '9503 AB' });
    expect(check.body).toMatchObject({ served: true, organisationSlug: p.slug, financier: 'Gemeente Assen' });
    expect((await t.http().post('/api/postcode-check').send({ postcode: '9510 XZ' })).body.served).toBe(true);
    expect((await t.http().post('/api/postcode-check').send({ postcode: '9506 AA' })).body.served).toBe(false);

    // The invitation is mailed and returned; the link makes the admin account once.
    const [mail] = await t.dataSource.query(`SELECT text FROM outbox_mail WHERE to_address = $1`, [p.admin.email]);
    expect(mail.text).toContain(done.inviteLink);
    const token = new URL(done.inviteLink).searchParams.get('token');
    const preview = await t.http().get(`/api/auth/invite?token=${token}`);
    expect(preview.body).toMatchObject({ role: 'admin', organisationName: p.name, invitedByName: null });
    expect((await t.http().post('/api/auth/invite/accept').send({ token, password: PASSWORD })).status).toBe(200);
    const [admin] = await t.dataSource.query(`SELECT role, organisation_id FROM account WHERE email = $1`, [p.admin.email]);
    expect(admin).toEqual({ role: 'admin', organisation_id: done.organisationId });
    expect((await t.http().post('/api/auth/invite/accept').send({ token, password: PASSWORD })).status).toBe(400);
    const teams = await t.dataSource.query(`SELECT name FROM team WHERE organisation_id = $1 ORDER BY name`, [done.organisationId]);
    expect(teams.map((r: { name: string }) => r.name)).toEqual(['AMW Noord', 'Schoolmaatschappelijk werk']);
  });

  it('refuses a slug that exists, or postcodes another organisation serves, and writes nothing', async () => {
    const first = plan({}, ['9601-9602']);
    await setup().setUp(first);
    const before = {
      organisations: await count('organisation'),
      financiers: await count('financier'),
      invites: await count('staff_invite'),
    };
    await expect(setup().setUp(plan({ slug: first.slug }, ['9701']))).rejects.toMatchObject({ response: { code: 'slug_taken' } });
    await expect(setup().setUp(plan({}, ['9590-9601']))).rejects.toMatchObject({ response: { code: 'postcodes_served_elsewhere' } });
    // The admin's address is taken: the whole plan is refused, the organisation too.
    await expect(setup().setUp(plan({ admin: first.admin }, ['9801']))).rejects.toMatchObject({ status: 409 });
    expect({
      organisations: await count('organisation'),
      financiers: await count('financier'),
      invites: await count('staff_invite'),
    }).toEqual(before);
  });

  it('names every wrong field of a plan', async () => {
    const bad = plan({ slug: 'Met Spaties', admin: { name: 'I', email: 'geen-adres' }, teams: [] }, ['94010', 'abcd']);
    const error = await setup()
      .setUp({ ...bad, extra: true })
      .catch((e: { getStatus(): number; getResponse(): { fields: Record<string, string[]> } }) => e);
    expect((error as { getStatus(): number }).getStatus()).toBe(400);
    expect(Object.keys((error as { getResponse(): { fields: object } }).getResponse().fields).sort()).toEqual(
      ['admin.email', 'admin.name', 'extra', 'financiers.0.postcodes', 'slug', 'teams'].sort(),
    );
    await expect(setup().setUp('niet een plan')).rejects.toMatchObject({ status: 400 });
  });
});
