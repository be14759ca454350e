import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { TrainingEntity } from './entities/training-content.entities';
import { EnrolmentEntity } from './entities/participation.entities';

/**
 * Who may see a participant's work: the client themself, and a worker who is the training's
 * trainer or is assigned to the open case the enrolment was made in (e.case_id). Not "any case of
 * this client": a worker who opens another case for the same client must not gain their homework.
 * Everyone else gets the same 404 as for an unknown id, so ids cannot be probed. Team leads and
 * admins never see answers.
 */
export const WORKER_SEES_ENROLMENT = `(
  t.trainer_id = :workerId
  OR EXISTS (SELECT 1 FROM care_case c WHERE c.id = e.case_id AND c.assigned_worker_id = :workerId AND c.closed_on IS NULL)
)`;

/**
 * Who answers homework of an enrolment now: the current worker of its case while that case is open
 * (so a hand-over moves the open tasks along), else the training's trainer. Expects `e` and `t`.
 */
export const HOMEWORK_ANSWERED_BY = `coalesce(
  (SELECT c.assigned_worker_id FROM care_case c WHERE c.id = e.case_id AND c.closed_on IS NULL),
  t.trainer_id
)`;

export interface EnrolmentAccess {
  enrolment: EnrolmentEntity;
  training: TrainingEntity;
}

@Injectable()
export class ParticipantAccessService {
  constructor(private readonly dataSource: DataSource) {}

  async enrolment(
    user: AuthUser,
    enrolmentId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<EnrolmentAccess> {
    const qb = manager
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .innerJoin(TrainingEntity, 't', 't.id = e.training_id')
      .where('e.id = :enrolmentId', { enrolmentId })
      .andWhere('t.organisation_id = :org', { org: user.organisationId });
    if (user.role === 'client') qb.andWhere('e.client_id = :clientId', { clientId: user.id });
    else if (user.role === 'worker') qb.andWhere(WORKER_SEES_ENROLMENT, { workerId: user.id });
    else qb.andWhere('false');
    if (lock) qb.setLock('pessimistic_write', undefined, ['e']);
    const enrolment = await qb.getOne();
    if (!enrolment) throw new NotFoundException('This training enrolment does not exist or is not yours.');
    const training = await manager.getRepository(TrainingEntity).findOneByOrFail({ id: enrolment.trainingId });
    return { enrolment, training };
  }
}
