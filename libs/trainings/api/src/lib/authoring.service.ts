import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import type { AuthoringTraining, StepKind } from '@nabij/trainings/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ModuleDto, StepDto, TrainingDto, UpdateModuleDto, UpdateStepDto, UpdateTrainingDto } from './dto/training.dto';
import { TrainingEntity, TrainingModuleEntity, TrainingStepEntity } from './entities/training-content.entities';
import { throwIfAny } from './field-errors';
import { ProgressService } from './progress.service';
import { validateStepContent } from './step-content';

const NOT_YOURS = 'This training does not exist or you do not edit it.';

/**
 * Course content is data, written in the portal's editor. An admin edits every training of the
 * organisation; a worker edits the trainings they are the trainer of.
 */
@Injectable()
export class AuthoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async full(user: AuthUser, trainingId: string): Promise<AuthoringTraining> {
    const training = await this.editable(user, trainingId);
    const modules = await this.progress.structure(trainingId);
    return {
      id: training.id,
      title: training.title,
      summary: training.summary,
      trainerId: training.trainerId,
      goalExamples: training.goalExamples,
      published: training.published,
      modules: modules.map((m) => ({
        id: m.id,
        position: m.position,
        title: m.title,
        intro: m.intro,
        requiresFeedback: m.requiresFeedback,
        steps: m.steps.map((s) => ({ id: s.id, position: s.position, kind: s.kind, title: s.title, content: s.content })),
      })),
    };
  }

  async createTraining(user: AuthUser, dto: TrainingDto, meta: RequestMeta): Promise<AuthoringTraining> {
    if (!user.organisationId) throw new NotFoundException(NOT_YOURS);
    const trainerId = user.role === 'worker' ? user.id : await this.checkTrainer(user, dto.trainerId ?? null);
    const now = this.clock.now();
    const repo = this.dataSource.getRepository(TrainingEntity);
    const training = await repo.save(
      repo.create({
        organisationId: user.organisationId,
        title: dto.title,
        summary: dto.summary,
        trainerId,
        goalExamples: dto.goalExamples ?? [],
        published: dto.published ?? false,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await this.audit.record({ actor: user, action: 'create', resourceType: 'training', resourceId: training.id, ...meta });
    return this.full(user, training.id);
  }

  async updateTraining(user: AuthUser, trainingId: string, dto: UpdateTrainingDto): Promise<AuthoringTraining> {
    const training = await this.editable(user, trainingId);
    if (dto.trainerId !== undefined)
      training.trainerId = user.role === 'admin' ? await this.checkTrainer(user, dto.trainerId) : training.trainerId;
    Object.assign(training, pick(dto, ['title', 'summary', 'goalExamples', 'published']), { updatedAt: this.clock.now() });
    await this.dataSource.getRepository(TrainingEntity).save(training);
    return this.full(user, trainingId);
  }

  async addModule(user: AuthUser, trainingId: string, dto: ModuleDto): Promise<AuthoringTraining> {
    await this.editable(user, trainingId);
    await this.dataSource.transaction(async (manager) => {
      await lockParent(manager, TrainingEntity, trainingId);
      const repo = manager.getRepository(TrainingModuleEntity);
      const siblings = await repo.find({ where: { trainingId }, order: { position: 'ASC' } });
      const created = repo.create({
        trainingId,
        title: dto.title,
        intro: dto.intro ?? '',
        requiresFeedback: dto.requiresFeedback ?? false,
        position: siblings.length + 1,
      });
      await repo.save(created);
      await reorder(manager, TrainingModuleEntity, [...siblings, created], created, dto.position);
    });
    return this.full(user, trainingId);
  }

  async updateModule(user: AuthUser, moduleId: string, dto: UpdateModuleDto): Promise<AuthoringTraining> {
    const module = await this.dataSource.getRepository(TrainingModuleEntity).findOneBy({ id: moduleId });
    if (!module) throw new NotFoundException(NOT_YOURS);
    await this.editable(user, module.trainingId);
    await this.dataSource.transaction(async (manager) => {
      await lockParent(manager, TrainingEntity, module.trainingId);
      const repo = manager.getRepository(TrainingModuleEntity);
      Object.assign(module, pick(dto, ['title', 'intro', 'requiresFeedback']));
      await repo.save(module);
      if (dto.position !== undefined)
        await reorder(
          manager,
          TrainingModuleEntity,
          await repo.find({ where: { trainingId: module.trainingId }, order: { position: 'ASC' } }),
          module,
          dto.position,
        );
    });
    return this.full(user, module.trainingId);
  }

  async addStep(user: AuthUser, moduleId: string, dto: StepDto): Promise<AuthoringTraining> {
    const module = await this.dataSource.getRepository(TrainingModuleEntity).findOneBy({ id: moduleId });
    if (!module) throw new NotFoundException(NOT_YOURS);
    await this.editable(user, module.trainingId);
    throwIfAny(validateStepContent(dto.kind, dto.content));
    await this.dataSource.transaction(async (manager) => {
      await lockParent(manager, TrainingModuleEntity, moduleId);
      const repo = manager.getRepository(TrainingStepEntity);
      const siblings = await repo.find({ where: { moduleId }, order: { position: 'ASC' } });
      const created = await repo.save(
        repo.create({ moduleId, kind: dto.kind, title: dto.title, content: dto.content, position: siblings.length + 1 }),
      );
      await reorder(manager, TrainingStepEntity, [...siblings, created], created, dto.position);
    });
    return this.full(user, module.trainingId);
  }

  async updateStep(user: AuthUser, stepId: string, dto: UpdateStepDto): Promise<AuthoringTraining> {
    const step = await this.dataSource.getRepository(TrainingStepEntity).findOneBy({ id: stepId });
    if (!step) throw new NotFoundException(NOT_YOURS);
    const module = await this.dataSource.getRepository(TrainingModuleEntity).findOneByOrFail({ id: step.moduleId });
    await this.editable(user, module.trainingId);
    const kind: StepKind = dto.kind ?? step.kind;
    if (dto.kind && dto.kind !== step.kind && !dto.content) {
      throw new BadRequestException({
        message: 'Check these fields: content',
        fields: { content: ['give new content when you change the kind of step'] },
      });
    }
    const content = dto.content ?? step.content;
    throwIfAny(validateStepContent(kind, content));
    await this.dataSource.transaction(async (manager) => {
      await lockParent(manager, TrainingModuleEntity, step.moduleId);
      const repo = manager.getRepository(TrainingStepEntity);
      Object.assign(step, { kind, content }, pick(dto, ['title']));
      await repo.save(step);
      if (dto.position !== undefined)
        await reorder(
          manager,
          TrainingStepEntity,
          await repo.find({ where: { moduleId: step.moduleId }, order: { position: 'ASC' } }),
          step,
          dto.position,
        );
    });
    return this.full(user, module.trainingId);
  }

  private async editable(user: AuthUser, trainingId: string): Promise<TrainingEntity> {
    const training = await this.dataSource
      .getRepository(TrainingEntity)
      .findOneBy({ id: trainingId, organisationId: user.organisationId ?? '' });
    if (!training || (user.role === 'worker' && training.trainerId !== user.id) || (user.role !== 'worker' && user.role !== 'admin'))
      throw new NotFoundException(NOT_YOURS);
    return training;
  }

  private async checkTrainer(user: AuthUser, trainerId: string | null): Promise<string | null> {
    if (!trainerId) return null;
    const [worker] = await this.dataSource.query(`SELECT 1 FROM account WHERE id = $1 AND role = 'worker' AND organisation_id = $2`, [
      trainerId,
      user.organisationId,
    ]);
    if (!worker)
      throw new BadRequestException({
        message: 'Check these fields: trainerId',
        fields: { trainerId: ['choose a worker of your organisation'] },
      });
    return trainerId;
  }
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/**
 * Positions are unique per parent and computed from the siblings, so two editors adding a module (or
 * step) at the same moment would both take n+1. Holding the parent row for the transaction makes the
 * second one wait and count the first one's row.
 */
async function lockParent(manager: EntityManager, entity: typeof TrainingEntity | typeof TrainingModuleEntity, id: string): Promise<void> {
  await manager.getRepository(entity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** Moves `item` to `position` (1-based, clamped) among `items` and renumbers 1..n. */
async function reorder<E extends { id: string; position: number }>(
  manager: EntityManager,
  entity: new () => E,
  items: E[],
  item: E,
  position: number | undefined,
): Promise<void> {
  if (position === undefined) return;
  const rest = items.filter((i) => i.id !== item.id);
  const at = Math.min(Math.max(position, 1), rest.length + 1) - 1;
  rest.splice(at, 0, item);
  // The unique (parent, position) constraint is deferred, so the renumbering may pass through duplicates.
  for (const [i, it] of rest.entries())
    if (it.position !== i + 1) await manager.getRepository(entity).update(it.id as never, { position: i + 1 } as never);
}
