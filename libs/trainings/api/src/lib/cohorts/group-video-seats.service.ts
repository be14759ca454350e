import { Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import type { AuthUser } from '@nabij/platform/api';
import { COHORT_LIMITS, GroupVideoSeat } from '@nabij/trainings/contracts';
import { CohortMembershipService } from './cohort-membership.service';
import { CohortRepository } from './cohort.repository';
import { displayNameOf } from './cohorts.service';

type Who = Pick<AuthUser, 'id' | 'organisationId'>;

/**
 * What the video lib may ask about a group session held online in Nabij, without reading trainings'
 * tables: is this user one of the session's trainers or active participants, and by which name does
 * the group know them (nickname or first name, never a surname). Everyone else, any session that
 * is not of place `video`, and another organisation's session get the same 404.
 */
@Injectable()
export class GroupVideoSeatsService {
  constructor(
    private readonly cohorts: CohortRepository,
    private readonly membership: CohortMembershipService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async seat(user: Who, sessionId: string): Promise<GroupVideoSeat> {
    const session = await this.cohorts.sessionById(sessionId);
    if (!session)
      throw new NotFoundException({
        message: 'This group session does not exist or you are not in it.',
        code: 'trainings.group_session_not_found',
      });
    const role = await this.membership.roleIn(user, session.cohortId);
    const cohort = role ? await this.cohorts.cohort(session.cohortId, user.organisationId) : null;
    if (!role || !cohort)
      throw new NotFoundException({
        message: 'This group session does not exist or you are not in it.',
        code: 'trainings.group_session_not_found',
      });
    if (session.place !== 'video')
      throw new NotFoundException({ message: 'This group session has no video call in Nabij.', code: 'trainings.group_session_no_video' });
    const [member, trainerIds, names] = await Promise.all([
      role === 'participant' ? this.cohorts.member(session.cohortId, user.id) : Promise.resolve(null),
      this.cohorts.trainerIds([session.cohortId]),
      this.accounts.namesByIds([user.id]),
    ]);
    return {
      sessionId: session.id,
      cohortId: session.cohortId,
      organisationId: cohort.organisationId,
      startsAt: session.startsAt.toISOString(),
      minutes: session.minutes,
      role,
      displayName: displayNameOf(names.get(user.id) ?? null, member?.nickname ?? null),
      maxPeople: COHORT_LIMITS.maxParticipants + (trainerIds.get(session.cohortId)?.length ?? 0),
    };
  }
}
