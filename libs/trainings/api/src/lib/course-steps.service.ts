import { Injectable } from '@nestjs/common';
import { CourseStepsRepository } from './course-steps.repository';

export interface CourseStepRef {
  stepId: string;
  trainingId: string;
  /** The organisation whose course it is. */
  organisationId: string;
  title: string;
  moduleTitle: string;
}

/**
 * A module step with its course, for other domains (the forum's "Praat erover in de groep" links)
 * without reading training tables themselves.
 */
@Injectable()
export class CourseStepsService {
  constructor(private readonly repository: CourseStepsRepository) {}

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
