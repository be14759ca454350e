import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { EditorFaqTranslation, FaqEntry, SearchResponse } from '@nabij/library/contracts';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { LIBRARY_FAQ, type FaqDefinition } from '../content/library-content';
import { LibraryModule } from '../library.module';
import { installLibrary } from '../testing';

jest.setTimeout(120_000);

/** Issue 17: FAQ entries in the reader's language when translated, else Dutch, flagged per entry. */
describe('FAQ translations', () => {
  let t: TestApp;
  let admin: TestAccount;
  let editor: TestAccount;
  let worker: TestAccount;
  let teamLead: TestAccount;
  let client: TestAccount;
  let organisationId: string;
  let otherOrganisationId: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, LibraryModule] });
    const org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    organisationId = org.organisationId;
    otherOrganisationId = second.organisationId;
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    admin = await makeAdmin(t, staff);
    editor = await makeWorker(t, staff);
    await t.dataSource.query(`UPDATE account SET library_editor = true WHERE id = $1`, [editor.id]);
    worker = await makeWorker(t, staff);
    teamLead = await makeTeamLead(t, staff);
    client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
  }, 180_000);
  afterAll(() => t.close());

  const unique = () => randomBytes(4).toString('hex');

  /** A FAQ entry of its own (published unless said), with an Arabic translation when asked. */
  async function entry(opts: { arabic?: boolean; published?: boolean; organisationId?: string | null } = {}) {
    const word = `woord${unique()}`;
    const def: FaqDefinition = {
      theme: 'money',
      nl: { question: `Wat is ${word}?`, answer: `Een **regeling** voor ${word}.` },
      en: { question: `What is ${word}?`, answer: `An **arrangement** for ${word}.` },
      translations: opts.arabic ? { ar: { question: `ما هو ${word}؟`, answer: `**ترتيب** للدفع ${word}.` } } : undefined,
    };
    const [id] = (
      await installLibrary(t, { faq: [def] }, { organisationId: opts.organisationId ?? null, published: opts.published ?? true })
    ).faqIds;
    return { id, word };
  }

  const faq = async (lang: string, id: string): Promise<FaqEntry | undefined> => {
    const res = await t.http().get('/api/library/faq').query({ lang });
    expect(res.status).toBe(200);
    return (res.body as FaqEntry[]).find((f) => f.id === id);
  };
  const path = (id: string, rest = '') => `/api/library/editor/faq/${id}/translations${rest}`;
  const text = { question: 'Czym jest plan spłaty?', answer: 'To umowa o **spłacie** długu w częściach.' };

  it('gives an Arabic reader the Arabic entry, rendered, and Dutch and English readers their own', async () => {
    const e = await entry({ arabic: true });
    const ar = await faq('ar', e.id);
    expect(ar).toMatchObject({ question: `ما هو ${e.word}؟`, shownIn: 'ar' });
    expect(ar!.html).toContain('<strong>ترتيب</strong>');
    expect(await faq('nl', e.id)).toMatchObject({ question: `Wat is ${e.word}?`, shownIn: 'nl' });
    expect(await faq('en', e.id)).toMatchObject({ question: `What is ${e.word}?`, shownIn: 'en' });
  });

  it('gives a Turkish reader of an entry without a Turkish translation the Dutch entry, flagged', async () => {
    const e = await entry({ arabic: true });
    expect(await faq('tr', e.id)).toMatchObject({
      question: `Wat is ${e.word}?`,
      answer: `Een **regeling** voor ${e.word}.`,
      shownIn: 'nl',
    });
  });

  it('installs the Arabic, Turkish and Polish translations of the seeded entries', async () => {
    const veiligThuis = LIBRARY_FAQ.filter((f) => f.nl.question === 'Wat is Veilig Thuis?');
    const [id] = (await installLibrary(t, { faq: veiligThuis })).faqIds;
    const rows = await t.dataSource.query(`SELECT lang FROM library_faq_translation WHERE faq_id = $1 ORDER BY lang`, [id]);
    expect(rows.map((r: { lang: string }) => r.lang)).toEqual(['ar', 'pl', 'tr']);
    expect(await faq('pl', id)).toMatchObject({ question: 'Co to jest Veilig Thuis?', shownIn: 'pl' });
  });

  it("finds FAQ entries by their translation in the reader's language, and never an unpublished entry's", async () => {
    const e = await entry({ arabic: true });
    const found = await t
      .http()
      .get('/api/library/search')
      .query({ q: `ما هو ${e.word}`, lang: 'ar' });
    expect(found.status).toBe(200);
    expect((found.body as SearchResponse).hits.find((h) => h.ref === e.id)).toMatchObject({
      kind: 'faq',
      shownIn: 'ar',
      title: `ما هو ${e.word}؟`,
    });
    // Found by its Dutch word, the translated entry is listed once, in Arabic.
    const byDutch = await t.http().get('/api/library/search').query({ q: e.word, lang: 'ar' });
    expect((byDutch.body as SearchResponse).hits.filter((h) => h.ref === e.id)).toEqual([expect.objectContaining({ shownIn: 'ar' })]);
    const hidden = await entry({ arabic: true, published: false });
    const none = await t.http().get('/api/library/search').query({ q: hidden.word, lang: 'ar' });
    expect((none.body as SearchResponse).hits.map((h) => h.ref)).not.toContain(hidden.id);
    expect(await faq('ar', hidden.id)).toBeUndefined();
  });

  it('lets an editor add, change and delete a translation, each in the audit log', async () => {
    const e = await entry();
    expect((await t.http().get(path(e.id)).set(bearer(editor))).body).toEqual([]);
    const saved = await t.http().put(path(e.id, '/pl')).set(bearer(editor)).send(text);
    expect(saved.status).toBe(200);
    expect(saved.body as EditorFaqTranslation).toMatchObject({ faqId: e.id, lang: 'pl', ...text });
    expect(await faq('pl', e.id)).toMatchObject({ question: text.question, shownIn: 'pl' });

    const changed = { ...text, question: 'Co to jest plan spłaty długu?' };
    await t.http().put(path(e.id, '/pl')).set(bearer(admin)).send(changed).expect(200);
    const list = await t.http().get(path(e.id)).set(bearer(editor));
    expect(list.body).toEqual([expect.objectContaining({ lang: 'pl', question: changed.question })]);
    expect((await faq('pl', e.id))!.question).toBe(changed.question);

    await t.http().delete(path(e.id, '/pl')).set(bearer(editor)).expect(204);
    expect(await faq('pl', e.id)).toMatchObject({ question: `Wat is ${e.word}?`, shownIn: 'nl' });
    const again = await t.http().delete(path(e.id, '/pl')).set(bearer(editor));
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('library.no_faq_translation');

    const audit = await t.dataSource.query(`SELECT reason FROM audit_entry WHERE resource_id = $1 ORDER BY occurred_at`, [e.id]);
    expect(audit.map((r: { reason: string }) => r.reason)).toEqual(['translation pl create', 'translation pl', 'translation pl delete']);
  });

  it('refuses clients, team leads and workers without the editor right (403), and another organisation’s entry (404)', async () => {
    const e = await entry();
    for (const who of [client, teamLead, worker]) {
      expect((await t.http().get(path(e.id)).set(bearer(who))).status).toBe(403);
      expect((await t.http().put(path(e.id, '/tr')).set(bearer(who)).send(text)).status).toBe(403);
      expect((await t.http().delete(path(e.id, '/tr')).set(bearer(who))).status).toBe(403);
    }
    expect((await t.http().put(path(e.id, '/tr')).send(text)).status).toBe(401);
    const theirs = await entry({ organisationId: otherOrganisationId });
    expect((await t.http().get(path(theirs.id)).set(bearer(editor))).status).toBe(404);
    const put = await t.http().put(path(theirs.id, '/tr')).set(bearer(admin)).send(text);
    expect(put.status).toBe(404);
    expect(put.body.code).toBe('library.no_faq_entry');
    expect((await t.http().delete(path(theirs.id, '/tr')).set(bearer(editor))).status).toBe(404);
    const ours = await entry({ organisationId });
    expect((await t.http().put(path(ours.id, '/tr')).set(bearer(editor)).send(text)).status).toBe(200);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.http().put(path(unknown, '/tr')).set(bearer(editor)).send(text)).status).toBe(404);
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_faq_translation WHERE faq_id = ANY ($1::uuid[])`, [
      [e.id, theirs.id],
    ]);
    expect(row.n).toBe(0);
  });

  it('answers 400 naming the field for a bad language, id or text, and writes nothing', async () => {
    const e = await entry();
    for (const lang of ['nl', 'en', 'de', 'AR']) {
      const res = await t
        .http()
        .put(path(e.id, `/${lang}`))
        .set(bearer(editor))
        .send(text);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty('lang');
    }
    const badId = await t.http().put(path('not-a-uuid', '/tr')).set(bearer(editor)).send(text);
    expect(badId.status).toBe(400);
    expect(badId.body.fields).toHaveProperty('id');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...text, question: ' ' }, 'question'],
      [{ question: text.question }, 'answer'],
      [{ ...text, question: 'x'.repeat(301) }, 'question'],
      [{ ...text, answer: 'x'.repeat(5001) }, 'answer'],
      [{ ...text, answer: 42 }, 'answer'],
      [{ ...text, question: 'a \u27e6 b' }, 'question'],
    ];
    for (const [body, field] of cases) {
      const res = await t.http().put(path(e.id, '/tr')).set(bearer(editor)).send(body);
      expect(res.status).toBe(400);
      expect(res.body.fields).toHaveProperty(field);
    }
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_faq_translation WHERE faq_id = $1`, [e.id]);
    expect(row.n).toBe(0);
  });

  it('never answers 5xx to hostile input on the FAQ translation routes (fuzz)', async () => {
    const e = await entry();
    const value = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.integer(),
      fc.constant(null),
      fc.constant('\u0000'),
      fc.constant('\ud800'),
      fc.object(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({ question: value, answer: value }),
        fc.oneof(fc.constantFrom('ar', 'tr', 'pl'), fc.string({ maxLength: 8 })),
        async (body, lang) => {
          const l = encodeURIComponent(lang) || 'x';
          expect(
            (
              await t
                .http()
                .put(path(e.id, `/${l}`))
                .set(bearer(editor))
                .send(body)
            ).status,
          ).toBeLessThan(500);
          expect(
            (
              await t
                .http()
                .delete(path(e.id, `/${l}`))
                .set(bearer(editor))
            ).status,
          ).toBeLessThan(500);
          expect((await t.http().get('/api/library/faq').query({ lang })).status).toBeLessThan(500);
        },
      ),
      { numRuns: 15, seed: 17 },
    );
  });
});
