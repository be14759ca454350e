import { Module } from '@nestjs/common';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { TrainingsModule } from '@nabij/trainings/api';
import { CohortForumJob } from './cohort-forum.job';
import { ForumAccess } from './forum-access.service';
import { CohortForumMembership, FORUM_MEMBERSHIP } from './forum-membership';
import { ForumNotifier } from './forum-notifier.service';
import { ForumPersonalDataRepository } from './forum-personal-data.repository';
import { ForumController } from './forum.controller';
import { ForumRepository } from './forum.repository';
import { ForumService } from './forum.service';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/**
 * The peer forum (issue 16): open themed forums for the organisation's clients, closed forums of a
 * group (training cohort), posts under a nickname, moderation by workers. Content is never a team lead's.
 */
@Module({
  imports: [
    // Names (to keep them out of nicknames), e-mail addresses for content-free mails and the
    // organisation's workers come from identity's AccountDirectoryService (identity owns account).
    AccountDirectoryModule,
    // Closed forums belong to a group: its participants and trainers come from trainings' CohortMembershipService,
    // a step's course from CourseStepsService; a new group's forum comes with the forum.cohort-created event (sent by trainings).
    TrainingsModule,
  ],
  controllers: [ForumController, ModerationController],
  providers: [
    ForumRepository,
    ForumAccess,
    ForumNotifier,
    ForumService,
    ModerationService,
    ForumPersonalDataRepository,
    CohortForumJob,
    { provide: FORUM_MEMBERSHIP, useClass: CohortForumMembership },
  ],
})
export class ForumModule {}
