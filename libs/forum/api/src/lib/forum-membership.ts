import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';
import { CohortMembershipService } from '@nabij/trainings/api';
import { ForumRepository } from './forum.repository';

type Who = Pick<AuthUser, 'id' | 'organisationId'>;

/**
 * Who belongs to which closed forum. Open forums need no membership: every registered client and
 * worker of the organisation reads them. Provided under FORUM_MEMBERSHIP so the source of
 * membership is one class: a group's (training cohort's) participants and trainers.
 */
export interface ForumMembership {
  /** Whether the account is a member of this closed forum. */
  isMember(user: Who, forumId: string): Promise<boolean>;
  /** Whether the account moderates this closed forum (a group's trainers do). */
  isModerator(user: Who, forumId: string): Promise<boolean>;
  /** The closed forums the account is a member of. */
  forumsOf(user: Who): Promise<string[]>;
  /** The course of a closed forum the account is a member of (a topic there links only that course's steps), else null. */
  courseOf(user: Who, forumId: string): Promise<string | null>;
}

export const FORUM_MEMBERSHIP = Symbol('ForumMembership');

/**
 * Members of a group's forum: its accepted participants (not invited, not removed) and its trainers,
 * from trainings' CohortMembershipService. A group's forum has the group's id.
 */
@Injectable()
export class CohortForumMembership implements ForumMembership {
  constructor(
    private readonly cohorts: CohortMembershipService,
    private readonly forums: ForumRepository,
  ) {}

  async forumsOf(user: Who): Promise<string[]> {
    const cohorts = await this.cohorts.cohortsOf(user);
    return this.forums.closedForumsOf(cohorts.map((c) => c.cohortId));
  }

  async isMember(user: Who, forumId: string): Promise<boolean> {
    return (await this.cohorts.roleIn(user, forumId)) !== null;
  }

  async isModerator(user: Who, forumId: string): Promise<boolean> {
    return (await this.cohorts.roleIn(user, forumId)) === 'trainer';
  }

  async courseOf(user: Who, forumId: string): Promise<string | null> {
    return (await this.cohorts.cohortsOf(user)).find((c) => c.cohortId === forumId)?.trainingId ?? null;
  }
}
