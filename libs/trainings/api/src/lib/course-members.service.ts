import { Injectable } from '@nestjs/common';
import { CourseMembersRepository } from './course-members.repository';

export interface CourseMembership {
  trainingId: string;
  /** The course's trainer (else an enrolled participant). */
  asTrainer: boolean;
}

export interface CourseStepRef {
  stepId: string;
  trainingId: string;
  /** The organisation whose course it is. */
  organisationId: string;
  title: string;
  moduleTitle: string;
}

/**
 * Who takes part in which course, for other domains (the forum's closed course forums) without
 * reading training tables themselves: the clients enrolled in it and its trainer.
 */
@Injectable()
export class CourseMembersService {
  constructor(private readonly repository: CourseMembersRepository) {}

  async coursesOf(userId: string): Promise<CourseMembership[]> {
    return (await this.repository.coursesOf(userId)).map((r) => ({ trainingId: r.training_id, asTrainer: r.as_trainer }));
  }

  /** A module step with its course, or null when there is no such step. */
  async step(stepId: string): Promise<CourseStepRef | null> {
    const row = await this.repository.step(stepId);
    return row
      ? {
          stepId: row.step_id,
          trainingId: row.training_id,
          organisationId: row.organisation_id,
          title: row.title,
          moduleTitle: row.module_title,
        }
      : null;
  }
}
