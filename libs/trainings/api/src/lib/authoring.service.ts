import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import type { AuthoringTraining, StepKind } from '@nabij/trainings/contracts';
import { DataSource } from 'typeorm';
import { ModuleDto, StepDto, TrainingDto, UpdateModuleDto, UpdateStepDto, UpdateTrainingDto } from './dto/training.dto';
import { TrainingEntity } from './entities/training-content.entities';
import { throwIfAny } from './field-errors';
import { MediaSourcesService } from './media/media-sources.service';
import { validateStepContent } from './step-content';
import { PositionChange, TrainingContentRepository } from './training-content.repository';

const NOT_YOURS = 'This training does not exist or you do not edit it.';

/**
 * Course content is data, written in the portal's editor. An admin edits every training of the
 * organisation; a worker edits the trainings they are the trainer of.
 */
@Injectable()
export class AuthoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly content: TrainingContentRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accounts: AccountDirectoryService,
    private readonly mediaSources: MediaSourcesService,
  ) {}

  async full(user: AuthUser, trainingId: string): Promise<AuthoringTraining> {
    const training = await this.editable(user, trainingId);
    const modules = await this.content.structure(trainingId);
    const videoSteps = modules.flatMap((m) => m.steps.filter((s) => s.kind === 'video').map((s) => s.id));
    const media = await this.mediaSources.forSteps(user, videoSteps);
    return {
      id: training.id,
      title: training.title,
      summary: training.summary,
      kind: training.kind,
      trainerId: training.trainerId,
      goalExamples: training.goalExamples,
      published: training.published,
      modules: modules.map((m) => ({
        id: m.id,
        position: m.position,
        title: m.title,
        intro: m.intro,
        requiresFeedback: m.requiresFeedback,
        steps: m.steps.map((s) => ({
          id: s.id,
          position: s.position,
          kind: s.kind,
          title: s.title,
          content: s.content,
          ...(media.has(s.id) && { media: media.get(s.id) }),
        })),
      })),
    };
  }

  async createTraining(user: AuthUser, dto: TrainingDto, meta: RequestMeta): Promise<AuthoringTraining> {
    if (!user.organisationId) throw new NotFoundException({ message: NOT_YOURS, code: 'trainings.training_not_exist_2' });
    // A worker who makes a training becomes its trainer: only with "kan trainen" from an admin.
    if (user.role === 'worker' && !(await this.canTrain(user.id, user.organisationId)))
      throw new ForbiddenException({
        message: 'Only colleagues who can train make trainings. Ask an admin (Medewerkers: kan trainen).',
        code: 'cannot_train',
      });
    const trainerId = user.role === 'worker' ? user.id : await this.checkTrainer(user, dto.trainerId ?? null);
    const now = this.clock.now();
    const training = await this.content.createTraining({
      organisationId: user.organisationId,
      title: dto.title,
      summary: dto.summary,
      kind: dto.kind ?? 'guided',
      trainerId,
      goalExamples: dto.goalExamples ?? [],
      published: dto.published ?? false,
      createdAt: now,
      updatedAt: now,
    });
    await this.audit.record({ actor: user, action: 'create', resourceType: 'training', resourceId: training.id, ...meta });
    return this.full(user, training.id);
  }

  async updateTraining(user: AuthUser, trainingId: string, dto: UpdateTrainingDto): Promise<AuthoringTraining> {
    const training = await this.editable(user, trainingId);
    if (dto.trainerId !== undefined)
      training.trainerId = user.role === 'admin' ? await this.checkTrainer(user, dto.trainerId) : training.trainerId;
    if (dto.kind === 'self_help' && training.kind !== 'self_help' && (await this.content.hasHomework(trainingId)))
      throw new BadRequestException({
        message: 'Check these fields: kind',
        fields: { kind: ['a self-help training has no homework: remove the homework steps first'] },
        fieldCodes: { kind: 'kind.not_allowed' },
      });
    Object.assign(training, pick(dto, ['title', 'summary', 'goalExamples', 'published', 'kind']), { updatedAt: this.clock.now() });
    await this.content.saveTraining(training);
    return this.full(user, trainingId);
  }

  async addModule(user: AuthUser, trainingId: string, dto: ModuleDto): Promise<AuthoringTraining> {
    await this.editable(user, trainingId);
    await this.dataSource.transaction(async (manager) => {
      await this.content.lockTraining(manager, trainingId);
      const siblings = await this.content.modules(manager, trainingId);
      const created = this.content.newModule(manager, {
        trainingId,
        title: dto.title,
        intro: dto.intro ?? '',
        requiresFeedback: dto.requiresFeedback ?? false,
        position: siblings.length + 1,
      });
      await this.content.saveModule(manager, created);
      await this.content.setPositions(manager, 'module', reorder([...siblings, created], created, dto.position));
    });
    return this.full(user, trainingId);
  }

  async updateModule(user: AuthUser, moduleId: string, dto: UpdateModuleDto): Promise<AuthoringTraining> {
    const module = await this.content.findModule(moduleId);
    if (!module) throw new NotFoundException({ message: NOT_YOURS, code: 'trainings.training_not_exist_2' });
    await this.editable(user, module.trainingId);
    await this.dataSource.transaction(async (manager) => {
      await this.content.lockTraining(manager, module.trainingId);
      Object.assign(module, pick(dto, ['title', 'intro', 'requiresFeedback']));
      await this.content.saveModule(manager, module);
      if (dto.position !== undefined)
        await this.content.setPositions(
          manager,
          'module',
          reorder(await this.content.modules(manager, module.trainingId), module, dto.position),
        );
    });
    return this.full(user, module.trainingId);
  }

  async addStep(user: AuthUser, moduleId: string, dto: StepDto): Promise<AuthoringTraining> {
    const module = await this.content.findModule(moduleId);
    if (!module) throw new NotFoundException({ message: NOT_YOURS, code: 'trainings.training_not_exist_2' });
    const training = await this.editable(user, module.trainingId);
    refuseHomeworkInSelfHelp(training, dto.kind);
    throwIfAny(validateStepContent(dto.kind, dto.content));
    await this.dataSource.transaction(async (manager) => {
      await this.content.lockModule(manager, moduleId);
      const siblings = await this.content.steps(manager, moduleId);
      const created = await this.content.createStep(manager, {
        moduleId,
        kind: dto.kind,
        title: dto.title,
        content: dto.content,
        position: siblings.length + 1,
      });
      await this.content.setPositions(manager, 'step', reorder([...siblings, created], created, dto.position));
    });
    return this.full(user, module.trainingId);
  }

  async updateStep(user: AuthUser, stepId: string, dto: UpdateStepDto): Promise<AuthoringTraining> {
    const step = await this.content.findStep(stepId);
    if (!step) throw new NotFoundException({ message: NOT_YOURS, code: 'trainings.training_not_exist_2' });
    const module = await this.content.module(step.moduleId);
    const training = await this.editable(user, module.trainingId);
    const kind: StepKind = dto.kind ?? step.kind;
    refuseHomeworkInSelfHelp(training, kind);
    if (dto.kind && dto.kind !== step.kind && !dto.content) {
      throw new BadRequestException({
        message: 'Check these fields: content',
        fields: { content: ['give new content when you change the kind of step'] },
      });
    }
    const content = dto.content ?? step.content;
    throwIfAny(validateStepContent(kind, content));
    await this.dataSource.transaction(async (manager) => {
      await this.content.lockModule(manager, step.moduleId);
      Object.assign(step, { kind, content }, pick(dto, ['title']));
      await this.content.saveStep(manager, step);
      if (dto.position !== undefined)
        await this.content.setPositions(manager, 'step', reorder(await this.content.steps(manager, step.moduleId), step, dto.position));
    });
    return this.full(user, module.trainingId);
  }

  /** The training if this user edits it: an admin of its organisation, or the worker who is its trainer; else 404. */
  async editable(user: AuthUser, trainingId: string): Promise<TrainingEntity> {
    const training = await this.content.trainingOfOrganisation(trainingId, user.organisationId);
    if (!training || (user.role === 'worker' && training.trainerId !== user.id) || (user.role !== 'worker' && user.role !== 'admin'))
      throw new NotFoundException({ message: NOT_YOURS, code: 'trainings.training_not_exist_2' });
    return training;
  }

  /** A worker of the organisation whom an admin gave the capability "kan trainen" (identity's directory). */
  private async canTrain(accountId: string, organisationId: string | null): Promise<boolean> {
    return !!(await this.accounts.memberOf(organisationId, accountId, ['worker']))?.canTrain;
  }

  private async checkTrainer(user: AuthUser, trainerId: string | null): Promise<string | null> {
    if (!trainerId) return null;
    if (!(await this.canTrain(trainerId, user.organisationId)))
      throw new BadRequestException({
        message: 'Check these fields: trainerId',
        fields: { trainerId: ['choose a worker of your organisation who can train (Medewerkers: kan trainen)'] },
      });
    return trainerId;
  }
}

/** Self-help means on your own: there is nobody to read homework, so the editor cannot add it. */
function refuseHomeworkInSelfHelp(training: TrainingEntity, kind: StepKind): void {
  if (training.kind === 'self_help' && kind === 'assignment')
    throw new BadRequestException({
      message: 'Check these fields: kind',
      fields: { kind: ['a self-help training has no homework; use a text step with an exercise instead'] },
      fieldCodes: { kind: 'kind.not_allowed' },
    });
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/**
 * Moves `item` to `position` (1-based, clamped) among `items` and returns the renumbering 1..n as
 * the positions that change. Positions are unique per parent and computed from the siblings, so the
 * callers hold the parent row (lockTraining / lockModule) for the transaction: two editors adding at
 * the same moment would otherwise both take n+1.
 */
function reorder<E extends { id: string; position: number }>(items: E[], item: E, position: number | undefined): PositionChange[] {
  if (position === undefined) return [];
  const rest = items.filter((i) => i.id !== item.id);
  const at = Math.min(Math.max(position, 1), rest.length + 1) - 1;
  rest.splice(at, 0, item);
  return rest.flatMap((it, i) => (it.position !== i + 1 ? [{ id: it.id, position: i + 1 }] : []));
}
