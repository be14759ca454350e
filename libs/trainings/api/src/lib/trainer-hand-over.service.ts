import { Injectable } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { Clock } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { TrainerHandOverRepository } from './trainer-hand-over.repository';

export interface CoachedEnrolmentRef {
  id: string;
  clientName: string | null;
  trainingTitle: string;
}

/** A group (cohort) the worker trains alone. */
export interface TrainerGroupRef {
  id: string;
  title: string;
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
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /** By training title, then client name (nameless last), then id. */
  async coachedEnrolments(workerId: string, manager?: EntityManager): Promise<CoachedEnrolmentRef[]> {
    const db = manager ?? this.dataSource.manager;
    const openCaseIds = await this.cases.openCaseIdsOfWorker(workerId, undefined, db);
    const rows = await this.repository.coachedEnrolments(db, workerId, openCaseIds);
    const names = await this.accounts.namesByIds(
      rows.map((r) => r.client_id),
      db,
    );
    const byOrder = (a: CoachedEnrolmentRef, b: CoachedEnrolmentRef) =>
      a.trainingTitle.localeCompare(b.trainingTitle, 'nl') ||
      (a.clientName === null ? 1 : 0) - (b.clientName === null ? 1 : 0) ||
      (a.clientName ?? '').localeCompare(b.clientName ?? '', 'nl') ||
      a.id.localeCompare(b.id);
    return rows.map((r) => ({ id: r.id, clientName: names.get(r.client_id) ?? null, trainingTitle: r.training_title })).sort(byOrder);
  }

  /** Groups that still meet and have this worker as their only trainer. */
  async soleTrainerGroups(organisationId: string, workerId: string, manager?: EntityManager): Promise<TrainerGroupRef[]> {
    const rows = await this.repository.soleTrainerGroups(manager ?? this.dataSource.manager, organisationId, workerId);
    return rows.map((r) => ({ id: r.id, title: r.title, trainingTitle: r.training_title }));
  }

  /** Run in the caller's transaction, after checking that `toWorkerId` is an active worker of the organisation. */
  async handOver(
    organisationId: string,
    fromWorkerId: string,
    toWorkerId: string,
    db: EntityManager,
  ): Promise<{ trainings: number; homework: number; groups: number }> {
    const trainings = await this.repository.moveTrainings(db, organisationId, fromWorkerId, toWorkerId, this.clock.now());
    const homework = await this.repository.moveWaitingHomework(db, fromWorkerId, toWorkerId);
    const groups = await this.repository.moveGroups(db, organisationId, fromWorkerId, toWorkerId);
    return { trainings, homework, groups };
  }
}
