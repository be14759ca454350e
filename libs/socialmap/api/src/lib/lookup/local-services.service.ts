import { Injectable } from '@nestjs/common';
import type { SocialServiceHit } from '@nabij/socialmap/contracts';
import { PC4_CENTROIDS } from '../pc4-centroids';
import { SocialMapRepository } from '../socialmap.repository';
import { toHit } from '../socialmap.service';

/** How many places the postcode gate lists from a municipality's map: enough to choose, few enough to read. */
export const LOCAL_SERVICES_MAX = 6;

/**
 * The social map of one postcode area for other domains: the services that name this four-digit area
 * among the areas they serve (a municipality's own services, not the national lines), nearest first.
 * Intake's postcode gate shows them to someone whose postcode Nabij does not serve.
 */
@Injectable()
export class LocalServicesService {
  constructor(private readonly repository: SocialMapRepository) {}

  async servingArea(pc4: number, limit = LOCAL_SERVICES_MAX): Promise<SocialServiceHit[]> {
    const hits = (await this.repository.servingArea(pc4)).map((row) => toHit(row, pc4));
    if (PC4_CENTROIDS[pc4] !== undefined) hits.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
    return hits.slice(0, limit);
  }
}
