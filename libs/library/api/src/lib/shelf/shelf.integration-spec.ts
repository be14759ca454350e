import { DossierModule } from '@nabij/dossier/api';
import { closeCase, makeCase } from '@nabij/dossier/api/testing';
import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { ExerciseSummary, ShelfItem } from '@nabij/library/contracts';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { LIBRARY_EXERCISES, type ExerciseDefinition } from '../content/exercises';
import { LibraryModule } from '../library.module';
import { installLibrary, testArticle } from '../testing';

jest.setTimeout(120_000);

/** An exercise with no Arabic, Turkish or Polish text: readers of those languages get the Dutch one. */
const UNTRANSLATED: ExerciseDefinition = {
  slug: 'plank-ademhaling',
  theme: 'stress',
  nl: {
    title: 'Rustig ademen',
    summary: 'Drie minuten rustig ademen.',
    body: '## Zo doe je het\n\nAdem vier tellen in en zes tellen uit.',
  },
  en: {
    title: 'Calm breathing',
    summary: 'Three minutes of calm breathing.',
    body: '## How to do it\n\nBreathe in for four counts and out for six.',
  },
};

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1200, 0x20)]);

/** "Mijn bibliotheek": the case worker shares into the client's shelf; only that client sees it. */
describe('my library (shelf)', () => {
  let t: TestApp;
  let orgs: Array<{ organisationId: string; teamId: string; financierId: string }>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, DossierModule, LibraryModule] });
    orgs = [await makeOrganisation(t), await makeOrganisation(t)];
    await installLibrary(t, {
      articles: [
        testArticle({ slug: 'plank-schulden', title: 'Schulden aanpakken', body: 'Open je post.' }),
        testArticle({ slug: 'plank-rust', title: 'Rust nemen', body: 'Neem rust.' }),
      ],
      exercises: [...LIBRARY_EXERCISES, UNTRANSLATED],
    });
    await installLibrary(
      t,
      { articles: [testArticle({ slug: 'plank-concept', title: 'Nog niet af', body: 'Concept.' })] },
      { published: false },
    );
  }, 180_000);
  afterAll(() => t.close());

  interface World {
    worker: TestAccount;
    colleague: TestAccount;
    client: TestAccount;
    otherClient: TestAccount;
    teamLead: TestAccount;
    admin: TestAccount;
    caseId: string;
  }

  async function world(org = orgs[0]): Promise<World> {
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    const worker = await makeWorker(t, staff);
    const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId });
    const { id: caseId } = await makeCase(t, { worker, clientId: client.id, financierId: org.financierId });
    return {
      worker,
      colleague: await makeWorker(t, staff),
      client,
      otherClient: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
      teamLead: await makeTeamLead(t, staff),
      admin: await makeAdmin(t, staff),
      caseId,
    };
  }

  const share = (who: TestAccount, caseId: string, body: object) =>
    t.http().post(`/api/library/shelf/cases/${caseId}/items`).set(bearer(who)).send(body);
  const shelf = (who: TestAccount) => t.http().get('/api/library/shelf').set(bearer(who));

  it('shares an exercise with a note and an article; the client sees them with the worker’s name, unread, and marks one read', async () => {
    const w = await world();
    const first = await share(w.worker, w.caseId, {
      kind: 'exercise',
      ref: 'energiemeter',
      note: 'Vul dit een week in, dan bespreken we het.',
    });
    expect(first.status).toBe(200);
    t.clock.advance(60_000);
    await share(w.worker, w.caseId, { kind: 'article', ref: 'plank-schulden' }).expect(200);
    const res = await shelf(w.client);
    expect(res.status).toBe(200);
    const items = res.body as ShelfItem[];
    expect(items.map((i) => [i.kind, i.ref, i.note, i.readAt])).toEqual([
      ['article', 'plank-schulden', null, null],
      ['exercise', 'energiemeter', 'Vul dit een week in, dan bespreken we het.', null],
    ]);
    expect(items[1]).toMatchObject({ title: 'Energiemeter: wat geeft je energie en wat kost het?', sharedBy: 'Test worker' });

    await t.http().post(`/api/library/shelf/${items[1].id}/read`).set(bearer(w.client)).expect(204);
    const after = (await shelf(w.client)).body as ShelfItem[];
    expect(after[1].readAt).toBe(t.clock.now().toISOString());
    expect(after[0].readAt).toBeNull();
  });

  it('shows shared items to that client only: another client sees none of them and gets 404 marking one read', async () => {
    const w = await world();
    await share(w.worker, w.caseId, { kind: 'exercise', ref: 'turflijst-uitgaven' }).expect(200);
    const [item] = (await shelf(w.client)).body as ShelfItem[];
    expect((await shelf(w.otherClient)).body).toEqual([]);
    expect((await t.http().post(`/api/library/shelf/${item.id}/read`).set(bearer(w.otherClient))).status).toBe(404);
    expect(((await shelf(w.client)).body as ShelfItem[])[0].readAt).toBeNull();
  });

  it('lets the case worker see what was shared (audited), never the articles the client saved for themselves', async () => {
    const w = await world();
    await share(w.worker, w.caseId, { kind: 'exercise', ref: 'energiemeter' }).expect(200);
    t.clock.advance(60_000); // the shelf lists the newest first
    const saved = await t.http().post('/api/library/shelf/articles').set(bearer(w.client)).send({ slug: 'plank-rust' });
    expect(saved.status).toBe(200);
    expect((saved.body as ShelfItem[]).map((i) => [i.ref, i.sharedBy])).toEqual([
      ['plank-rust', null],
      ['energiemeter', 'Test worker'],
    ]);
    const res = await t.http().get(`/api/library/shelf/cases/${w.caseId}`).set(bearer(w.worker));
    expect(res.status).toBe(200);
    expect((res.body as ShelfItem[]).map((i) => i.ref)).toEqual(['energiemeter']);
    const audit = await t.dataSource.query(
      `SELECT action, client_id FROM audit_entry WHERE actor_id = $1 AND resource_type = 'library_shelf' AND resource_id = $2`,
      [w.worker.id, w.caseId],
    );
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(audit.every((a: { action: string; client_id: string }) => a.action === 'read' && a.client_id === w.client.id)).toBe(true);
  });

  it('shares a document of the case, which the client sees by its file name; a document of another case is refused (400 naming ref)', async () => {
    const w = await world();
    const other = await world();
    const upload = async (who: TestAccount, caseId: string, name: string) =>
      (
        await t
          .http()
          .post(`/api/dossier/cases/${caseId}/documents`)
          .set(bearer(who))
          .attach('file', pdf, { filename: name, contentType: 'application/pdf' })
      ).body;
    const own = await upload(w.worker, w.caseId, 'budgetplan.pdf');
    const foreign = await upload(other.worker, other.caseId, 'brief.pdf');
    await share(w.worker, w.caseId, { kind: 'document', ref: own.id, note: 'Je budgetplan om te bewaren.' }).expect(200);
    const [item] = (await shelf(w.client)).body as ShelfItem[];
    expect(item).toMatchObject({ kind: 'document', ref: own.id, caseId: w.caseId, title: 'budgetplan.pdf', titleLang: null });
    const refused = await share(w.worker, w.caseId, { kind: 'document', ref: foreign.id });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.fields)).toEqual(['ref']);
    expect((await shelf(w.client)).body).toHaveLength(1);
  });

  it('sharing the same item again brings it back as unread with the new note, not twice', async () => {
    const w = await world();
    await share(w.worker, w.caseId, { kind: 'article', ref: 'plank-schulden', note: 'Eerste keer' }).expect(200);
    const [item] = (await shelf(w.client)).body as ShelfItem[];
    await t.http().post(`/api/library/shelf/${item.id}/read`).set(bearer(w.client)).expect(204);
    await share(w.worker, w.caseId, { kind: 'article', ref: 'plank-schulden', note: 'Lees vooral het stuk over post' }).expect(200);
    const items = (await shelf(w.client)).body as ShelfItem[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: item.id, note: 'Lees vooral het stuk over post', readAt: null });
  });

  it("refuses a worker who is not on the case and another organisation's worker: 404, nothing shared or read", async () => {
    const w = await world();
    const elsewhere = await world(orgs[1]);
    for (const who of [w.colleague, elsewhere.worker]) {
      expect((await share(who, w.caseId, { kind: 'exercise', ref: 'energiemeter' })).status).toBe(404);
      expect((await t.http().get(`/api/library/shelf/cases/${w.caseId}`).set(bearer(who))).status).toBe(404);
    }
    expect((await shelf(w.client)).body).toEqual([]);
  });

  it('gives a team lead and an admin no shelf content (403), and a client no worker routes (403)', async () => {
    const w = await world();
    await share(w.worker, w.caseId, { kind: 'exercise', ref: 'energiemeter', note: 'Geheim briefje' }).expect(200);
    for (const who of [w.teamLead, w.admin]) {
      const res = await t.http().get(`/api/library/shelf/cases/${w.caseId}`).set(bearer(who));
      expect(res.status).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('Geheim');
      expect((await shelf(who)).status).toBe(403);
      expect((await share(who, w.caseId, { kind: 'exercise', ref: 'energiemeter' })).status).toBe(403);
    }
    expect((await t.http().get(`/api/library/shelf/cases/${w.caseId}`).set(bearer(w.client))).status).toBe(403);
    expect((await share(w.client, w.caseId, { kind: 'exercise', ref: 'energiemeter' })).status).toBe(403);
  });

  it.each([
    ['kind', { kind: 'video', ref: 'energiemeter' }],
    ['ref', { kind: 'exercise', ref: 'bestaat-niet' }],
    ['ref', { kind: 'article', ref: 'plank-concept' }],
    ['ref', { kind: 'document', ref: 'geen-id' }],
    ['note', { kind: 'exercise', ref: 'energiemeter', note: 'x'.repeat(301) }],
  ])('answers 400 naming %s for %j and shares nothing', async (field, body) => {
    const w = await world();
    const res = await share(w.worker, w.caseId, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    expect((await shelf(w.client)).body).toEqual([]);
  });

  it('refuses a client saving a draft article (400 naming slug) and sharing in a closed case (409)', async () => {
    const w = await world();
    const res = await t.http().post('/api/library/shelf/articles').set(bearer(w.client)).send({ slug: 'plank-concept' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['slug']);
    await closeCase(t, w.worker, w.caseId);
    const closed = await share(w.worker, w.caseId, { kind: 'exercise', ref: 'energiemeter' });
    expect(closed.status).toBe(409);
    expect((await shelf(w.client)).body).toEqual([]);
  });

  it('shows the printable exercises to everyone, rendered without script', async () => {
    const list = await t.http().get('/api/library/exercises');
    expect(list.status).toBe(200);
    expect(list.body.map((e: { slug: string }) => e.slug).sort()).toEqual(['energiemeter', 'plank-ademhaling', 'turflijst-uitgaven']);
    const one = await t.http().get('/api/library/exercises/turflijst-uitgaven').query({ lang: 'en' });
    expect(one.body.title).toBe('Spending tally sheet: where does your money go?');
    expect(one.body.html).toContain('<table>');
    expect((await t.http().get('/api/library/exercises/bestaat-niet')).status).toBe(404);
  });

  describe('in the client languages (issue 17)', () => {
    it('lists the exercises in Turkish where translated, and the untranslated one in Dutch, flagged', async () => {
      const res = await t.http().get('/api/library/exercises').query({ lang: 'tr' });
      expect(res.status).toBe(200);
      const bySlug = new Map((res.body as ExerciseSummary[]).map((e) => [e.slug, e]));
      expect(bySlug.get('energiemeter')).toMatchObject({
        title: 'Enerji ölçer: size ne enerji veriyor, ne enerjinizi alıyor?',
        shownIn: 'tr',
      });
      expect(bySlug.get('turflijst-uitgaven')).toMatchObject({ title: 'Harcama çetelesi: paranız nereye gidiyor?', shownIn: 'tr' });
      expect(bySlug.get('plank-ademhaling')).toMatchObject({
        title: 'Rustig ademen',
        summary: 'Drie minuten rustig ademen.',
        shownIn: 'nl',
      });
    });

    it('shows one exercise in Arabic with its form table, and an untranslated one in Dutch (requested pl, shown nl)', async () => {
      const ar = await t.http().get('/api/library/exercises/turflijst-uitgaven').query({ lang: 'ar' });
      expect(ar.status).toBe(200);
      expect(ar.body).toMatchObject({ title: 'قائمة المصاريف: أين يذهب مالك؟', requested: 'ar', shownIn: 'ar' });
      expect(ar.body.html).toContain('<table>');
      expect(ar.body.html).toContain('المواصلات (باص، بنزين، موقف سيارة)');
      const fallback = await t.http().get('/api/library/exercises/plank-ademhaling').query({ lang: 'pl' });
      expect(fallback.status).toBe(200);
      expect(fallback.body).toMatchObject({ title: 'Rustig ademen', requested: 'pl', shownIn: 'nl' });
      expect(fallback.body.html).toContain('Adem vier tellen in');
      const nl = await t.http().get('/api/library/exercises/energiemeter');
      expect(nl.body).toMatchObject({ title: 'Energiemeter: wat geeft je energie en wat kost het?', requested: 'nl', shownIn: 'nl' });
    });

    it('answers 400 naming lang for a language the library does not know', async () => {
      for (const path of ['/api/library/exercises', '/api/library/exercises/energiemeter']) {
        const res = await t.http().get(path).query({ lang: 'de' });
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.fields)).toEqual(['lang']);
      }
    });

    it("gives the client their shelf in Polish (Dutch, flagged, where there is no translation); the worker's view stays Dutch", async () => {
      const w = await world();
      await share(w.worker, w.caseId, { kind: 'exercise', ref: 'energiemeter' }).expect(200);
      t.clock.advance(60_000);
      await share(w.worker, w.caseId, { kind: 'exercise', ref: 'plank-ademhaling' }).expect(200);
      const res = await t.http().get('/api/library/shelf').query({ lang: 'pl' }).set(bearer(w.client));
      expect(res.status).toBe(200);
      expect((res.body as ShelfItem[]).map((i) => [i.ref, i.title, i.titleLang])).toEqual([
        ['plank-ademhaling', 'Rustig ademen', 'nl'],
        ['energiemeter', 'Miernik energii: co daje ci energię, a co ją zabiera?', 'pl'],
      ]);
      const worker = await t.http().get(`/api/library/shelf/cases/${w.caseId}`).set(bearer(w.worker));
      expect((worker.body as ShelfItem[]).map((i) => [i.title, i.titleLang])).toEqual([
        ['Rustig ademen', 'nl'],
        ['Energiemeter: wat geeft je energie en wat kost het?', 'nl'],
      ]);
    });

    it('keeps the shelf its client’s own in every language: another client sees nothing, a team lead and an admin get 403', async () => {
      const w = await world();
      await share(w.worker, w.caseId, { kind: 'exercise', ref: 'turflijst-uitgaven', note: 'Geheim briefje' }).expect(200);
      expect((await t.http().get('/api/library/shelf').query({ lang: 'ar' }).set(bearer(w.otherClient))).body).toEqual([]);
      for (const who of [w.teamLead, w.admin]) {
        const res = await t.http().get('/api/library/shelf').query({ lang: 'ar' }).set(bearer(who));
        expect(res.status).toBe(403);
        expect(JSON.stringify(res.body)).not.toContain('Geheim');
      }
      const own = await t.http().get('/api/library/shelf').query({ lang: 'ar' }).set(bearer(w.client));
      expect((own.body as ShelfItem[]).map((i) => [i.title, i.titleLang])).toEqual([['قائمة المصاريف: أين يذهب مالك؟', 'ar']]);
    });
  });
});
