import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  EditorSelfTest,
  EditorSelfTestSummary,
  SelfTestContent,
  selfTestProblems,
  type EditorSelfTestVersion,
} from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { EditorSelfTestRow, EditorVersionRow, SelfTestEditorRepository } from './self-test-editor.repository';

/** 409 code: publishing a self-test that has no draft. */
export const SELF_TEST_NO_DRAFT = 'self_test_no_draft';

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
    if (!test) throw new NotFoundException('There is no self-test at this address.');
    return test;
  }
}

function version(row: EditorVersionRow | null): EditorSelfTestVersion | null {
  return row ? { version: row.version, content: row.definition } : null;
}
