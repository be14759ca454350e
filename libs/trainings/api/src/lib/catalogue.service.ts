import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';
import type { CatalogueTraining, TrainingOutline } from '@nabij/trainings/contracts';
import { ParticipationRepository } from './participation.repository';
import { ProgressService } from './progress.service';
import { TrainingContentRepository } from './training-content.repository';

/** The trainings of the caller's organisation; clients see only published ones. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly content: TrainingContentRepository,
    private readonly participation: ParticipationRepository,
    private readonly progress: ProgressService,
  ) {}

  list(user: AuthUser): Promise<CatalogueTraining[]> {
    return this.content.catalogue(user.organisationId, user.id, user.role === 'admin' || user.role === 'worker');
  }

  async outline(user: AuthUser, trainingId: string): Promise<TrainingOutline> {
    const training = await this.content.trainingOfOrganisation(trainingId, user.organisationId);
    if (!training || (!training.published && user.role !== 'admin' && user.role !== 'worker'))
      throw new NotFoundException({ message: 'This training does not exist.', code: 'trainings.training_not_exist' });
    const modules = await this.progress.structure(trainingId);
    const mine = user.role === 'client' ? await this.participation.findEnrolmentOf(trainingId, user.id) : null;
    return {
      id: training.id,
      title: training.title,
      summary: training.summary,
      kind: training.kind,
      goalExamples: training.goalExamples,
      moduleCount: modules.length,
      myEnrolmentId: mine?.id ?? null,
      modules: modules.map((m) => ({
        id: m.id,
        position: m.position,
        title: m.title,
        requiresFeedback: m.requiresFeedback && training.kind === 'guided',
        stepCount: m.steps.length,
      })),
    };
  }
}
