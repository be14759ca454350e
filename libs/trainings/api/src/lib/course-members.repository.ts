import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** SQL of who takes part in a course: its enrolled clients and its trainer. */
@Injectable()
export class CourseMembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  async coursesOf(userId: string): Promise<Array<{ training_id: string; as_trainer: boolean }>> {
    return this.dataSource.query(
      `SELECT id AS training_id, true AS as_trainer FROM training WHERE trainer_id = $1
       UNION
       SELECT DISTINCT training_id, false FROM training_enrolment WHERE client_id = $1`,
      [userId],
    );
  }

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
