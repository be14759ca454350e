import { Injectable } from '@nestjs/common';
import type { ClientSearchResult } from '@nabij/dossier/contracts';
import { AuditService, AuthUser, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { CasesRepository } from './cases.repository';

/** The most clients one search returns. */
export const CLIENT_SEARCH_LIMIT = 20;

/**
 * Finding a client of the own organisation to open a case for. Returns account data only (never
 * anything from a dossier), and every search is audited (without a client id: it is a search, not
 * a read of one client's data).
 */
@Injectable()
export class ClientSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly audit: AuditService,
  ) {}

  async search(user: AuthUser, query: string, meta: RequestMeta): Promise<ClientSearchResult[]> {
    const organisationId = user.organisationId;
    if (!organisationId) return [];
    return this.dataSource.transaction(async (db) => {
      const rows = await this.cases.searchClients(db, organisationId, query, CLIENT_SEARCH_LIMIT);
      await this.audit.record(
        { actor: user, action: 'read', resourceType: 'client_search', reason: `${rows.length} result(s)`, ...meta },
        db,
      );
      return rows;
    });
  }
}
