import type { TestApp } from '@nabij/platform/testing';
import { installSocialServices } from '../content/install-social-services';
import type { SocialServiceInput } from '../socialmap.repository';

/** A local service for a test; override what the test is about. */
export function testService(overrides: Partial<SocialServiceInput> = {}): SocialServiceInput {
  return {
    providerName: 'Testdienst',
    name: 'Hulp voor een test',
    description: 'Een dienst die alleen in een test bestaat.',
    categories: ['daytime'],
    audience: 'Iedereen',
    municipality: 'Leiden',
    referral: 'self',
    servedAreas: [2312],
    locationPc4: 2312,
    ...overrides,
  };
}

/** Installs services through the same code as the demo seed, at the test clock's time. */
export function installServices(t: TestApp, organisationId: string, services: SocialServiceInput[]): Promise<string[]> {
  return t.dataSource.transaction((db) => installSocialServices(db, organisationId, services, { now: t.clock.now() }));
}
