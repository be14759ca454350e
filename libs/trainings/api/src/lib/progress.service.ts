import { Injectable } from '@nestjs/common';
import type { EnrolmentView, ProgressView } from '@nabij/trainings/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { TrainingEntity } from './entities/training-content.entities';
import { EnrolmentEntity, SubmissionEntity } from './entities/participation.entities';
import { ModuleState, moduleStates, nextStepOf, ProgressFacts, ProgressModule } from './module-progress';
import { ParticipationRepository } from './participation.repository';
import { TrainingContentRepository, TrainingStructure } from './training-content.repository';

export interface ProgressSnapshot {
  modules: TrainingStructure;
  states: ModuleState[];
  facts: ProgressFacts;
  submissions: SubmissionEntity[];
}

export function toEnrolmentView(e: EnrolmentEntity, t: TrainingEntity): EnrolmentView {
  return {
    id: e.id,
    trainingId: t.id,
    trainingTitle: t.title,
    trainingKind: t.kind,
    clientId: e.clientId,
    mode: e.mode,
    goals: e.goals,
    startedAt: e.startedAt.toISOString(),
    lastActivityAt: e.lastActivityAt.toISOString(),
    reminders: { enabled: e.remindersEnabled, frequency: e.reminderFrequency },
  };
}

/** Reads a training's structure and one participant's facts, and derives where they are. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly content: TrainingContentRepository,
    private readonly participation: ParticipationRepository,
  ) {}

  structure(trainingId: string, manager: EntityManager = this.dataSource.manager): Promise<TrainingStructure> {
    return this.content.structure(trainingId, manager);
  }

  async snapshot(enrolment: EnrolmentEntity, manager: EntityManager = this.dataSource.manager): Promise<ProgressSnapshot> {
    const [structure, training] = await Promise.all([
      this.structure(enrolment.trainingId, manager),
      this.content.training(enrolment.trainingId, manager),
    ]);
    // A self-help course has no feedback moments, whatever a module once said.
    const modules = training.kind === 'self_help' ? structure.map((m) => Object.assign(m, { requiresFeedback: false })) : structure;
    const [progress, submissions] = await Promise.all([
      this.participation.stepProgress(manager, enrolment.id),
      this.participation.submissions(manager, enrolment.id),
    ]);
    const facts: ProgressFacts = {
      completedStepIds: new Set(progress.map((p) => p.stepId)),
      submissionStatusByStep: new Map(submissions.map((s) => [s.stepId, s.status])),
    };
    return { modules, states: moduleStates(modules as ProgressModule[], facts), facts, submissions };
  }

  async view(enrolment: EnrolmentEntity, training: TrainingEntity, manager?: EntityManager): Promise<ProgressView> {
    const snap = await this.snapshot(enrolment, manager);
    const stepModule = new Map(snap.modules.flatMap((m) => m.steps.map((s) => [s.id, m.id] as const)));
    const next = nextStepOf(snap.modules, snap.states, snap.facts);
    const nextModule = next && snap.modules.find((m) => m.id === next.moduleId);
    const nextStep = next && nextModule?.steps.find((s) => s.id === next.stepId);
    const modulesDone = snap.states.filter((s) => s.passed).length;
    return {
      enrolment: toEnrolmentView(enrolment, training),
      modulesDone,
      modulesTotal: snap.modules.length,
      modules: snap.modules.map((m, i) => ({
        id: m.id,
        position: m.position,
        title: m.title,
        requiresFeedback: m.requiresFeedback,
        status: snap.states[i].status,
        stepsDone: snap.states[i].stepsDone,
        stepsTotal: snap.states[i].stepsTotal,
      })),
      waitingForFeedback: snap.submissions
        .filter((s) => s.status === 'submitted')
        .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
        .map((s) => ({
          submissionId: s.id,
          moduleId: stepModule.get(s.stepId) ?? '',
          stepId: s.stepId,
          submittedAt: s.submittedAt.toISOString(),
        })),
      nextStep:
        nextModule && nextStep
          ? { moduleId: nextModule.id, moduleTitle: nextModule.title, stepId: nextStep.id, stepTitle: nextStep.title, kind: nextStep.kind }
          : null,
      finished: snap.modules.length > 0 && modulesDone === snap.modules.length,
    };
  }
}
