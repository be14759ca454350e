import { Injectable } from '@nestjs/common';
import { CourseMembersService } from '@nabij/trainings/api';
import { ForumRepository } from './forum.repository';

/**
 * Who belongs to which closed forum. Open forums need no membership: every registered client and
 * worker of the organisation reads them. Provided under FORUM_MEMBERSHIP so the source of
 * membership is one class: today a course's enrolled clients and its trainer, later the cohort.
 */
export interface ForumMembership {
  /** Whether the account is a member of this closed forum. */
  isMember(userId: string, forumId: string): Promise<boolean>;
  /** The closed forums the account is a member of. */
  forumsOf(userId: string): Promise<string[]>;
}

export const FORUM_MEMBERSHIP = Symbol('ForumMembership');

/** Members of a course's forum: the clients enrolled in the course and its trainer (trainings' CourseMembersService). */
@Injectable()
export class CourseForumMembership implements ForumMembership {
  constructor(
    private readonly courses: CourseMembersService,
    private readonly forums: ForumRepository,
  ) {}

  async forumsOf(userId: string): Promise<string[]> {
    const courses = await this.courses.coursesOf(userId);
    return this.forums.closedForumsOf(courses.map((c) => c.trainingId));
  }

  async isMember(userId: string, forumId: string): Promise<boolean> {
    return (await this.forumsOf(userId)).includes(forumId);
  }
}
