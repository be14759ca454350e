import { DossierModule } from '@nabij/dossier/api';
import { IdentityModule } from '@nabij/identity/api';
import type { FinishedCall, MyCalls, OutreachTask } from '@nabij/outreach/contracts';
import { bearer, createTestApp, TestAccount, TestApp } from '@nabij/platform/testing';
import { SocialMapModule } from '@nabij/socialmap/api';
import { installServices, testService } from '@nabij/socialmap/api/testing';
import { TimeModule } from '@nabij/time/api';
import { OutreachModule } from '../outreach.module';
import { makeClientWithCase, makeOutreachOrg, makeTeamClientList, OutreachOrg } from '../testing';

jest.setTimeout(180_000);

/** Answers to the family questionnaire with a yes to "can we do something", and consent or not. */
const helpWanted = (consent: boolean) => ({
  datum_gesprek: '2026-03-02',
  vertrouwelijk: true,
  aantal_kinderen: 0,
  cijfer_ouders: 7,
  ouders_goed: 'De buren helpen.',
  iets_doen: true,
  hulp_bij: ['geld'],
  toestemming: consent,
  nog_eens_bellen: false,
});

/** "Verwijs door" from a call's follow-up: a proposed referral on the client's case, only with consent, made once. */
describe('outreach follow-up: referral from a call', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, TimeModule, SocialMapModule, OutreachModule] });
  }, 180_000);

  afterAll(() => t.close());

  interface Called extends OutreachOrg {
    familyClient: TestAccount;
    caseId: string;
    serviceId: string;
    task: OutreachTask;
  }

  /** A client with a case of the worker on a list of the team's clients, called once with these answers. */
  async function called(consent: boolean): Promise<Called> {
    const org = await makeOutreachOrg(t);
    const { client: familyClient, caseId } = await makeClientWithCase(t, org, 'Familie Haddad');
    const [serviceId] = await installServices(t, org.organisationId, [
      testService({ providerName: 'Gemeente Leiden', name: 'Schuldhulpverlening', categories: ['money'] }),
    ]);
    const [entry] = (await makeTeamClientList(t, org)).entries;
    const attempt = await t.http().post(`/api/outreach/entries/${entry.id}/calls`).set(bearer(org.worker)).expect(201);
    const done: FinishedCall = (
      await t
        .http()
        .post(`/api/outreach/calls/${attempt.body.id}/finish`)
        .set(bearer(org.worker))
        .send({ outcome: 'reached', answers: helpWanted(consent) })
        .expect(200)
    ).body;
    const task = done.tasks.find((x) => x.kind === 'follow_up')!;
    return { ...org, familyClient, caseId, serviceId, task };
  }

  const refer = (who: TestAccount, taskId: string, body: object) =>
    t.http().post(`/api/outreach/tasks/${taskId}/referral`).set(bearer(who)).send(body);
  const referralsOf = (caseId: string) =>
    t.dataSource.query(`SELECT service_id, reason, status, created_by FROM social_referral WHERE case_id = $1`, [caseId]);

  it('refers a family that agreed, with what they asked help for, once even when the worker retries', async () => {
    const c = await called(true);
    expect(c.task).toMatchObject({
      consent: true,
      referral: null,
      caseId: c.caseId,
      note: 'Waarmee kunnen we je helpen? Geld en schulden',
    });
    const body = { serviceId: c.serviceId, reason: c.task.note };
    const first = await refer(c.worker, c.task.id, body).expect(201);
    expect(first.body).toEqual({ id: expect.any(String), caseId: c.caseId, serviceLabel: 'Gemeente Leiden: Schuldhulpverlening' });
    const again = await refer(c.worker, c.task.id, body).expect(201);
    expect(again.body).toEqual(first.body);
    // Two at once (a double click) make one referral too.
    const both = await Promise.all([refer(c.worker, c.task.id, body), refer(c.worker, c.task.id, body)]);
    expect(both.map((r) => r.body.id)).toEqual([first.body.id, first.body.id]);
    expect(await referralsOf(c.caseId)).toEqual([
      { service_id: c.serviceId, reason: 'Waarmee kunnen we je helpen? Geld en schulden', status: 'proposed', created_by: c.worker.id },
    ]);
    // The task is done and says where the family was referred; the client sees the referral in their dossier.
    const mine: MyCalls = (await t.http().get('/api/outreach/calls').set(bearer(c.worker))).body;
    expect(mine.tasks).toEqual([]);
    const seen = await t.http().get(`/api/social-map/cases/${c.caseId}/referrals`).set(bearer(c.familyClient)).expect(200);
    expect(seen.body.map((r: { serviceLabel: string; status: string }) => [r.serviceLabel, r.status])).toEqual([
      ['Gemeente Leiden: Schuldhulpverlening', 'proposed'],
    ]);
  });

  it('refuses a follow-up without consent (409 no_consent) and writes nothing', async () => {
    const c = await called(false);
    expect(c.task.consent).toBe(false);
    const res = await refer(c.worker, c.task.id, { serviceId: c.serviceId, reason: 'Geld' });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'no_consent' });
    expect(await referralsOf(c.caseId)).toEqual([]);
    expect((await t.http().get('/api/outreach/calls').set(bearer(c.worker))).body.tasks).toHaveLength(1);
  });

  it('answers 404 for another worker and another organisation, 403 for a client, team lead and admin', async () => {
    const c = await called(true);
    const other = await makeOutreachOrg(t);
    const body = { serviceId: c.serviceId, reason: 'Geld' };
    for (const who of [c.colleague, other.worker]) expect((await refer(who, c.task.id, body)).status).toBe(404);
    for (const who of [c.familyClient, c.client, c.teamLead, c.admin]) expect((await refer(who, c.task.id, body)).status).toBe(403);
    expect((await refer(c.worker, '00000000-0000-4000-8000-000000000000', body)).status).toBe(404);
    expect((await refer(c.worker, 'not-a-task', body)).status).toBe(400);
    expect(await referralsOf(c.caseId)).toEqual([]);
  });

  it('answers 400 naming the field for bad input, never a 500 or a half-made referral', async () => {
    const c = await called(true);
    const cases: Array<[unknown, string]> = [
      [{ reason: 'Geld' }, 'serviceId'],
      [{ serviceId: 'x', reason: 'Geld' }, 'serviceId'],
      [{ serviceId: '00000000-0000-4000-8000-000000000000', reason: 'Geld' }, 'serviceId'],
      [{ serviceId: c.serviceId }, 'reason'],
      [{ serviceId: c.serviceId, reason: '   ' }, 'reason'],
      [{ serviceId: c.serviceId, reason: 'x'.repeat(1001) }, 'reason'],
      [{ serviceId: c.serviceId, reason: 42 }, 'reason'],
      [{ serviceId: [c.serviceId], reason: 'Geld' }, 'serviceId'],
    ];
    for (const [body, field] of cases) {
      const res = await refer(c.worker, c.task.id, body as object);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(Object.keys(res.body.fields ?? {})).toContain(field);
    }
    expect(await referralsOf(c.caseId)).toEqual([]);
    await refer(c.worker, c.task.id, { serviceId: c.serviceId, reason: 'Geld' }).expect(201);
  });
});
