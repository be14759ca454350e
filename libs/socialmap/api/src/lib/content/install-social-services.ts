import type { EntityManager } from 'typeorm';
import { SocialMapRepository, SocialServiceInput } from '../socialmap.repository';

/** Writes services for an organisation through the domain's own SQL (demo seed, tests), in `db`'s transaction. */
export async function installSocialServices(
  db: EntityManager,
  organisationId: string,
  services: SocialServiceInput[],
  options: { now: Date },
): Promise<string[]> {
  const repository = new SocialMapRepository(db.connection);
  const ids: string[] = [];
  for (const service of services) ids.push(await repository.insert(db, organisationId, service, options.now));
  return ids;
}
