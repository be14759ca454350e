import { IdentityModule } from '@nabij/identity/api';
import { bearer, createTestApp, TestApp } from '@nabij/platform/testing';
import { OutreachModule } from '../outreach.module';
import { makeOutreachOrg, OutreachOrg } from '../testing';
import { SummaryDigestService } from './summary-digest.service';

jest.setTimeout(180_000);

/** The weekly e-mail digest: a content-free link to last week's overview, once, to the team leads of organisations that called. */
describe('outreach weekly digest', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, OutreachModule] });
  }, 180_000);
  afterAll(() => t.close());

  /** One family of the organisation, called and not reached, at the clock's time. */
  async function callOnce(org: OutreachOrg, family: string, phone: string): Promise<void> {
    const list = await t
      .http()
      .post('/api/outreach/lists')
      .set(bearer(org.teamLead))
      .send({ name: 'Belronde', questionnaireId: org.questionnaireId, csv: `naam;telefoon;school\n${family};${phone};De Regenboog\n` })
      .expect(201);
    const [entry] = (await t.http().get(`/api/outreach/lists/${list.body.id}`).set(bearer(org.teamLead))).body.entries;
    await t
      .http()
      .post(`/api/outreach/lists/${list.body.id}/assign`)
      .set(bearer(org.teamLead))
      .send({ entryIds: [entry.id], workerId: org.worker.id })
      .expect(200);
    const attempt = await t.http().post(`/api/outreach/entries/${entry.id}/calls`).set(bearer(org.worker)).expect(201);
    await t.http().post(`/api/outreach/calls/${attempt.body.id}/finish`).set(bearer(org.worker)).send({ outcome: 'no_answer' }).expect(200);
  }

  const mailsTo = (address: string): Promise<Array<{ subject: string; text: string }>> =>
    t.dataSource.query(`SELECT subject, text FROM outbox_mail WHERE to_address = $1 ORDER BY created_at, id`, [address]);

  it('mails each team lead of an organisation that called last week a link without figures or names, and only once', async () => {
    t.clock.set('2026-03-04T10:00:00Z');
    const org = await makeOutreachOrg(t);
    const quiet = await makeOutreachOrg(t);
    await callOnce(org, 'Familie Öztürk', '0612340001');
    // Monday 9 March, 08:00 in Amsterdam: the digest of the week of 2 March.
    t.clock.set('2026-03-09T07:00:00Z');
    const digest = t.app.get(SummaryDigestService);
    const first = await digest.sendLastWeek();
    expect(first.weekStart).toBe('2026-03-02');
    const mails = await mailsTo(org.teamLead.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Het weekoverzicht van de bellijsten staat klaar');
    expect(mails[0].text).toContain('van maandag 2 maart 2026 tot en met zondag 8 maart 2026');
    expect(mails[0].text).toContain('/bellijsten/overzicht?week=2026-03-02');
    expect(mails[0].text).not.toMatch(/Öztürk|Regenboog|0612340001/);
    // Nobody else of the organisation gets it; an organisation without calls gets nothing.
    for (const other of [org.worker, org.admin, quiet.teamLead]) expect(await mailsTo(other.email)).toEqual([]);
    // A second run (a retry, another instance) sends nothing again.
    await digest.sendLastWeek();
    expect(await mailsTo(org.teamLead.email)).toHaveLength(1);
    const [marked] = await t.dataSource.query(
      `SELECT week_start::text AS week, team_leads FROM outreach_digest WHERE organisation_id = $1`,
      [org.organisationId],
    );
    expect(marked).toEqual({ week: '2026-03-02', team_leads: 1 });
  });

  it('sends nothing for a week in which the organisation made no calls', async () => {
    t.clock.set('2026-03-04T10:00:00Z');
    const org = await makeOutreachOrg(t);
    await callOnce(org, 'Familie Smit', '0612340002');
    // Two weeks later: the week before holds no calls of this organisation.
    t.clock.set('2026-03-16T07:00:00Z');
    expect((await t.app.get(SummaryDigestService).sendLastWeek()).weekStart).toBe('2026-03-09');
    expect(await mailsTo(org.teamLead.email)).toEqual([]);
  });
});
