import { DossierModule } from '@nabij/dossier/api';
import { makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeClient } from '@nabij/identity/api/testing';
import type { CaseScores, MyCalls } from '@nabij/outreach/contracts';
import { JobsService } from '@nabij/platform/api';
import { OutreachPersonalDataRepository } from '../outreach-personal-data.repository';
import { bearer, createTestApp, TestAccount, TestApp } from '@nabij/platform/testing';
import { TimeModule } from '@nabij/time/api';
import { OutreachModule } from '../outreach.module';
import { makeClientWithCase, makeOutreachOrg, makeTeamClientList, OutreachOrg, SMALL_QUESTIONNAIRE } from '../testing';

jest.setTimeout(180_000);

const DAY = 86_400_000;

/** Scores in the dossier: a client's 1–10 answers from calls, for the case's worker and the client only. */
describe('outreach scores on the case', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, OutreachModule] });
  }, 180_000);
  afterAll(() => t.close());

  /** A client with a case of the worker, on a list of Team Leiden's clients (given to that worker). */
  async function clientOnList(org: OutreachOrg): Promise<{ client: TestAccount; caseId: string; entryId: string }> {
    const { client, caseId } = await makeClientWithCase(t, org, 'Noor Haddad');
    const [entry] = (await makeTeamClientList(t, org)).entries;
    return { client, caseId, entryId: entry.id };
  }

  async function call(org: OutreachOrg, entryId: string, answers: Record<string, unknown>): Promise<string> {
    const attempt = await t.http().post(`/api/outreach/entries/${entryId}/calls`).set(bearer(org.worker)).expect(201);
    t.clock.advance(9 * 60_000);
    await t
      .http()
      .post(`/api/outreach/calls/${attempt.body.id}/finish`)
      .set(bearer(org.worker))
      .send({ outcome: 'reached', answers })
      .expect(200);
    return attempt.body.id;
  }

  const scores = (who: TestAccount, caseId: string) => t.http().get(`/api/outreach/cases/${caseId}/scores`).set(bearer(who));

  it("shows the case's worker and the client the scale answers over time, and puts the call's time on the case", async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { client, caseId, entryId } = await clientOnList(org);
    const first = await call(org, entryId, { cijfer: 4, nodig: 'Rust in huis', bellen: false });
    t.clock.advance(14 * DAY);
    await call(org, entryId, { cijfer: 7, bellen: false });

    const seen: CaseScores = (await scores(org.worker, caseId).expect(200)).body;
    expect(seen).toEqual({
      series: [
        {
          key: 'cijfer',
          text: 'Welk cijfer geef je?',
          min: 1,
          max: 10,
          points: [
            { on: '2026-03-02', value: 4 },
            { on: '2026-03-16', value: 7 },
          ],
        },
      ],
    });
    expect((await scores(client, caseId).expect(200)).body).toEqual(seen);

    // The worker's read is logged against the client; the client's own read is not.
    const logged = await t.dataSource.query(
      `SELECT actor_id, client_id FROM audit_entry WHERE resource_type = 'outreach_scores' AND resource_id = $1`,
      [caseId],
    );
    expect(logged).toEqual([{ actor_id: org.worker.id, client_id: client.id }]);

    // A client's call is time on their case, to confirm in Mijn uren.
    await t.app.get(JobsService).drain();
    const [time] = await t.dataSource.query(`SELECT case_id, minutes, contact_type FROM time_entry WHERE source_id = $1`, [first]);
    expect(time).toEqual({ case_id: caseId, minutes: 9, contact_type: 'phone' });
  });

  it("gives a client only their own scale answers: never another client's from the same list, never a text or yes/no answer", async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { client: noor, caseId: noorCase } = await makeClientWithCase(t, org, 'Noor Haddad');
    const { client: sem, caseId: semCase } = await makeClientWithCase(t, org, 'Sem Visser');
    const { entries } = await makeTeamClientList(t, org);
    const entryOf = (name: string) => entries.find((e) => e.familyName === name)!.id;
    await call(org, entryOf('Noor Haddad'), { cijfer: 3, nodig: 'Rust in huis', bellen: true, wanneer: '2026-03-20' });
    await call(org, entryOf('Sem Visser'), { cijfer: 9, bellen: false });

    const noorSees: CaseScores = (await scores(noor, noorCase).expect(200)).body;
    expect(noorSees.series.map((s) => [s.key, s.points.map((p) => p.value)])).toEqual([['cijfer', [3]]]);
    expect(JSON.stringify(noorSees)).not.toContain('Rust in huis');
    const semSees: CaseScores = (await scores(sem, semCase).expect(200)).body;
    expect(semSees.series.map((s) => [s.key, s.points.map((p) => p.value)])).toEqual([['cijfer', [9]]]);
    // Each other's case is not theirs: 404, as for any id.
    expect((await scores(noor, semCase)).status).toBe(404);
    expect((await scores(sem, noorCase)).status).toBe(404);
    // A client's own read is not in the access log.
    const logged = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE resource_type = 'outreach_scores' AND actor_id = ANY($1)`,
      [[noor.id, sem.id]],
    );
    expect(logged[0].n).toBe(0);
  });

  it('gives a client without answers no series at all (the dossier then shows no chart)', async () => {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { client, caseId, entryId } = await clientOnList(org);
    expect((await scores(client, caseId).expect(200)).body).toEqual({ series: [] });
    // A call that was not answered gives no scores either.
    const attempt = await t.http().post(`/api/outreach/entries/${entryId}/calls`).set(bearer(org.worker)).expect(201);
    await t.http().post(`/api/outreach/calls/${attempt.body.id}/finish`).set(bearer(org.worker)).send({ outcome: 'no_answer' }).expect(200);
    expect((await scores(client, caseId).expect(200)).body).toEqual({ series: [] });
  });

  it('answers 404 to a colleague, another client and another organisation, and 403 to team leads and admins', async () => {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const other = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { caseId, entryId } = await clientOnList(org);
    await call(org, entryId, { cijfer: 8, bellen: false });
    for (const who of [org.colleague, org.client, other.worker, other.client])
      expect({ who: who.email, status: (await scores(who, caseId)).status }).toEqual({ who: who.email, status: 404 });
    for (const who of [org.teamLead, org.admin]) expect((await scores(who, caseId)).status).toBe(403);
    expect((await scores(org.worker, 'not-a-case')).status).toBe(400);
    expect((await scores(org.worker, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("points a client's task at their open case with the worker, where the help is arranged", async () => {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { caseId, entryId } = await clientOnList(org);
    await call(org, entryId, { cijfer: 8, bellen: true });
    const mine: MyCalls = (await t.http().get('/api/outreach/calls').set(bearer(org.worker)).expect(200)).body;
    expect(mine.tasks).toEqual([expect.objectContaining({ kind: 'call_back', familyName: 'Noor Haddad', caseId })]);
  });

  it("gives the client's calls and answers in their data download, and erases them with the client only", async () => {
    t.clock.set('2026-03-02T09:00:00Z');
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const { client, caseId, entryId } = await clientOnList(org);
    await call(org, entryId, { cijfer: 5, nodig: 'Iemand om mee te praten', bellen: false });
    const data = t.app.get(OutreachPersonalDataRepository);
    expect(await data.collect(client.id)).toEqual({
      calls: [{ list: 'Cliënten', endedAt: expect.any(String), outcome: 'reached' }],
      answers: [
        { givenAt: expect.any(String), questionnaire: 'Korte belronde', question: 'Welk cijfer geef je?', answer: 5 },
        { givenAt: expect.any(String), questionnaire: 'Korte belronde', question: 'Wat heb je nodig?', answer: 'Iemand om mee te praten' },
        { givenAt: expect.any(String), questionnaire: 'Korte belronde', question: 'Mogen we je nog eens bellen?', answer: false },
      ],
    });
    // Erasing one case (retention) leaves the client's answers; erasing the client takes them.
    expect(await data.inventory({ clientId: client.id, cases: [caseId] })).toEqual({ outreach: 0 });
    expect(await data.inventory({ clientId: client.id, cases: 'all' })).toEqual({ outreach: 1 });
    const outcome = await t.dataSource.transaction((db) => data.erase({ clientId: client.id, cases: 'all' }, db));
    expect(outcome.counts).toEqual({ outreach: 1 });
    expect(await data.collect(client.id)).toEqual({ calls: [], answers: [] });
    expect((await scores(org.worker, caseId).expect(200)).body).toEqual({ series: [] });
  });

  it('shows an empty chart for a case whose client was never called', async () => {
    const org = await makeOutreachOrg(t, SMALL_QUESTIONNAIRE);
    const [financier] = await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1`, [org.organisationId]);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: financier.id });
    const caseId = (await makeCase(t, { worker: org.worker, clientId: client.id })).id;
    expect((await scores(org.worker, caseId).expect(200)).body).toEqual({ series: [] });
  });
});
