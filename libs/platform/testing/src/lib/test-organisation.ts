import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

export interface TestOrganisation {
  organisationId: string;
  /** The first financier (every client needs one). */
  financierId: string;
  /** The first team. */
  teamId: string;
  financierIds: Record<string, string>;
  teamIds: Record<string, string>;
}

export interface MakeOrganisationOptions {
  name?: string;
  financiers?: string[];
  teams?: string[];
}

/**
 * An organisation of its own for one test, with financiers and teams: whatever the test does
 * (duty queues, caseloads, team leads, escalations) stays inside it, so a test neither sees nor
 * depends on what another test made in the same database. No service creates organisations (the
 * seed and the operator do), so the rows are written as the demo seed writes them.
 */
export async function makeOrganisation(t: TestApp, options: MakeOrganisationOptions = {}): Promise<TestOrganisation> {
  const suffix = randomBytes(5).toString('hex');
  return t.dataSource.transaction(async (db) => {
    const [org] = await db.query(`INSERT INTO organisation (name, slug) VALUES ($1, $2) RETURNING id`, [
      options.name ?? `Test MW ${suffix}`,
      `test-${suffix}`,
    ]);
    const financierIds: Record<string, string> = {};
    for (const name of options.financiers ?? ['Leiden']) {
      financierIds[name] = (
        await db.query(`INSERT INTO financier (organisation_id, name) VALUES ($1, $2) RETURNING id`, [org.id, name])
      )[0].id;
    }
    const teamIds: Record<string, string> = {};
    for (const name of options.teams ?? ['Team Leiden']) {
      teamIds[name] = (await db.query(`INSERT INTO team (organisation_id, name) VALUES ($1, $2) RETURNING id`, [org.id, name]))[0].id;
    }
    return {
      organisationId: org.id,
      financierId: Object.values(financierIds)[0],
      teamId: Object.values(teamIds)[0],
      financierIds,
      teamIds,
    };
  });
}
