import { Injectable } from '@nestjs/common';
import type { ClientSearchResult } from '@nabij/dossier/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, OrganisationNames, readsTogether, RequestMeta } from '@nabij/platform/api';
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
    private readonly accounts: AccountDirectoryService,
    private readonly organisations: OrganisationNames,
  ) {}

  async search(user: AuthUser, query: string, meta: RequestMeta): Promise<ClientSearchResult[]> {
    const organisationId = user.organisationId;
    if (!organisationId) return [];
    return this.dataSource.transaction(async (db) => {
      // The accounts come from identity's directory; whether each is in care and the financier's name are the dossier's.
      const matches = await this.accounts.searchClients(organisationId, query, CLIENT_SEARCH_LIMIT, db);
      const ids = matches.map((m) => m.id);
      const [inCare, financiers] = await readsTogether(db, [
        () => this.cases.clientsWithOpenCase(db, organisationId, ids),
        () =>
          this.organisations.financierNamesByIds(
            matches.map((m) => m.financierId),
            db,
          ),
      ] as const);
      const rows: ClientSearchResult[] = matches.map((m) => ({
        id: m.id,
        name: m.name,
        email: m.email,
        birthDate: m.birthDate,
        financierName: m.financierId ? (financiers.get(m.financierId) ?? null) : null,
        hasOpenCase: inCare.has(m.id),
      }));
      await this.audit.record(
        { actor: user, action: 'read', resourceType: 'client_search', reason: `${rows.length} result(s)`, ...meta },
        db,
      );
      return rows;
    });
  }
}
