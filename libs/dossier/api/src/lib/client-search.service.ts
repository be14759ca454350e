import { Injectable } from '@nestjs/common';
import type { ClientSearchResult } from '@nabij/dossier/contracts';
import { AuditService, AuthUser, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/** The most clients one search returns. */
export const CLIENT_SEARCH_LIMIT = 20;

/** `%`, `_` and `\` match literally in the search. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface ClientRow {
  id: string;
  name: string | null;
  email: string;
  birth_date: string | null;
  financier_name: string | null;
  has_open_case: boolean;
}

/**
 * Finding a client of the own organisation to open a case for. Returns account data only (never
 * anything from a dossier), and every search is audited (without a client id: it is a search, not
 * a read of one client's data).
 */
@Injectable()
export class ClientSearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async search(user: AuthUser, query: string, meta: RequestMeta): Promise<ClientSearchResult[]> {
    if (!user.organisationId) return [];
    return this.dataSource.transaction(async (db) => {
      const pattern = `%${escapeLike(query)}%`;
      const rows: ClientRow[] = await db.query(
        `SELECT a.id, a.name, a.email, to_char(a.birth_date, 'YYYY-MM-DD') AS birth_date, f.name AS financier_name,
                EXISTS (SELECT 1 FROM care_case c WHERE c.client_id = a.id AND c.organisation_id = a.organisation_id AND c.closed_on IS NULL) AS has_open_case
           FROM account a
           LEFT JOIN financier f ON f.id = a.financier_id
          WHERE a.role = 'client' AND a.organisation_id = $1
            AND (a.name ILIKE $2 ESCAPE '\\' OR a.email ILIKE $2 ESCAPE '\\')
          ORDER BY a.name NULLS LAST, a.email, a.id
          LIMIT ${CLIENT_SEARCH_LIMIT}`,
        [user.organisationId, pattern],
      );
      await this.audit.record(
        { actor: user, action: 'read', resourceType: 'client_search', reason: `${rows.length} result(s)`, ...meta },
        db,
      );
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        birthDate: r.birth_date,
        financierName: r.financier_name,
        hasOpenCase: r.has_open_case,
      }));
    });
  }
}
