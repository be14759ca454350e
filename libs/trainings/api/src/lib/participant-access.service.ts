import { Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import type { AuthUser } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { TrainingEntity } from './entities/training-content.entities';
import { EnrolmentEntity } from './entities/participation.entities';
import { ParticipationRepository } from './participation.repository';
import { TrainingContentRepository } from './training-content.repository';

export interface EnrolmentAccess {
  enrolment: EnrolmentEntity;
  training: TrainingEntity;
}

/**
 * Who may see a participant's work: the client themself, and a worker who is the training's
 * trainer or is assigned to the open case the enrolment was made in (the query is
 * ParticipationRepository.visibleEnrolment). Everyone else gets the same 404 as for an unknown id,
 * so ids cannot be probed. Team leads and admins never see answers.
 */
@Injectable()
export class ParticipantAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly participation: ParticipationRepository,
    private readonly content: TrainingContentRepository,
    private readonly cases: CaseLookupService,
  ) {}

  async enrolment(
    user: AuthUser,
    enrolmentId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<EnrolmentAccess> {
    const openCaseIds = user.role === 'worker' ? await this.cases.openCaseIdsOfWorker(user.id, user.organisationId, manager) : [];
    const enrolment = await this.participation.visibleEnrolment(manager, { ...user, openCaseIds }, enrolmentId, lock);
    if (!enrolment)
      throw new NotFoundException({
        message: 'This training enrolment does not exist or is not yours.',
        code: 'trainings.training_enrolment_not',
      });
    const training = await this.content.training(enrolment.trainingId, manager);
    return { enrolment, training };
  }
}
