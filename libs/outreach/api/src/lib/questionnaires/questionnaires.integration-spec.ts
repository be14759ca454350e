import { IdentityModule } from '@nabij/identity/api';
import type { QuestionnaireSummary, QuestionnaireVersionView } from '@nabij/outreach/contracts';
import { bearer, createTestApp, TestApp } from '@nabij/platform/testing';
import { makeOutreachOrg, SMALL_QUESTIONNAIRE } from '../testing';
import { FAMILY_QUESTIONNAIRE } from './family-questionnaire';
import { OutreachModule } from '../outreach.module';

jest.setTimeout(120_000);

/** Questionnaires as data: drafts from JSON, publishing freezes a version (service and database), reading per organisation. */
describe('outreach questionnaires', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, OutreachModule] });
  }, 180_000);
  afterAll(() => t.close());

  const create = (who: { token: string }, definition: unknown) =>
    t.http().post('/api/outreach/questionnaires').set(bearer(who)).send({ definition });
  const publish = (who: { token: string }, versionId: string) =>
    t.http().post(`/api/outreach/questionnaires/versions/${versionId}/publish`).set(bearer(who));

  it('seeds the family questionnaire with 31 questions (the thirty and the consent) in six sections, read back exactly as defined', async () => {
    const org = await makeOutreachOrg(t);
    const res = await t.http().get(`/api/outreach/questionnaires/versions/${org.versionId}`).set(bearer(org.worker)).expect(200);
    const view: QuestionnaireVersionView = res.body;
    expect(view.status).toBe('published');
    expect(view.definition.sections.flatMap((s) => s.questions)).toHaveLength(31);
    expect(view.definition.sections.map((s) => s.title)).toEqual(FAMILY_QUESTIONNAIRE.sections.map((s) => s.title));
    const score = view.definition.sections[4].questions.find((q) => q.key === 'ouders_volhouden');
    expect(score?.showIf).toEqual({ question: 'cijfer_ouders', op: 'lt', value: 6 });
    const list: QuestionnaireSummary[] = (await t.http().get('/api/outreach/questionnaires').set(bearer(org.teamLead)).expect(200)).body;
    expect(list).toEqual([
      {
        id: org.questionnaireId,
        title: 'Belronde gezinnen',
        currentVersionId: org.versionId,
        versions: [expect.objectContaining({ number: 1 })],
      },
    ]);
  });

  it('lets an admin create a draft from JSON and publish it; the published version is then the current one', async () => {
    const org = await makeOutreachOrg(t);
    const draft: QuestionnaireVersionView = (await create(org.admin, SMALL_QUESTIONNAIRE).expect(201)).body;
    expect(draft.status).toBe('draft');
    expect(draft.definition.sections[0].questions.map((q) => q.key)).toEqual(['cijfer', 'nodig', 'bellen', 'wanneer']);
    const done: QuestionnaireVersionView = (await publish(org.admin, draft.id).expect(200)).body;
    expect(done.status).toBe('published');
    expect(done.publishedAt).toBe(t.clock.now().toISOString());
    const list: QuestionnaireSummary[] = (await t.http().get('/api/outreach/questionnaires').set(bearer(org.admin))).body;
    expect(list.find((q) => q.id === draft.questionnaireId)?.currentVersionId).toBe(draft.id);
  });

  it('refuses to change or publish a published version again (409), and a second version starts as a new draft', async () => {
    const org = await makeOutreachOrg(t);
    const changed = { ...SMALL_QUESTIONNAIRE, title: 'Anders' };
    const put = await t
      .http()
      .put(`/api/outreach/questionnaires/versions/${org.versionId}`)
      .set(bearer(org.admin))
      .send({ definition: changed });
    expect(put.status).toBe(409);
    expect(put.body.code).toBe('version_published');
    expect((await publish(org.admin, org.versionId)).status).toBe(409);
    const next = await t
      .http()
      .post(`/api/outreach/questionnaires/${org.questionnaireId}/versions`)
      .set(bearer(org.admin))
      .send({ definition: changed });
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ number: 2, status: 'draft', definition: { title: 'Anders' } });
    const again = await t
      .http()
      .post(`/api/outreach/questionnaires/${org.questionnaireId}/versions`)
      .set(bearer(org.admin))
      .send({ definition: changed });
    expect(again.status).toBe(409);
    const replaced = await t
      .http()
      .put(`/api/outreach/questionnaires/versions/${next.body.id}`)
      .set(bearer(org.admin))
      .send({ definition: FAMILY_QUESTIONNAIRE });
    expect(replaced.status).toBe(200);
    expect(replaced.body.definition.sections).toHaveLength(6);
    const v1 = await t.http().get(`/api/outreach/questionnaires/versions/${org.versionId}`).set(bearer(org.admin));
    expect(v1.body.definition.title).toBe('Belronde gezinnen');
  });

  it('has the database refuse changes to a published version, its sections and its questions, whoever writes them', async () => {
    const org = await makeOutreachOrg(t);
    const attempts = [
      [`UPDATE outreach_questionnaire_version SET title = 'x' WHERE id = $1`],
      [`UPDATE outreach_questionnaire_version SET status = 'draft', published_at = NULL WHERE id = $1`],
      [`DELETE FROM outreach_questionnaire_version WHERE id = $1`],
      [`UPDATE outreach_question SET text = 'x' WHERE version_id = $1`],
      [`DELETE FROM outreach_question WHERE version_id = $1`],
      [`UPDATE outreach_section SET title = 'x' WHERE version_id = $1`],
      [`INSERT INTO outreach_section (version_id, position, title) VALUES ($1, 99, 'extra')`],
    ];
    for (const [sql] of attempts) await expect(t.dataSource.query(sql, [org.versionId])).rejects.toThrow(/is published and cannot change/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_question WHERE version_id = $1 AND text <> 'x'`, [
      org.versionId,
    ]);
    expect(n).toBe(31);
  });

  it('answers 400 naming the field for a malformed definition and for one that breaks the rules, and writes nothing', async () => {
    const org = await makeOutreachOrg(t);
    const question = SMALL_QUESTIONNAIRE.sections[0].questions[0];
    const bad = (questions: unknown[]): unknown => ({ title: 'Test', sections: [{ title: 'A', questions }] });
    const cases: Array<[unknown, string]> = [
      [undefined, 'definition'],
      [{ title: '', sections: [] }, 'definition.title'],
      [bad([{ ...question, type: 'slider' }]), 'definition.sections.0.questions.0.type'],
      [bad([{ ...question, key: 'Met Spatie' }]), 'definition.sections.0.questions.0.key'],
      [bad([question, question]), 'definition.sections.0.questions.1.key'],
      [
        bad([{ key: 'keuze', type: 'choice', text: 'Kies', options: [{ value: 'a', label: 'A' }] }]),
        'definition.sections.0.questions.0.options',
      ],
      [
        bad([
          { ...question, showIf: { question: 'later', op: 'eq', value: 1 } },
          { ...question, key: 'later' },
        ]),
        'definition.sections.0.questions.0.showIf',
      ],
      [
        bad([question, { key: 'b', type: 'text', text: 'B', showIf: { question: 'cijfer', op: 'lt', value: 'zes' } }]),
        'definition.sections.0.questions.1.showIf',
      ],
      [bad([{ key: 'b', type: 'text', text: 'B', followUp: 'call_back' }]), 'definition.sections.0.questions.0.followUp'],
      [bad([{ ...question, min: 8, max: 3 }]), 'definition.sections.0.questions.0.min'],
    ];
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_questionnaire WHERE organisation_id = $1`, [
      org.organisationId,
    ]);
    for (const [definition, field] of cases) {
      const res = await create(org.admin, definition);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(Object.keys(res.body.fields)).toContain(field);
    }
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outreach_questionnaire WHERE organisation_id = $1`, [
      org.organisationId,
    ]);
    expect(after).toBe(before);
  });

  it('lets only admins write (403 for worker, team lead, client) and keeps another organisation out with 404', async () => {
    const org = await makeOutreachOrg(t);
    const other = await makeOutreachOrg(t);
    for (const who of [org.worker, org.teamLead, org.client]) expect((await create(who, SMALL_QUESTIONNAIRE)).status).toBe(403);
    expect((await t.http().get('/api/outreach/questionnaires').set(bearer(org.client))).status).toBe(403);
    const draft = (await create(org.admin, SMALL_QUESTIONNAIRE).expect(201)).body as QuestionnaireVersionView;
    expect((await publish(other.admin, draft.id)).status).toBe(404);
    expect((await t.http().get(`/api/outreach/questionnaires/versions/${draft.id}`).set(bearer(other.worker))).status).toBe(404);
    expect(
      (
        await t
          .http()
          .put(`/api/outreach/questionnaires/versions/${draft.id}`)
          .set(bearer(other.admin))
          .send({ definition: SMALL_QUESTIONNAIRE })
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .post(`/api/outreach/questionnaires/${org.questionnaireId}/versions`)
          .set(bearer(other.admin))
          .send({ definition: SMALL_QUESTIONNAIRE })
      ).status,
    ).toBe(404);
    const theirs: QuestionnaireSummary[] = (await t.http().get('/api/outreach/questionnaires').set(bearer(other.admin))).body;
    expect(theirs.map((q) => q.id)).toEqual([other.questionnaireId]);
    expect((await publish(org.admin, draft.id)).status).toBe(200);
  });
});
