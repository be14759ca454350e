import { ConflictException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OrganisationRecordsRepository } from './organisation-records.repository';

export interface NewFinancier {
  name: string;
  reportName?: string | null;
  socialTeam?: { name: string; phone?: string | null; url?: string | null } | null;
  /** Inclusive four-digit ranges. */
  areas: Array<[from: number, to: number]>;
}

/**
 * Creates an organisation with its financiers and service areas, in the caller's transaction (the
 * organisation domain sets up the teams and the first admin in the same one).
 */
@Injectable()
export class OrganisationRecordsService {
  constructor(private readonly repository: OrganisationRecordsRepository) {}

  async create(db: EntityManager, organisation: { name: string; slug: string; financiers: NewFinancier[] }): Promise<string> {
    // Two setups at once: the second waits here and then sees what the first made.
    await this.repository.lockSetups(db);
    if (await this.repository.slugTaken(db, organisation.slug))
      throw new ConflictException({ message: `An organisation with slug "${organisation.slug}" exists already.`, code: 'slug_taken' });
    const ranges = organisation.financiers.flatMap((f) => f.areas);
    const overlap = await this.repository.servedElsewhere(db, ranges);
    if (overlap.length > 0) {
      const first = overlap[0];
      throw new ConflictException({
        message: `Postcodes ${first.from}-${first.to} are served by ${first.organisation} already; a postcode may belong to one organisation only.`,
        code: 'postcodes_served_elsewhere',
      });
    }
    const organisationId = await this.repository.insertOrganisation(db, organisation.name, organisation.slug);
    for (const f of organisation.financiers) {
      const financierId = await this.repository.insertFinancier(db, organisationId, {
        name: f.name,
        reportName: f.reportName ?? null,
        socialTeamName: f.socialTeam?.name ?? null,
        socialTeamPhone: f.socialTeam?.phone ?? null,
        socialTeamUrl: f.socialTeam?.url ?? null,
      });
      for (const [from, to] of f.areas) await this.repository.insertServiceArea(db, financierId, from, to);
    }
    return organisationId;
  }
}
