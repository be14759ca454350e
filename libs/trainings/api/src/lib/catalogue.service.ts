import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';
import type { CatalogueTraining, TrainingOutline } from '@nabij/trainings/contracts';
import { DataSource } from 'typeorm';
import { TrainingEntity } from './entities/training-content.entities';
import { EnrolmentEntity } from './entities/participation.entities';
import { ProgressService } from './progress.service';

/** The trainings of the caller's organisation; clients see only published ones. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async list(user: AuthUser): Promise<CatalogueTraining[]> {
    const rows: Array<{
      id: string;
      title: string;
      summary: string;
      goal_examples: string[];
      module_count: number;
      enrolment_id: string | null;
    }> = await this.dataSource.query(
      `SELECT t.id, t.title, t.summary, t.goal_examples,
              (SELECT count(*)::int FROM training_module m WHERE m.training_id = t.id) AS module_count,
              (SELECT e.id FROM training_enrolment e WHERE e.training_id = t.id AND e.client_id = $2) AS enrolment_id
         FROM training t
        WHERE t.organisation_id = $1 AND (t.published OR $3)
        ORDER BY t.title`,
      [user.organisationId, user.id, user.role === 'admin' || user.role === 'worker'],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      goalExamples: r.goal_examples,
      moduleCount: r.module_count,
      myEnrolmentId: r.enrolment_id,
    }));
  }

  async outline(user: AuthUser, trainingId: string): Promise<TrainingOutline> {
    const training = await this.dataSource
      .getRepository(TrainingEntity)
      .findOneBy({ id: trainingId, organisationId: user.organisationId ?? '' });
    if (!training || (!training.published && user.role !== 'admin' && user.role !== 'worker'))
      throw new NotFoundException('This training does not exist.');
    const modules = await this.progress.structure(trainingId);
    const mine =
      user.role === 'client' ? await this.dataSource.getRepository(EnrolmentEntity).findOneBy({ trainingId, clientId: user.id }) : null;
    return {
      id: training.id,
      title: training.title,
      summary: training.summary,
      goalExamples: training.goalExamples,
      moduleCount: modules.length,
      myEnrolmentId: mine?.id ?? null,
      modules: modules.map((m) => ({
        id: m.id,
        position: m.position,
        title: m.title,
        requiresFeedback: m.requiresFeedback,
        stepCount: m.steps.length,
      })),
    };
  }
}
