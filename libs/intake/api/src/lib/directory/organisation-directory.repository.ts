import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The reads of `organisation` and `financier` that other domains ask for, ids as arrays. */
@Injectable()
export class OrganisationDirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  organisations(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Array<{ id: string; name: string }>> {
    return manager.query(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async financiers(
    ids: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ id: string; name: string; organisationId: string }>> {
    return manager.query(`SELECT id, name, organisation_id AS "organisationId" FROM financier WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async organisationIdBySlug(slug: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT id FROM organisation WHERE slug = $1', [slug]);
    return row?.id ?? null;
  }

  async firstTwoOrganisationIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM organisation ORDER BY created_at LIMIT 2');
    return rows.map((r) => r.id);
  }
}
