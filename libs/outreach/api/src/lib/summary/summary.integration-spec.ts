import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient } from '@nabij/identity/api/testing';
import type { Answers, WeeklySummary } from '@nabij/outreach/contracts';
import { bearer, createTestApp, TestApp } from '@nabij/platform/testing';
import { OutreachModule } from '../outreach.module';
import { makeOutreachOrg, OutreachOrg } from '../testing';

jest.setTimeout(180_000);

/** Answers to the family questionnaire: a parent's score, and what they need help with. */
function familyAnswers(score: number, needs: string[]): Answers {
  return {
    datum_gesprek: '2026-03-02',
    vertrouwelijk: true,
    aantal_kinderen: 0,
    cijfer_ouders: score,
    ...(score < 6 ? {} : { ouders_goed: 'De buren helpen.' }),
    iets_doen: needs.length > 0,
    ...(needs.length ? { hulp_bij: needs, toestemming: false } : {}),
    nog_eens_bellen: false,
  };
}

/** The weekly summary: figures per organisation and school, nothing of a group under five families. */
describe('outreach weekly summary', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, OutreachModule] });
  }, 180_000);
  afterAll(() => t.close());

  /** Imports the families (name, school), gives them all to the worker and calls each with its answers. */
  async function callFamilies(org: OutreachOrg, families: Array<[school: string, answers: Answers | 'no_answer']>): Promise<void> {
    const csv = ['naam;telefoon;school', ...families.map(([school], i) => `Familie ${i};06${String(10_000_000 + i)};${school}`)].join('\n');
    const list = await t
      .http()
      .post('/api/outreach/lists')
      .set(bearer(org.teamLead))
      .send({ name: 'Belronde', questionnaireId: org.questionnaireId, csv })
      .expect(201);
    const entries: Array<{ id: string; line: number }> = (
      await t.http().get(`/api/outreach/lists/${list.body.id}`).set(bearer(org.teamLead))
    ).body.entries;
    await t
      .http()
      .post(`/api/outreach/lists/${list.body.id}/assign`)
      .set(bearer(org.teamLead))
      .send({ entryIds: entries.map((e) => e.id), workerId: org.worker.id })
      .expect(200);
    for (const entry of entries) {
      const answers = families[entry.line - 2][1];
      const attempt = await t.http().post(`/api/outreach/entries/${entry.id}/calls`).set(bearer(org.worker)).expect(201);
      const body = answers === 'no_answer' ? { outcome: 'no_answer' } : { outcome: 'reached', answers };
      await t.http().post(`/api/outreach/calls/${attempt.body.id}/finish`).set(bearer(org.worker)).send(body).expect(200);
    }
  }

  const summary = async (org: OutreachOrg, week = '2026-03-04'): Promise<WeeklySummary> =>
    (await t.http().get(`/api/outreach/summary?week=${week}`).set(bearer(org.teamLead)).expect(200)).body;

  it('counts the week for the organisation and a school of five or more, and suppresses a school of four', async () => {
    const org = await makeOutreachOrg(t);
    await callFamilies(org, [
      ['De Regenboog', familyAnswers(4, ['geld', 'computer'])],
      ['De Regenboog', familyAnswers(5, ['geld'])],
      ['De Regenboog', familyAnswers(6, ['geld'])],
      ['De Regenboog', familyAnswers(7, ['geld'])],
      ['De Regenboog', familyAnswers(8, ['geld', 'computer'])],
      ['De Regenboog', 'no_answer'],
      ['Het Kompas', familyAnswers(2, ['geld'])],
      ['Het Kompas', familyAnswers(3, [])],
      ['Het Kompas', familyAnswers(9, [])],
      ['Het Kompas', familyAnswers(10, [])],
    ]);
    const week = await summary(org);
    expect(week).toMatchObject({ weekStart: '2026-03-02', weekEnd: '2026-03-08', minFamilies: 5 });
    expect(week.total).toEqual({
      name: null,
      suppressed: false,
      figures: {
        families: 10,
        calls: 10,
        reached: 9,
        callBacksOpen: 0,
        scores: [{ key: 'cijfer_ouders', text: 'Welk cijfer geef je aan hoe het nu met jou gaat?', average: 6 }],
        // "Een computer of internet" was named by two families only: left out.
        needs: [{ value: 'geld', label: 'Geld en schulden', families: 6 }],
      },
    });
    expect(week.schools).toEqual([
      {
        name: 'De Regenboog',
        suppressed: false,
        figures: {
          families: 6,
          calls: 6,
          reached: 5,
          callBacksOpen: 0,
          scores: [{ key: 'cijfer_ouders', text: expect.any(String), average: 6 }],
          needs: [{ value: 'geld', label: 'Geld en schulden', families: 5 }],
        },
      },
      { name: 'Het Kompas', suppressed: true, figures: null },
    ]);
    // The file's families count for the team of the team lead who imported it; they have no municipality.
    expect(week.teams).toEqual([{ name: 'Team Leiden', suppressed: false, figures: week.total.figures }]);
    expect(week.municipalities).toEqual([]);
    // Nothing of the small group leaks through the answer in any form.
    expect(JSON.stringify(week.schools[1])).not.toMatch(/\d/);
  });

  it('suppresses the whole organisation in a week with fewer than five families called, and shows an empty week as suppressed', async () => {
    const org = await makeOutreachOrg(t);
    await callFamilies(org, [
      ['De Regenboog', familyAnswers(3, ['geld'])],
      ['De Regenboog', familyAnswers(4, ['geld'])],
      ['De Regenboog', familyAnswers(5, ['geld'])],
      ['Het Kompas', familyAnswers(6, ['geld'])],
    ]);
    const week = await summary(org);
    expect(week.total).toEqual({ name: null, suppressed: true, figures: null });
    expect(week.schools.every((s) => s.suppressed && s.figures === null)).toBe(true);
    expect((await summary(org, '2026-03-10')).total).toEqual({ name: null, suppressed: true, figures: null });
  });

  it('counts open call-backs, and only the own organisation', async () => {
    const org = await makeOutreachOrg(t);
    const other = await makeOutreachOrg(t);
    const callBack = { ...familyAnswers(7, []), nog_eens_bellen: true, wanneer_bellen: '2026-03-20' };
    await callFamilies(org, [
      ['De Regenboog', callBack],
      ['De Regenboog', callBack],
      ['De Regenboog', familyAnswers(7, [])],
      ['De Regenboog', familyAnswers(7, [])],
      ['De Regenboog', familyAnswers(7, [])],
    ]);
    expect((await summary(org)).total.figures).toMatchObject({ families: 5, callBacksOpen: 2 });
    expect((await summary(other)).total).toEqual({ name: null, suppressed: true, figures: null });
    expect((await summary(other)).schools).toEqual([]);
    expect((await summary(other)).teams).toEqual([]);
  });

  it('groups clients by the team of their case and their municipality, and suppresses a municipality of four', async () => {
    const org = await makeOutreachOrg(t);
    const [alphen] = await t.dataSource.query(
      `INSERT INTO financier (organisation_id, name) VALUES ($1, 'Alphen aan den Rijn') RETURNING id`,
      [org.organisationId],
    );
    const [leiden] = await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1 AND name = 'Leiden'`, [
      org.organisationId,
    ]);
    for (let i = 0; i < 9; i++) {
      const client = await makeClient(t, {
        organisationId: org.organisationId,
        financierId: i < 5 ? leiden.id : alphen.id,
        name: `Cliënt ${i}`,
      });
      await makeCase(t, { worker: org.worker, clientId: client.id });
    }
    const list = await t
      .http()
      .post('/api/outreach/lists')
      .set(bearer(org.teamLead))
      .send({ name: 'Team Leiden', questionnaireId: org.questionnaireId, teamId: org.teamId })
      .expect(201);
    // Each client is on the list of the worker of their case already.
    const entries: Array<{ id: string }> = (await t.http().get(`/api/outreach/lists/${list.body.id}`).set(bearer(org.teamLead))).body
      .entries;
    for (const entry of entries) {
      const attempt = await t.http().post(`/api/outreach/entries/${entry.id}/calls`).set(bearer(org.worker)).expect(201);
      await t
        .http()
        .post(`/api/outreach/calls/${attempt.body.id}/finish`)
        .set(bearer(org.worker))
        .send({ outcome: 'reached', answers: familyAnswers(7, []) })
        .expect(200);
    }
    const week = await summary(org);
    expect(week.total.figures).toMatchObject({ families: 9, reached: 9 });
    expect(week.teams).toEqual([{ name: 'Team Leiden', suppressed: false, figures: week.total.figures }]);
    expect(week.municipalities).toEqual([
      { name: 'Alphen aan den Rijn', suppressed: true, figures: null },
      { name: 'Leiden', suppressed: false, figures: expect.objectContaining({ families: 5, calls: 5, reached: 5 }) },
    ]);
    expect(week.schools).toEqual([]);
  });

  it('gives the week as a CSV file for Dutch Excel, with the small school named but without figures', async () => {
    const org = await makeOutreachOrg(t);
    await callFamilies(org, [
      ['De Regenboog', familyAnswers(4, ['geld'])],
      ['De Regenboog', familyAnswers(5, ['geld'])],
      ['De Regenboog', familyAnswers(6, ['geld'])],
      ['De Regenboog', familyAnswers(7, ['geld'])],
      ['De Regenboog', familyAnswers(8, ['geld'])],
      ['=Kompas', familyAnswers(2, ['geld'])],
    ]);
    const res = await t.http().get('/api/outreach/summary?week=2026-03-04&format=csv').set(bearer(org.teamLead)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="weekoverzicht-bellijsten-2026-03-02.csv"');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const lines = res.text.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Week van;Tot en met;Groep;Cijfers;Gezinnen gebeld;Keer gebeld;Gesproken;Nog terugbellen;Gemiddeld: Welk cijfer geef je aan hoe het nu met jou gaat?;Vaakst genoemde hulpvragen',
      '2026-03-02;2026-03-08;Alle gezinnen;ja;6;6;6;0;5,3;Geld en schulden (6)',
      // The file's families count for the team of the team lead who imported it.
      '2026-03-02;2026-03-08;Team: Team Leiden;ja;6;6;6;0;5,3;Geld en schulden (6)',
      '2026-03-02;2026-03-08;School: =Kompas;nee, minder dan 5 gezinnen;;;;;;',
      '2026-03-02;2026-03-08;School: De Regenboog;ja;5;5;5;0;6;Geld en schulden (5)',
    ]);
  });

  it('is for team leads only, and refuses a malformed week with 400 naming it', async () => {
    const org = await makeOutreachOrg(t);
    for (const who of [org.worker, org.admin, org.client]) {
      expect((await t.http().get('/api/outreach/summary').set(bearer(who))).status).toBe(403);
      expect((await t.http().get('/api/outreach/summary?format=csv').set(bearer(who))).status).toBe(403);
    }
    const format = await t.http().get('/api/outreach/summary?format=xlsx').set(bearer(org.teamLead));
    expect(format.status).toBe(400);
    expect(Object.keys(format.body.fields)).toEqual(['format']);
    const bad = await t.http().get('/api/outreach/summary?week=2026-02-30').set(bearer(org.teamLead));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields)).toEqual(['week']);
    expect((await t.http().get('/api/outreach/summary').set(bearer(org.teamLead))).body.weekStart).toBe('2026-03-02');
  });
});
