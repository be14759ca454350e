import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** SQL of a module step with its course, for other domains. */
@Injectable()
export class CourseStepsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async step(
    stepId: string,
  ): Promise<{ step_id: string; training_id: string; organisation_id: string; title: string; module_title: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.id AS step_id, m.training_id, t.organisation_id, s.title, m.title AS module_title
         FROM training_step s JOIN training_module m ON m.id = s.module_id JOIN training t ON t.id = m.training_id WHERE s.id = $1`,
      [stepId],
    );
    return row ?? null;
  }
}
