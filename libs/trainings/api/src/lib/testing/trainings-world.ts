import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { ASSERTIVENESS_COURSE } from '../content/assertiveness-course';
import { installCourse, InstalledCourse } from '../content/install-course';

type Who = 'client' | 'worker' | 'teamLead' | 'admin' | 'otherClient' | 'otherWorker';

/** An organisation with the assertiveness course (the worker is its trainer) and the people around it. */
export interface TrainingsWorld {
  orgId: string;
  financierId: string;
  teamId: string;
  course: InstalledCourse;
  ids: Record<Who, string>;
  accounts: Record<Who, TestAccount>;
}

/**
 * An organisation of its own with the course installed the way the demo installs it (through the
 * trainings content code, not the whole demo), its trainer, a client, another client and worker,
 * a team lead and an admin. Cases are left to the spec: who is in whose caseload is what it tests.
 */
export async function makeTrainingsWorld(t: TestApp): Promise<TrainingsWorld> {
  const org = await makeOrganisation(t);
  const staff = { organisationId: org.organisationId, teamId: org.teamId };
  const client = { organisationId: org.organisationId, financierId: org.financierId };
  const accounts: Record<Who, TestAccount> = {
    client: await makeClient(t, { ...client, name: 'Sanne de Vries' }),
    worker: await makeWorker(t, { ...staff, name: 'Youssef Amrani', canTrain: true }),
    teamLead: await makeTeamLead(t, staff),
    admin: await makeAdmin(t, staff),
    otherClient: await makeClient(t, { ...client, name: 'Andere Deelnemer' }),
    otherWorker: await makeWorker(t, { ...staff, name: 'Andere Hulpverlener' }),
  };
  const course = await t.dataSource.transaction((db) =>
    installCourse(db, ASSERTIVENESS_COURSE, { organisationId: org.organisationId, trainerId: accounts.worker.id, now: t.clock.now() }),
  );
  const ids = Object.fromEntries(Object.entries(accounts).map(([who, a]) => [who, a.id])) as Record<Who, string>;
  return { orgId: org.organisationId, financierId: org.financierId, teamId: org.teamId, course, ids, accounts };
}
