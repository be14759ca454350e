import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  CreateSelfTest,
  EditorSelfTest,
  EditorSelfTestSummary,
  SelfTestContent,
  selfTestProblems,
  type EditorSelfTestVersion,
} from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { EditorSelfTestRow, EditorVersionRow, SelfTestEditorRepository } from './self-test-editor.repository';

/** 409 code: publishing or discarding a self-test that has no draft. */
export const SELF_TEST_NO_DRAFT = 'self_test_no_draft';
/** 409 code: a new self-test at an address another one has. */
export const SELF_TEST_SLUG_TAKEN = 'slug_taken';

/**
 * Self-tests as the editors change them: the next version is a draft (saved as often as needed),
 * publishing it makes it the version people take. Published versions stay as they were, so a kept
 * result still reads with its own questions. A draft must score sensibly (bands cover every score
 * once) and advise only published articles; every change is audited.
 */
@Injectable()
export class SelfTestEditorService {
  constructor(
    private readonly repository: SelfTestEditorRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async list(): Promise<EditorSelfTestSummary[]> {
    return (await this.repository.list()).map((r) => ({
      slug: r.slug,
      theme: r.theme,
      title: r.draft_title ?? r.published_title ?? r.slug,
      publishedVersion: r.published_version,
      draftVersion: r.draft_version,
    }));
  }

  async get(slug: string): Promise<EditorSelfTest> {
    const test = await this.existing(slug, this.dataSource.manager);
    const { published, draft } = await this.repository.versions(test.id);
    return { slug: test.slug, theme: test.theme, published: version(published), draft: version(draft) };
  }

  /** A new self-test: its first version is a draft, nobody takes it until it is published. */
  async create(user: AuthUser, input: CreateSelfTest, meta: RequestMeta): Promise<EditorSelfTest> {
    await this.dataSource.transaction(async (db) => {
      await this.assertPublishable(input.content, db);
      const testId = await this.repository.insertTest(input.slug, input.theme, this.clock.now(), db);
      if (!testId)
        throw new ConflictException({
          message: 'Another self-test has this address.',
          code: SELF_TEST_SLUG_TAKEN,
          fields: { slug: ['slug is taken'] },
        });
      await this.repository.insertDraft(testId, input.content, this.clock.now(), db);
      await this.audit.record({ actor: user, action: 'create', resourceType: 'library_self_test', resourceId: testId, ...meta }, db);
    });
    return this.get(input.slug);
  }

  /**
   * Throws the draft away: the published version stays what people take. A new test that was never
   * published goes altogether (the answer then has neither). 409 self_test_no_draft without a draft.
   */
  async discardDraft(user: AuthUser, slug: string, meta: RequestMeta): Promise<EditorSelfTest> {
    const gone = await this.dataSource.transaction(async (db) => {
      const test = await this.existing(slug, db, true);
      const { draft } = await this.repository.versions(test.id, db);
      if (!draft) throw new ConflictException({ message: 'This self-test has no draft.', code: SELF_TEST_NO_DRAFT });
      await this.repository.deleteDraft(draft.id, db);
      const removed = await this.repository.deleteTestWithoutVersions(test.id, db);
      await this.audit.record(
        {
          actor: user,
          action: removed ? 'delete' : 'update',
          resourceType: 'library_self_test',
          resourceId: test.id,
          reason: `discard draft version ${draft.version}`,
          ...meta,
        },
        db,
      );
      return removed ? test : null;
    });
    return gone ? { slug: gone.slug, theme: gone.theme, published: null, draft: null } : this.get(slug);
  }

  async saveDraft(user: AuthUser, slug: string, content: SelfTestContent, meta: RequestMeta): Promise<EditorSelfTest> {
    await this.dataSource.transaction(async (db) => {
      const test = await this.existing(slug, db, true);
      await this.assertPublishable(content, db);
      const { draft } = await this.repository.versions(test.id, db);
      if (draft) await this.repository.updateDraft(draft.id, content, db);
      else await this.repository.insertDraft(test.id, content, this.clock.now(), db);
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'library_self_test', resourceId: test.id, reason: 'draft', ...meta },
        db,
      );
    });
    return this.get(slug);
  }

  async publish(user: AuthUser, slug: string, meta: RequestMeta): Promise<EditorSelfTest> {
    await this.dataSource.transaction(async (db) => {
      const test = await this.existing(slug, db, true);
      const { draft } = await this.repository.versions(test.id, db);
      if (!draft) throw new ConflictException({ message: 'This self-test has no draft to publish.', code: SELF_TEST_NO_DRAFT });
      // An advised article may have gone offline since the draft was saved.
      await this.assertPublishable(draft.definition, db);
      await this.repository.publish(draft.id, this.clock.now(), db);
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'library_self_test',
          resourceId: test.id,
          reason: `publish version ${draft.version}`,
          ...meta,
        },
        db,
      );
    });
    return this.get(slug);
  }

  private async assertPublishable(content: SelfTestContent, db: EntityManager): Promise<void> {
    const problems = selfTestProblems(content);
    const advised = content.bands.flatMap((b) => b.steps.flatMap((s) => (s.kind === 'article' ? [s.slug] : [])));
    const known = await this.repository.publishedArticles(advised, db);
    problems.push(...advised.filter((s) => !known.has(s)).map((s) => `advises article ${s}, which is not published`));
    if (problems.length) throw new BadRequestException({ message: `content ${problems[0]}`, fields: { content: problems } });
  }

  private async existing(slug: string, db: EntityManager, lock = false): Promise<EditorSelfTestRow> {
    const test = await this.repository.test(slug, db, lock);
    if (!test) throw new NotFoundException({ message: 'There is no self-test at this address.', code: 'library.no_self_test' });
    return test;
  }
}

function version(row: EditorVersionRow | null): EditorSelfTestVersion | null {
  return row ? { version: row.version, content: row.definition } : null;
}
