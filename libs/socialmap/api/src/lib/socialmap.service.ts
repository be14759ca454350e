import { Injectable } from '@nestjs/common';
import { SOCIAL_MAP_MAX_RESULTS } from '@nabij/socialmap/contracts';
import type { SocialMapQuery, SocialMapSearchResponse, SocialService, SocialServiceHit } from '@nabij/socialmap/contracts';
import { PC4_CENTROIDS, pc4DistanceKm } from './pc4-centroids';
import { SocialMapRepository, SocialServiceRow } from './socialmap.repository';

/**
 * Public search on the social map: by need text, category and postcode. With a postcode whose area
 * centre is known, the nearest service comes first (national lines, which have no place, after the
 * local ones); without one, the best text match first.
 */
@Injectable()
export class SocialMapService {
  constructor(private readonly repository: SocialMapRepository) {}

  async search(query: SocialMapQuery): Promise<SocialMapSearchResponse> {
    const q = query.q?.trim() || null;
    const pc4 = query.postcode ? Number(query.postcode.trim().slice(0, 4)) : null;
    const pc4Known = pc4 !== null && PC4_CENTROIDS[pc4] !== undefined;
    const rows = await this.repository.search({ q, category: query.category ?? null });
    const hits = rows.map((row) => toHit(row, pc4));
    if (pc4Known) {
      // A stable sort: equal distances keep the text rank of the query.
      hits.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
    }
    return { pc4, pc4Known, hits: hits.slice(0, SOCIAL_MAP_MAX_RESULTS) };
  }
}

export function toService(row: SocialServiceRow): SocialService {
  return {
    id: row.id,
    providerName: row.provider_name,
    name: row.name,
    description: row.description,
    categories: row.categories,
    audience: row.audience,
    municipality: row.municipality,
    address: row.address,
    openingHours: row.opening_hours,
    phone: row.phone,
    website: row.website,
    referral: row.referral,
    servedAreas: row.served_areas,
    demo: row.demo,
  };
}

export function toHit(row: SocialServiceRow, pc4: number | null): SocialServiceHit {
  const distance = pc4 !== null && row.location_pc4 !== null ? pc4DistanceKm(pc4, row.location_pc4) : null;
  return {
    ...toService(row),
    distanceKm: distance === null ? null : Math.round(distance * 10) / 10,
    servesPostcode: pc4 === null ? null : row.served_areas.length === 0 || row.served_areas.includes(pc4),
  };
}
