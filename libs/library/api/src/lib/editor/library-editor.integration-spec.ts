import { IdentityModule } from '@nabij/identity/api';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { EditorArticle, MissedSearch, SaveArticle } from '@nabij/library/contracts';
import { bearer, createTestApp, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { randomBytes } from 'node:crypto';
import { LibraryModule } from '../library.module';

jest.setTimeout(120_000);

/** Editing the shared library: admins write, preview, publish and take back articles; searches that found nothing. */
describe('library editors', () => {
  let t: TestApp;
  let admin: TestAccount;
  let otherAdmin: TestAccount;
  let others: Record<'worker' | 'teamLead' | 'client', TestAccount>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule, LibraryModule] });
    const org = await makeOrganisation(t);
    const second = await makeOrganisation(t);
    const staff = { organisationId: org.organisationId, teamId: org.teamId };
    admin = await makeAdmin(t, staff);
    otherAdmin = await makeAdmin(t, { organisationId: second.organisationId, teamId: second.teamId });
    others = {
      worker: await makeWorker(t, staff),
      teamLead: await makeTeamLead(t, staff),
      client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    };
  }, 180_000);
  afterAll(() => t.close());

  /** An article of its own per test: a unique slug and a made-up word to search for. */
  function draft(word = `zoekwoord${randomBytes(3).toString('hex')}`): SaveArticle {
    return {
      slug: `test-${randomBytes(4).toString('hex')}`,
      theme: 'money',
      audiences: ['adults'],
      nl: {
        title: `Rekeningen en ${word}`,
        summary: 'Wat je doet als je rekeningen niet kunt betalen.',
        body: `## Begin hier\n\nOpen je post. ${word}.`,
      },
      en: {
        title: `Bills and ${word}`,
        summary: 'What to do when you cannot pay your bills.',
        body: `## Start here\n\nOpen your post. ${word}.`,
      },
    };
  }

  const create = (who: TestAccount, body: object) => t.http().post('/api/library/editor/articles').set(bearer(who)).send(body);

  it('makes a draft that the public does not see; publishing shows it and makes it searchable, taking it back hides it', async () => {
    const word = `zoekwoord${randomBytes(3).toString('hex')}`;
    const input = draft(word);
    const res = await create(admin, input);
    expect(res.status).toBe(201);
    const article = res.body as EditorArticle;
    expect(article).toMatchObject({ slug: input.slug, status: 'draft', publishedAt: null, nl: input.nl });
    expect((await t.http().get(`/api/library/articles/${input.slug}`)).status).toBe(404);

    const published = await t.http().post(`/api/library/editor/articles/${article.id}/publish`).set(bearer(admin));
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const page = await t.http().get(`/api/library/articles/${input.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.html).toContain('<h2>Begin hier</h2>');
    const found = await t.http().get('/api/library/search').query({ q: word });
    expect(found.body.hits.map((h: { ref: string }) => h.ref)).toEqual([input.slug]);

    await t.http().post(`/api/library/editor/articles/${article.id}/unpublish`).set(bearer(admin)).expect(200);
    expect((await t.http().get(`/api/library/articles/${input.slug}`)).status).toBe(404);
    const audit = await t.dataSource.query(
      `SELECT action, reason FROM audit_entry WHERE actor_id = $1 AND resource_id = $2 ORDER BY occurred_at, reason NULLS FIRST`,
      [admin.id, article.id],
    );
    expect(audit.map((a: { action: string; reason: string | null }) => `${a.action}:${a.reason ?? ''}`).sort()).toEqual(
      ['create:', 'update:publish', 'update:unpublish'].sort(),
    );
  });

  it('keeps the public page of a published article unchanged until its draft is published, and lists it as changed', async () => {
    const { body: article } = await create(admin, draft());
    await t.http().post(`/api/library/editor/articles/${article.id}/publish`).set(bearer(admin)).expect(200);
    const word = `nieuwwoord${randomBytes(3).toString('hex')}`;
    const changed = { ...draft(word), slug: article.slug };
    const res = await t.http().put(`/api/library/editor/articles/${article.id}`).set(bearer(admin)).send(changed);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', hasDraft: true, nl: changed.nl });
    const before = await t.http().get(`/api/library/articles/${article.slug}`);
    expect(before.body.title).toBe(article.nl.title);
    expect((await t.http().get('/api/library/search').query({ q: word })).body.hits).toEqual([]);
    const list = await t.http().get('/api/library/editor/articles').set(bearer(otherAdmin));
    expect(list.status).toBe(200);
    expect(list.body.find((a: { id: string }) => a.id === article.id)).toMatchObject({
      status: 'published',
      hasDraft: true,
      title: changed.nl.title,
    });

    const published = await t.http().post(`/api/library/editor/articles/${article.id}/publish`).set(bearer(admin));
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', hasDraft: false, nl: changed.nl });
    expect((await t.http().get(`/api/library/articles/${article.slug}`)).body.title).toBe(changed.nl.title);
    const found = await t.http().get('/api/library/search').query({ q: word });
    expect(found.body.hits.map((h: { ref: string }) => h.ref)).toEqual([article.slug]);
  });

  it('discards the draft of a published article: the public text stays, a second discard is 409 article_no_draft', async () => {
    const { body: article } = await create(admin, draft());
    await t.http().post(`/api/library/editor/articles/${article.id}/publish`).set(bearer(admin)).expect(200);
    const changed = { ...draft(), slug: `${article.slug}-nieuw` };
    await t.http().put(`/api/library/editor/articles/${article.id}`).set(bearer(admin)).send(changed).expect(200);
    // The draft's new address is reserved: another article cannot take it meanwhile.
    const taken = await create(admin, { ...draft(), slug: changed.slug });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('slug_taken');

    const discarded = await t.http().delete(`/api/library/editor/articles/${article.id}/draft`).set(bearer(admin));
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ status: 'published', hasDraft: false, slug: article.slug, nl: article.nl });
    expect((await t.http().get(`/api/library/articles/${article.slug}`)).body.title).toBe(article.nl.title);
    expect((await t.http().get(`/api/library/articles/${changed.slug}`)).status).toBe(404);
    const again = await t.http().delete(`/api/library/editor/articles/${article.id}/draft`).set(bearer(admin));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('article_no_draft');
    const audit = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE actor_id = $1 AND resource_id = $2 AND reason LIKE '%draft'`,
      [admin.id, article.id],
    );
    expect(audit.map((a: { reason: string }) => a.reason).sort()).toEqual(['discard draft', 'draft']);
  });

  it('changes an article nobody reads in place: no draft beside a never-published one', async () => {
    const { body: article } = await create(admin, draft());
    const changed = { ...draft(), slug: article.slug };
    const res = await t.http().put(`/api/library/editor/articles/${article.id}`).set(bearer(admin)).send(changed);
    expect(res.body).toMatchObject({ status: 'draft', hasDraft: false, nl: changed.nl });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_article_draft WHERE article_id = $1`, [article.id]);
    expect(n).toBe(0);
  });

  it('previews Markdown as the public page would show it, without script', async () => {
    const res = await t
      .http()
      .post('/api/library/editor/preview')
      .set(bearer(admin))
      .send({ markdown: '## Kop\n\n<script>alert(1)</script> [klik](javascript:alert(1))' });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('<h2>Kop</h2>');
    expect(res.body.html).not.toContain('<script');
    expect(res.body.html).not.toContain('href="javascript:');
  });

  it.each(['worker', 'teamLead', 'client'] as const)('refuses a %s every editor route: 403', async (role) => {
    const who = others[role];
    const { body: article } = await create(admin, draft());
    expect((await t.http().get('/api/library/editor/articles').set(bearer(who))).status).toBe(403);
    expect((await t.http().get(`/api/library/editor/articles/${article.id}`).set(bearer(who))).status).toBe(403);
    expect((await create(who, draft())).status).toBe(403);
    expect((await t.http().put(`/api/library/editor/articles/${article.id}`).set(bearer(who)).send(draft())).status).toBe(403);
    expect((await t.http().post(`/api/library/editor/articles/${article.id}/publish`).set(bearer(who))).status).toBe(403);
    expect((await t.http().delete(`/api/library/editor/articles/${article.id}/draft`).set(bearer(who))).status).toBe(403);
    expect((await t.http().get('/api/library/editor/missed-searches').set(bearer(who))).status).toBe(403);
    expect((await t.http().get(`/api/library/editor/articles/${article.id}`).set(bearer(admin))).body.status).toBe('draft');
  });

  it('answers 404 for an unknown id and 400 for one that is not a uuid', async () => {
    expect(
      (await t.http().post('/api/library/editor/articles/00000000-0000-4000-8000-000000000000/publish').set(bearer(admin))).status,
    ).toBe(404);
    expect(
      (await t.http().delete('/api/library/editor/articles/00000000-0000-4000-8000-000000000000/draft').set(bearer(admin))).status,
    ).toBe(404);
    expect((await t.http().get('/api/library/editor/articles/geen-id').set(bearer(admin))).status).toBe(400);
  });

  it('refuses a slug another article has: 409 slug_taken, nothing changed', async () => {
    const { body: first } = await create(admin, draft());
    const res = await create(admin, { ...draft(), slug: first.slug });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('slug_taken');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_article WHERE slug = $1`, [first.slug]);
    expect(n).toBe(1);
  });

  it.each([
    ['slug', 'with spaces', (a: SaveArticle) => ({ ...a, slug: 'Met Spaties' })],
    ['theme', 'unknown', (a: SaveArticle) => ({ ...a, theme: 'koken' })],
    ['audiences', 'empty', (a: SaveArticle) => ({ ...a, audiences: [] })],
    ['audiences', 'a group twice', (a: SaveArticle) => ({ ...a, audiences: ['adults', 'adults'] })],
    ['nl.title', 'only spaces', (a: SaveArticle) => ({ ...a, nl: { ...a.nl, title: '  ' } })],
    ['en.body', '50,001 characters', (a: SaveArticle) => ({ ...a, en: { ...a.en, body: 'x'.repeat(50_001) } })],
    ['nl.body', 'a snippet marker', (a: SaveArticle) => ({ ...a, nl: { ...a.nl, body: 'Een ⟦ teken' } })],
  ])('answers 400 naming %s (%s) and stores nothing', async (field, _, change) => {
    const input = change(draft()) as SaveArticle;
    const res = await create(admin, input);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual([field]);
    if (typeof input.slug === 'string') {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM library_article WHERE slug = $1`, [input.slug]);
      expect(n).toBe(0);
    }
  });

  it('counts the readings of published articles for "meest gelezen" (a draft or unknown address counts nothing)', async () => {
    const { body: read } = await create(admin, draft());
    const { body: hidden } = await create(admin, draft());
    await t.http().post(`/api/library/editor/articles/${read.id}/publish`).set(bearer(admin)).expect(200);
    for (let i = 0; i < 3; i++) await t.http().get(`/api/library/articles/${read.slug}`).expect(200);
    await t.http().get(`/api/library/articles/${hidden.slug}`).expect(404);
    const res = await t.http().get('/api/library/editor/most-read').set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.find((a: { slug: string }) => a.slug === read.slug)).toEqual({
      slug: read.slug,
      title: read.nl.title,
      theme: 'money',
      reads: 3,
    });
    expect(res.body.find((a: { slug: string }) => a.slug === hidden.slug)).toBeUndefined();
    // 30 days later those readings no longer count.
    t.clock.advance(31 * 86_400_000);
    const later = await t.http().get('/api/library/editor/most-read').set(bearer(admin));
    expect(later.body.find((a: { slug: string }) => a.slug === read.slug)).toBeUndefined();
    expect((await t.http().get('/api/library/editor/most-read').set(bearer(others.worker))).status).toBe(403);
  });

  it('counts searches that found nothing (the words, lowercased) for editors', async () => {
    const word = `onvindbaar${randomBytes(3).toString('hex')}`;
    await t
      .http()
      .get('/api/library/search')
      .query({ q: `  ${word.toUpperCase()} ` })
      .expect(200);
    await t.http().get('/api/library/search').query({ q: word }).expect(200);
    const res = await t.http().get('/api/library/editor/missed-searches').set(bearer(admin));
    expect(res.status).toBe(200);
    expect((res.body as MissedSearch[]).find((m) => m.query === word)).toMatchObject({
      lang: 'nl',
      count: 2,
      lastAt: t.clock.now().toISOString(),
    });
  });
});
