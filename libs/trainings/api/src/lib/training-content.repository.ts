import { Injectable } from '@nestjs/common';
import type { CatalogueTraining } from '@nabij/trainings/contracts';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { TrainingEntity, TrainingModuleEntity, TrainingStepEntity } from './entities/training-content.entities';

/** A training's modules in order, each with its steps in order. */
export type TrainingStructure = Array<TrainingModuleEntity & { steps: TrainingStepEntity[] }>;

/** A new position for one module or step. */
export interface PositionChange {
  id: string;
  position: number;
}

/**
 * SQL of the course content: trainings, modules and steps, and the catalogue. Methods that take
 * an EntityManager run in the caller's transaction (row locks included); without one they use the
 * default connection.
 */
@Injectable()
export class TrainingContentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The trainings of the organisation with module count and the client's enrolment; drafts only when asked. */
  async catalogue(organisationId: string | null, clientId: string, withDrafts: boolean): Promise<CatalogueTraining[]> {
    const rows: Array<{
      id: string;
      title: string;
      summary: string;
      kind: CatalogueTraining['kind'];
      goal_examples: string[];
      module_count: number;
      enrolment_id: string | null;
    }> = await this.dataSource.query(
      `SELECT t.id, t.title, t.summary, t.kind, t.goal_examples,
              (SELECT count(*)::int FROM training_module m WHERE m.training_id = t.id) AS module_count,
              (SELECT e.id FROM training_enrolment e WHERE e.training_id = t.id AND e.client_id = $2) AS enrolment_id
         FROM training t
        WHERE t.organisation_id = $1 AND (t.published OR $3)
        ORDER BY t.title`,
      [organisationId, clientId, withDrafts],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      summary: r.summary,
      kind: r.kind,
      goalExamples: r.goal_examples,
      moduleCount: r.module_count,
      myEnrolmentId: r.enrolment_id,
    }));
  }

  // Trainings

  /** The training if it belongs to the organisation (a missing organisation matches nothing). */
  trainingOfOrganisation(
    trainingId: string,
    organisationId: string | null,
    options: { publishedOnly?: boolean; db?: EntityManager } = {},
  ): Promise<TrainingEntity | null> {
    return (options.db ?? this.dataSource.manager).getRepository(TrainingEntity).findOneBy({
      id: trainingId,
      organisationId: organisationId ?? '',
      ...(options.publishedOnly && { published: true }),
    });
  }

  training(trainingId: string, db: EntityManager = this.dataSource.manager): Promise<TrainingEntity> {
    return db.getRepository(TrainingEntity).findOneByOrFail({ id: trainingId });
  }

  createTraining(training: DeepPartial<TrainingEntity>): Promise<TrainingEntity> {
    const repo = this.dataSource.getRepository(TrainingEntity);
    return repo.save(repo.create(training));
  }

  saveTraining(training: TrainingEntity): Promise<TrainingEntity> {
    return this.dataSource.getRepository(TrainingEntity).save(training);
  }

  /** Holds the training row until the caller's transaction ends (positions of its modules are computed). */
  async lockTraining(db: EntityManager, trainingId: string): Promise<void> {
    await db.getRepository(TrainingEntity).findOne({ where: { id: trainingId }, lock: { mode: 'pessimistic_write' } });
  }

  // Modules and steps

  async structure(trainingId: string, db: EntityManager = this.dataSource.manager): Promise<TrainingStructure> {
    const modules = await this.modules(db, trainingId);
    const steps = modules.length
      ? await db.getRepository(TrainingStepEntity).find({ where: { moduleId: In(modules.map((m) => m.id)) }, order: { position: 'ASC' } })
      : [];
    return modules.map((m) => Object.assign(m, { steps: steps.filter((s) => s.moduleId === m.id) }));
  }

  findModule(moduleId: string): Promise<TrainingModuleEntity | null> {
    return this.dataSource.getRepository(TrainingModuleEntity).findOneBy({ id: moduleId });
  }

  module(moduleId: string): Promise<TrainingModuleEntity> {
    return this.dataSource.getRepository(TrainingModuleEntity).findOneByOrFail({ id: moduleId });
  }

  /** The training's modules in order. */
  modules(db: EntityManager, trainingId: string): Promise<TrainingModuleEntity[]> {
    return db.getRepository(TrainingModuleEntity).find({ where: { trainingId }, order: { position: 'ASC' } });
  }

  saveModule(db: EntityManager, module: DeepPartial<TrainingModuleEntity>): Promise<TrainingModuleEntity> {
    return db.getRepository(TrainingModuleEntity).save(module);
  }

  /** A new module entity (not yet saved). */
  newModule(db: EntityManager, module: DeepPartial<TrainingModuleEntity>): TrainingModuleEntity {
    return db.getRepository(TrainingModuleEntity).create(module);
  }

  /** Holds the module row until the caller's transaction ends (positions of its steps are computed). */
  async lockModule(db: EntityManager, moduleId: string): Promise<void> {
    await db.getRepository(TrainingModuleEntity).findOne({ where: { id: moduleId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Whether any module of the training has a homework step. */
  async hasHomework(trainingId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM training_step s JOIN training_module m ON m.id = s.module_id
                       WHERE m.training_id = $1 AND s.kind = 'assignment') AS found`,
      [trainingId],
    );
    return row.found;
  }

  findStep(stepId: string): Promise<TrainingStepEntity | null> {
    return this.dataSource.getRepository(TrainingStepEntity).findOneBy({ id: stepId });
  }

  step(stepId: string, db: EntityManager = this.dataSource.manager): Promise<TrainingStepEntity> {
    return db.getRepository(TrainingStepEntity).findOneByOrFail({ id: stepId });
  }

  /** The module's steps in order. */
  steps(db: EntityManager, moduleId: string): Promise<TrainingStepEntity[]> {
    return db.getRepository(TrainingStepEntity).find({ where: { moduleId }, order: { position: 'ASC' } });
  }

  createStep(db: EntityManager, step: DeepPartial<TrainingStepEntity>): Promise<TrainingStepEntity> {
    const repo = db.getRepository(TrainingStepEntity);
    return repo.save(repo.create(step));
  }

  saveStep(db: EntityManager, step: TrainingStepEntity): Promise<TrainingStepEntity> {
    return db.getRepository(TrainingStepEntity).save(step);
  }

  /** Writes new positions; the unique (parent, position) constraint is deferred, so this may pass through duplicates. */
  async setPositions(db: EntityManager, kind: 'module' | 'step', changes: PositionChange[]): Promise<void> {
    const entity = kind === 'module' ? TrainingModuleEntity : TrainingStepEntity;
    for (const change of changes) await db.getRepository(entity).update(change.id, { position: change.position });
  }
}
