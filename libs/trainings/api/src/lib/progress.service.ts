import { Injectable } from '@nestjs/common';
import { Clock, readsTogether } from '@nabij/platform/api';
import { dutchDate } from '@nabij/time/contracts';
import type { EnrolmentView, ProgressView, StallReason } from '@nabij/trainings/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { TrainingEntity } from './entities/training-content.entities';
import { EnrolmentEntity, SubmissionEntity } from './entities/participation.entities';
import { CohortRepository } from './cohorts/cohort.repository';
import { ModuleState, moduleStates, nextStepOf, ProgressFacts, ProgressModule } from './module-progress';
import { ParticipationRepository } from './participation.repository';
import { detectStall } from './stall-detection';
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

export interface ProgressFigures {
  modulesDone: number;
  modulesTotal: number;
  waitingForFeedback: number;
  stallReasons: StallReason[];
}

/** What a trainer's lists show of one participant: modules passed, homework waiting, and why they stall (if so). */
export function progressFigures(snap: ProgressSnapshot, lastActivityAt: Date, now: Date): ProgressFigures {
  const diaryStepIds = new Set(
    snap.modules
      .flatMap((m) => m.steps)
      .filter((s) => s.kind === 'assignment' && (s.content as { type: string }).type === 'diary')
      .map((s) => s.id),
  );
  const modulesDone = snap.states.filter((s) => s.passed).length;
  const waiting = snap.submissions.filter((s) => s.status === 'submitted').length;
  const stallReasons = detectStall({
    now,
    lastActivityAt,
    diaryAnswers: snap.submissions.filter((s) => diaryStepIds.has(s.stepId)).map((s) => s.answers),
    waitingForFeedback: waiting > 0,
    finished: snap.modules.length > 0 && modulesDone === snap.modules.length,
  });
  return { modulesDone, modulesTotal: snap.modules.length, waitingForFeedback: waiting, stallReasons };
}

/** Reads a training's structure and one participant's facts, and derives where they are. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly content: TrainingContentRepository,
    private readonly participation: ParticipationRepository,
    private readonly cohorts: CohortRepository,
    private readonly clock: Clock,
  ) {}

  structure(trainingId: string, manager: EntityManager = this.dataSource.manager): Promise<TrainingStructure> {
    return this.content.structure(trainingId, manager);
  }

  async snapshot(enrolment: EnrolmentEntity, manager: EntityManager = this.dataSource.manager): Promise<ProgressSnapshot> {
    const [structure, training] = await readsTogether(manager, [
      () => this.structure(enrolment.trainingId, manager),
      () => this.content.training(enrolment.trainingId, manager),
    ] as const);
    // A self-help course has no feedback moments, whatever a module once said.
    const modules = training.kind === 'self_help' ? structure.map((m) => Object.assign(m, { requiresFeedback: false })) : structure;
    const [progress, submissions, notYetOpen] = await readsTogether(manager, [
      () => this.participation.stepProgress(manager, enrolment.id),
      () => this.participation.submissions(manager, enrolment.id),
      () => this.modulesNotYetOpen(enrolment.id, manager),
    ] as const);
    const facts: ProgressFacts = {
      completedStepIds: new Set(progress.map((p) => p.stepId)),
      submissionStatusByStep: new Map(submissions.map((s) => [s.stepId, s.status])),
      notYetOpen,
    };
    return { modules, states: moduleStates(modules as ProgressModule[], facts), facts, submissions };
  }

  /**
   * In a group that opens modules per session, a module opens on the day of its first session (Dutch
   * calendar day, so the evening session's module can be read that morning); own pace: none wait.
   */
  private async modulesNotYetOpen(enrolmentId: string, manager: EntityManager): Promise<Set<string>> {
    const cohortId = await this.cohorts.pacedCohortOfEnrolment(enrolmentId, manager);
    if (!cohortId) return new Set();
    const today = dutchDate(this.clock.now());
    const opensOn = new Map<string, string>();
    for (const s of await this.cohorts.sessions([cohortId], manager)) {
      if (!s.moduleId) continue;
      const day = dutchDate(s.startsAt);
      if (!opensOn.has(s.moduleId) || day < (opensOn.get(s.moduleId) as string)) opensOn.set(s.moduleId, day);
    }
    return new Set([...opensOn].filter(([, day]) => day > today).map(([moduleId]) => moduleId));
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
