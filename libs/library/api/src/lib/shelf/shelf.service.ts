import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService, type CaseRef } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import type { ContentLang, Exercise, ExerciseSummary, SaveArticleToShelf, ShareShelfItem, ShelfItem } from '@nabij/library/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { renderMarkdown } from '../markdown';
import { NewShelfItem, ShelfRepository, ShelfRow } from './shelf.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Mijn bibliotheek": the case's worker shares articles, exercises and documents of the case into
 * the client's shelf; the client reads them, marks them read and saves public articles there too.
 * A shelf is its client's only: another client's item is a 404, a worker sees a client's shelf only
 * through a case assigned to them (else 404), and every such read is in the audit log.
 */
@Injectable()
export class ShelfService {
  constructor(
    private readonly repository: ShelfRepository,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async mine(client: AuthUser, lang: ContentLang): Promise<ShelfItem[]> {
    return this.view(await this.repository.itemsOf(client.id, lang));
  }

  /** What was shared with the case's client (not what the client saved for themselves); the read is logged. */
  async ofCase(worker: AuthUser, caseId: string, meta: RequestMeta): Promise<ShelfItem[]> {
    const careCase = await this.caseOf(worker, caseId);
    const items = await this.view(await this.repository.itemsOf(careCase.clientId, 'nl', true));
    await this.audit.record({
      actor: worker,
      action: 'read',
      resourceType: 'library_shelf',
      resourceId: careCase.id,
      clientId: careCase.clientId,
      ...meta,
    });
    return items;
  }

  async share(worker: AuthUser, caseId: string, input: ShareShelfItem, meta: RequestMeta): Promise<ShelfItem[]> {
    const careCase = await this.caseOf(worker, caseId);
    if (careCase.closedOn)
      throw new ConflictException({ message: 'This case is closed: nothing can be shared in it.', code: 'case_closed' });
    const base = { clientId: careCase.clientId, sharedBy: worker.id, note: input.note?.trim() || null, at: this.clock.now() };
    const item: NewShelfItem = { ...base, kind: input.kind, caseId: careCase.id, ...(await this.target(input, careCase)) };
    await this.dataSource.transaction(async (db) => {
      const id = await this.repository.put(item, db);
      await this.audit.record(
        {
          actor: worker,
          action: 'create',
          resourceType: 'library_shelf_item',
          resourceId: id,
          clientId: careCase.clientId,
          reason: `shared ${input.kind} ${input.ref}`,
          ...meta,
        },
        db,
      );
    });
    return this.ofCase(worker, caseId, meta);
  }

  async saveArticle(client: AuthUser, input: SaveArticleToShelf, lang: ContentLang): Promise<ShelfItem[]> {
    const articleId = await this.repository.publishedArticleId(input.slug);
    if (!articleId) throw fieldError('slug', 'slug must be the address of a published article');
    await this.dataSource.transaction((db) =>
      this.repository.put(
        { clientId: client.id, kind: 'article', articleId, caseId: null, sharedBy: null, note: null, at: this.clock.now() },
        db,
      ),
    );
    return this.mine(client, lang);
  }

  async markRead(client: AuthUser, id: string): Promise<void> {
    if (!(await this.repository.markRead(client.id, id, this.clock.now())))
      throw new NotFoundException({ message: 'There is no item with this id on your shelf.', code: 'library.no_item_shelf' });
  }

  exercises(lang: ContentLang): Promise<ExerciseSummary[]> {
    return this.repository.exercises(lang);
  }

  async exercise(lang: ContentLang, slug: string): Promise<Exercise> {
    const row = await this.repository.exercise(lang, slug);
    if (!row) throw new NotFoundException({ message: 'There is no exercise at this address.', code: 'library.no_exercise_address' });
    const { body, ...summary } = row;
    return { ...summary, requested: lang, html: renderMarkdown(body) };
  }

  /** The worker's own case (open or closed) in their organisation; anything else is a 404. */
  private async caseOf(worker: AuthUser, caseId: string): Promise<CaseRef> {
    const careCase = await this.cases.caseOfWorker(caseId, worker.id, worker.organisationId);
    if (!careCase)
      throw new NotFoundException({ message: 'There is no case with this id in your caseload.', code: 'library.no_case_caseload' });
    return careCase;
  }

  private async target(input: ShareShelfItem, careCase: CaseRef): Promise<Pick<NewShelfItem, 'articleId' | 'exerciseId' | 'documentId'>> {
    if (input.kind === 'article') {
      const articleId = await this.repository.publishedArticleId(input.ref);
      if (!articleId) throw fieldError('ref', 'ref must be the address of a published article');
      return { articleId };
    }
    if (input.kind === 'exercise') {
      const exerciseId = await this.repository.exerciseId(input.ref);
      if (!exerciseId) throw fieldError('ref', 'ref must be the address of an exercise');
      return { exerciseId };
    }
    // A document of another case (or none at all) is refused alike.
    const document = UUID.test(input.ref) ? (await this.cases.documentsByIds([input.ref])).get(input.ref) : undefined;
    if (!document || document.caseId !== careCase.id) throw fieldError('ref', 'ref must be the id of a document of this case');
    return { documentId: document.id };
  }

  private async view(rows: ShelfRow[]): Promise<ShelfItem[]> {
    const documents = await this.cases.documentsByIds(rows.flatMap((r) => (r.document_id ? [r.document_id] : [])));
    const names = await this.accounts.namesByIds(rows.map((r) => r.shared_by));
    return rows.flatMap((r) => {
      const document = r.document_id ? documents.get(r.document_id) : null;
      // A document removed from the dossier leaves nothing to open.
      if (r.document_id && !document) return [];
      return [
        {
          id: r.id,
          kind: r.kind,
          ref: r.slug ?? (r.document_id as string),
          caseId: r.case_id,
          title: document?.fileName ?? r.title ?? '',
          titleLang: document ? null : r.title_lang,
          note: r.note,
          sharedBy: r.shared_by ? (names.get(r.shared_by) ?? null) : null,
          savedByClient: r.shared_by === null,
          sharedAt: r.shared_at.toISOString(),
          readAt: r.read_at?.toISOString() ?? null,
        },
      ];
    });
  }
}

function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: { [field]: [message] } });
}
