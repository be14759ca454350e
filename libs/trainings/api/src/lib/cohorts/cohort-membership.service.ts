import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';
import type { CohortMembership, CohortRole } from '@nabij/trainings/contracts';
import { EntityManager } from 'typeorm';
import { CohortRepository } from './cohort.repository';

type Who = Pick<AuthUser, 'id' | 'organisationId'>;

/**
 * What other domains (the peer forum) may ask about training groups without reading trainings'
 * tables: is this user a trainer or an (accepted) participant of this cohort, and which cohorts is
 * the user in. An invited client who has not accepted is not in the group yet. A cohort of another
 * organisation is never one's own.
 */
@Injectable()
export class CohortMembershipService {
  constructor(private readonly cohorts: CohortRepository) {}

  /** 'trainer', 'participant' or null (not in the group, unknown id, other organisation). */
  async roleIn(user: Who, cohortId: string, manager?: EntityManager): Promise<CohortRole | null> {
    const all = await this.cohortsOf(user, manager);
    const mine = all.filter((m) => m.cohortId === cohortId);
    // A trainer who is also listed as participant counts as trainer (moderates the group).
    return mine.find((m) => m.role === 'trainer')?.role ?? mine[0]?.role ?? null;
  }

  /** The cohorts the user trains or takes part in (accepted), by title. */
  async cohortsOf(user: Who, manager?: EntityManager): Promise<CohortMembership[]> {
    if (!user.organisationId) return [];
    const rows = await this.cohorts.membershipsOf(user.id, user.organisationId, manager);
    return rows.filter((r) => r.role === 'trainer' || r.status === 'active').map(({ status: _status, ...m }) => m);
  }

  /** The role, or the 404 every stranger gets alike (so ids cannot be probed). */
  async require(user: Who, cohortId: string, roles: CohortRole[] = ['trainer', 'participant']): Promise<CohortRole> {
    const role = await this.roleIn(user, cohortId);
    if (!role || !roles.includes(role))
      throw new NotFoundException({ message: 'This group does not exist or you are not in it.', code: 'trainings.group_not_exist' });
    return role;
  }
}
