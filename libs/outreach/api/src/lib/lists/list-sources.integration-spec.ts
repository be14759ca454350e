import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient } from '@nabij/identity/api/testing';
import type { CallListDetail, CallListSources, CallListSummary, MyCalls } from '@nabij/outreach/contracts';
import { bearer, createTestApp, TestAccount, TestApp } from '@nabij/platform/testing';
import fc from 'fast-check';
import { OutreachModule } from '../outreach.module';
import { makeOutreachOrg, OutreachOrg } from '../testing';

jest.setTimeout(180_000);

/** Call lists of the families the organisation serves (a team's or financier's clients) and of a school's families on earlier lists. */
describe('outreach call lists from clients and schools', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, OutreachModule] });
  }, 180_000);
  afterAll(() => t.close());

  const create = (who: TestAccount, body: Record<string, unknown>) => t.http().post('/api/outreach/lists').set(bearer(who)).send(body);
  const sources = async (who: TestAccount): Promise<CallListSources> =>
    (await t.http().get('/api/outreach/lists/sources').set(bearer(who)).expect(200)).body;
  const detail = async (who: TestAccount, id: string): Promise<CallListDetail> =>
    (await t.http().get(`/api/outreach/lists/${id}`).set(bearer(who)).expect(200)).body;
  const entryCount = async (org: OutreachOrg) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_entry WHERE organisation_id = $1`, [org.organisationId]))[0].n;

  /** Two served clients (one per worker), one client whose case is closed, one without a case. */
  async function servedClients(org: OutreachOrg): Promise<{ amira: TestAccount; bram: TestAccount }> {
    const [financierId] = (await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1`, [org.organisationId])).map(
      (r: { id: string }) => r.id,
    );
    const amira = await makeClient(t, { organisationId: org.organisationId, financierId, name: 'Amira Bouali', postcode: '2312 AB' });
    const bram = await makeClient(t, { organisationId: org.organisationId, financierId, name: 'Bram de Wit' });
    const closed = await makeClient(t, { organisationId: org.organisationId, financierId, name: 'Cees Gesloten' });
    await makeClient(t, { organisationId: org.organisationId, financierId, name: 'Dewi Zonderdossier' });
    await makeCase(t, { worker: org.worker, clientId: amira.id });
    await makeCase(t, { worker: org.colleague, clientId: bram.id });
    const gone = await makeCase(t, { worker: org.worker, clientId: closed.id });
    await closeCase(t, org.worker, gone.id);
    return { amira, bram };
  }

  it('makes a list of the clients with an open case of a team or financier, each given to the worker of their case', async () => {
    const org = await makeOutreachOrg(t);
    const { amira, bram } = await servedClients(org);
    // Cees's case is closed and Dewi has none: only the families served now.
    const offered = await sources(org.teamLead);
    expect(offered.teams).toEqual([{ id: org.teamId, name: 'Team Leiden', families: 2 }]);
    expect(offered.financiers).toEqual([{ id: expect.any(String), name: 'Leiden', families: 2 }]);
    expect(offered.schools).toEqual([]);

    const list: CallListSummary = (
      await create(org.teamLead, { name: 'Team Leiden december', questionnaireId: org.questionnaireId, teamId: org.teamId }).expect(201)
    ).body;
    expect(list).toMatchObject({ source: 'team', sourceLabel: 'Team Leiden', total: 2, unassigned: 0 });
    const entries = (await detail(org.teamLead, list.id)).entries;
    expect(entries.map((e) => [e.familyName, e.client, e.assignedWorkerName])).toEqual([
      ['Amira Bouali', true, 'Wendy Werker'],
      ['Bram de Wit', true, 'Carlos Collega'],
    ]);

    // The worker finds their clients on the Bellijst, without a phone number but with the client.
    const mine: MyCalls = (await t.http().get('/api/outreach/calls').set(bearer(org.worker)).expect(200)).body;
    const amiraEntry = mine.toCall.find((e) => e.familyName === 'Amira Bouali')!;
    expect(amiraEntry).toMatchObject({ phone: null, clientId: amira.id, postcode: '2312 AB' });
    expect(mine.toCall.some((e) => e.clientId === bram.id)).toBe(false);

    const byFinancier: CallListSummary = (
      await create(org.worker, { name: 'Leiden', questionnaireId: org.questionnaireId, financierId: offered.financiers[0].id }).expect(201)
    ).body;
    expect(byFinancier).toMatchObject({ source: 'financier', sourceLabel: 'Leiden', total: 2 });
  });

  it('makes a list of the families of a school on earlier lists, without those who said no', async () => {
    const org = await makeOutreachOrg(t);
    const csv =
      'naam;telefoon;school\nFamilie Aydin;0611110001;De Regenboog\nFamilie Brouwer;0611110002;De Regenboog\nFamilie Chen;0611110003;Het Kompas\n';
    const first: CallListSummary = (
      await create(org.teamLead, { name: 'Eerste ronde', questionnaireId: org.questionnaireId, csv }).expect(201)
    ).body;
    expect((await sources(org.worker)).schools).toEqual([
      { name: 'De Regenboog', families: 2 },
      { name: 'Het Kompas', families: 1 },
    ]);
    // Familie Brouwer does not want to be called.
    const brouwer = (await detail(org.teamLead, first.id)).entries.find((e) => e.familyName === 'Familie Brouwer')!;
    await t
      .http()
      .post(`/api/outreach/lists/${first.id}/assign`)
      .set(bearer(org.teamLead))
      .send({ entryIds: [brouwer.id], workerId: org.worker.id })
      .expect(200);
    const attempt = await t.http().post(`/api/outreach/entries/${brouwer.id}/calls`).set(bearer(org.worker)).expect(201);
    await t.http().post(`/api/outreach/calls/${attempt.body.id}/finish`).set(bearer(org.worker)).send({ outcome: 'refused' }).expect(200);

    const again: CallListSummary = (
      await create(org.teamLead, { name: 'Tweede ronde', questionnaireId: org.questionnaireId, school: 'de regenboog' }).expect(201)
    ).body;
    expect(again).toMatchObject({ source: 'school', sourceLabel: 'De Regenboog', total: 1 });
    expect((await detail(org.teamLead, again.id)).entries.map((e) => [e.familyName, e.school, e.client])).toEqual([
      ['Familie Aydin', 'De Regenboog', false],
    ]);
  });

  it('answers 400 naming the field for a missing, doubled or unknown source, and stores nothing', async () => {
    const org = await makeOutreachOrg(t);
    const other = await makeOutreachOrg(t);
    await servedClients(other);
    const base = { name: 'Lijst', questionnaireId: org.questionnaireId };
    const cases: Array<[Record<string, unknown>, string]> = [
      [base, 'csv'],
      [{ ...base, csv: 'naam;telefoon\nA;0612345678\n', teamId: org.teamId }, 'teamId'],
      [{ ...base, teamId: org.teamId, school: 'De Regenboog' }, 'school'],
      // A team without clients that have a case, and a team and financier of another organisation.
      [{ ...base, teamId: org.teamId }, 'teamId'],
      [{ ...base, teamId: other.teamId }, 'teamId'],
      [{ ...base, financierId: (await sources(other.teamLead)).financiers[0].id }, 'financierId'],
      [{ ...base, teamId: 'team-leiden' }, 'teamId'],
      [{ ...base, financierId: 42 }, 'financierId'],
      [{ ...base, school: 'Onbekende school' }, 'school'],
      [{ ...base, school: '' }, 'school'],
      [{ ...base, school: 'x'.repeat(121) }, 'school'],
    ];
    for (const [body, field] of cases) {
      const res = await create(org.teamLead, body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(Object.keys(res.body.fields)).toContain(field);
    }
    expect(await entryCount(org)).toBe(0);
  });

  it('never fails with a 5xx or stores half a list, whatever mix of sources it gets (fuzz)', async () => {
    const org = await makeOutreachOrg(t);
    const hostile = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.uuid(),
      fc.constantFrom(null, 0, -1, true, [], {}, '\u0000', '\ud800', 'x'.repeat(300), org.teamId, 'De Regenboog'),
    );
    const body = fc.record({ csv: hostile, teamId: hostile, financierId: hostile, school: hostile, name: hostile }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(body, async (fields) => {
        const res = await create(org.teamLead, { name: 'Lijst', questionnaireId: org.questionnaireId, ...fields });
        expect(res.status).toBeLessThan(500);
        if (res.status === 400) expect(Object.keys(res.body.fields ?? {}).length).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 20_261_201 },
    );
    // No case and no earlier list: nothing can have been made.
    expect(await entryCount(org)).toBe(0);
  });

  it('offers sources to team leads and workers only, counting only the own organisation', async () => {
    const org = await makeOutreachOrg(t);
    const other = await makeOutreachOrg(t);
    await servedClients(other);
    expect(await sources(org.teamLead)).toEqual({ teams: [], financiers: [], schools: [] });
    for (const who of [org.client, org.admin])
      expect((await t.http().get('/api/outreach/lists/sources').set(bearer(who))).status).toBe(403);
  });
});
