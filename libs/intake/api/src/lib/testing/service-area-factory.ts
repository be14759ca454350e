import type { ServiceArea } from '@nabij/intake/contracts';
import type { AuthUser } from '@nabij/platform/api';
import type { TestApp } from '@nabij/platform/testing';
import { ServiceAreasService } from '../service-areas.service';

/**
 * Postcode ranges (four digits, inclusive) served by a financier, made the way the admin's editor
 * makes them (ServiceAreasService.create: own-organisation check, audit entry).
 */
export async function makeServiceAreas(
  t: TestApp,
  admin: AuthUser,
  financierId: string,
  ranges: Array<[from: number, to: number]>,
): Promise<ServiceArea[]> {
  const areas: ServiceArea[] = [];
  for (const [postcodeFrom, postcodeTo] of ranges) {
    areas.push(await t.app.get(ServiceAreasService).create(admin, { financierId, postcodeFrom, postcodeTo }));
  }
  return areas;
}
