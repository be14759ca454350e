import { installSocialServices, SOCIAL_SERVICES } from '@nabij/socialmap/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/** The social map of the demo region (Leiden and around, Alphen, Gouda), kept by the demo organisation's admin. */
export async function seedSocialMapDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  await installSocialServices(db, ctx.organisationId, SOCIAL_SERVICES, { now: new Date() });
}
