import { Injectable } from '@nestjs/common';
import { Clock } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { TrainerHandOverRepository } from './trainer-hand-over.repository';

export interface CoachedEnrolmentRef {
  id: string;
  clientName: string | null;
  trainingTitle: string;
}

/**
 * What the organisation admin screens may ask and do with a worker's training work before the
 * worker is deactivated, without touching training tables themselves. Homework is answered by the
 * worker of the enrolment's open case, else by the training's trainer: dossier's case hand-over
 * moves the first part, `handOver` here the second.
 */
@Injectable()
export class TrainerHandOverService {
  constructor(
    private readonly repository: TrainerHandOverRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async coachedEnrolments(workerId: string, manager?: EntityManager): Promise<CoachedEnrolmentRef[]> {
    const rows = await this.repository.coachedEnrolments(manager ?? this.dataSource.manager, workerId);
    return rows.map((r) => ({ id: r.id, clientName: r.client_name, trainingTitle: r.training_title }));
  }

  /** Run in the caller's transaction, after checking that `toWorkerId` is an active worker of the organisation. */
  async handOver(
    organisationId: string,
    fromWorkerId: string,
    toWorkerId: string,
    db: EntityManager,
  ): Promise<{ trainings: number; homework: number }> {
    const trainings = await this.repository.moveTrainings(db, organisationId, fromWorkerId, toWorkerId, this.clock.now());
    const homework = await this.repository.moveWaitingHomework(db, fromWorkerId, toWorkerId);
    return { trainings, homework };
  }
}
