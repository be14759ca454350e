import { CaseLookupService } from '@nabij/dossier/api';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import type {
  AssignmentStepContent,
  ClientSelfTestContent,
  ModuleStepView,
  ModuleView,
  SelfTestResult,
  SelfTestStepContent,
  SubmissionView,
  TextStepContent,
  VideoStepContent,
} from '@nabij/trainings/contracts';
import { TRAINING_TRANSLATION_LANGS } from '@nabij/trainings/contracts';
import type { TrainingReaderLang, TrainingTranslationLang } from '@nabij/trainings/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { HomeworkDto, SelfTestAnswersDto } from './dto/training.dto';
import { TrainingStepEntity } from './entities/training-content.entities';
import { EnrolmentEntity, SelfTestResultEntity, SubmissionEntity } from './entities/participation.entities';
import { throwIfAny } from './field-errors';
import { validateHomeworkAnswers } from './homework-answers';
import { translatedAssignment, translatedResult, translatedSelfTest } from './homework-translation';
import { MediaSourcesService } from './media/media-sources.service';
import { ModuleTranslationRepository } from './module-translation.repository';
import { ParticipantAccessService } from './participant-access.service';
import { ParticipationRepository } from './participation.repository';
import { ProgressService, ProgressSnapshot } from './progress.service';
import { scoreSelfTest } from './self-test-scoring';
import { TrainingContentRepository } from './training-content.repository';

export function toSubmissionView(s: SubmissionEntity, moduleId: string): SubmissionView {
  return {
    id: s.id,
    enrolmentId: s.enrolmentId,
    stepId: s.stepId,
    moduleId,
    answers: s.answers,
    status: s.status,
    revision: s.revision,
    submittedAt: s.submittedAt.toISOString(),
    feedback: s.feedback,
    feedbackAt: s.feedbackAt?.toISOString() ?? null,
  };
}

/** A kept self-test result as the client saw it: the band's title and text, never the points per answer. */
export function toSelfTestResult(result: SelfTestResultEntity, content: SelfTestStepContent): SelfTestResult {
  const band = content.bands.find((b) => b.title === result.bandTitle);
  return {
    score: result.score,
    maxScore: result.maxScore,
    title: result.bandTitle,
    text: band?.text ?? '',
    takenAt: result.takenAt.toISOString(),
  };
}

/** The client never sees the points: the self-test is scored on the server. */
function withoutPoints(content: SelfTestStepContent): ClientSelfTestContent {
  return {
    intro: content.intro,
    questions: content.questions.map((q) =>
      q.type === 'multiple_choice'
        ? { id: q.id, type: q.type, text: q.text, options: q.options.map((o) => ({ id: o.id, label: o.label })) }
        : { id: q.id, type: q.type, text: q.text, min: q.min, max: q.max, minLabel: q.minLabel, maxLabel: q.maxLabel },
    ),
  };
}

/** What a client does inside a training: read modules, finish steps, take self-tests, hand in homework. */
@Injectable()
export class LearningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ParticipantAccessService,
    private readonly participation: ParticipationRepository,
    private readonly content: TrainingContentRepository,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cases: CaseLookupService,
    private readonly mediaSources: MediaSourcesService,
    private readonly translations: ModuleTranslationRepository,
  ) {}

  /** In the participant's language when the module has a published translation, else Dutch (shownIn 'nl'). */
  async readModule(user: AuthUser, enrolmentId: string, moduleId: string, lang: TrainingReaderLang = 'nl'): Promise<ModuleView> {
    const { enrolment } = await this.access.enrolment(user, enrolmentId);
    const snap = await this.progress.snapshot(enrolment);
    const index = snap.modules.findIndex((m) => m.id === moduleId);
    if (index < 0) throw new NotFoundException({ message: 'This module is not part of your training.', code: 'trainings.module_not_part' });
    const state = snap.states[index];
    if (state.status === 'locked')
      throw new ConflictException({
        message: 'This module opens when you have finished the module before it.',
        code: 'trainings.module_locked',
      });
    const module = snap.modules[index];
    const [results, media, translation] = await Promise.all([
      this.participation.selfTestResults(enrolmentId),
      this.mediaSources.forSteps(
        user,
        module.steps.filter((s) => s.kind === 'video').map((s) => s.id),
      ),
      isTranslationLang(lang) ? this.translations.published(module.id, lang) : Promise.resolve(null),
    ]);
    const stepText = new Map((translation?.steps ?? []).map((s) => [s.stepId, s]));
    const steps = module.steps.map((s): ModuleStepView => {
      const translated = stepText.get(s.id);
      const base = { id: s.id, position: s.position, title: translated?.title ?? s.title, done: snap.facts.completedStepIds.has(s.id) };
      switch (s.kind) {
        case 'text':
          return { ...base, kind: 'text', content: translated?.body ? { body: translated.body } : (s.content as TextStepContent) };
        case 'video':
          return {
            ...base,
            kind: 'video',
            // The written version in the reader's language when the translation has it; the film stays Dutch.
            content: translated?.captions
              ? { ...(s.content as VideoStepContent), captions: translated.captions }
              : (s.content as VideoStepContent),
            media: media.get(s.id)?.sources ?? { videoUrl: null, captionsUrl: null },
            shownIn: translated?.captions ? lang : 'nl',
          };
        case 'self_test': {
          const last = results.find((r) => r.stepId === s.id);
          const content = s.content as SelfTestStepContent;
          const lastResult = last ? translatedResult(toSelfTestResult(last, content), content, translated?.selfTest) : null;
          const shownIn = translated?.selfTest ? lang : 'nl';
          return {
            ...base,
            kind: 'self_test',
            content: withoutPoints(translatedSelfTest(content, translated?.selfTest)),
            lastResult,
            shownIn,
          };
        }
        case 'assignment': {
          const submission = snap.submissions.find((x) => x.stepId === s.id);
          return {
            ...base,
            kind: 'assignment',
            content: translatedAssignment(s.content as AssignmentStepContent, translated?.assignment),
            submission: submission ? toSubmissionView(submission, module.id) : null,
            shownIn: translated?.assignment ? lang : 'nl',
          };
        }
      }
    });
    return {
      id: module.id,
      position: module.position,
      title: translation?.title ?? module.title,
      intro: translation?.intro ?? module.intro,
      requiresFeedback: module.requiresFeedback,
      status: state.status,
      steps,
      requested: lang,
      shownIn: translation ? lang : 'nl',
    };
  }

  /** Marks a reading or video step as done. Self-tests and homework are done by handing them in. */
  async completeStep(user: AuthUser, enrolmentId: string, stepId: string): Promise<{ stepId: string; done: true }> {
    return this.dataSource.transaction(async (manager) => {
      const { enrolment } = await this.access.enrolment(user, enrolmentId, manager, true);
      const { step } = await this.openStep(enrolment, stepId, manager);
      if (step.kind === 'self_test' || step.kind === 'assignment')
        throw new ConflictException({ message: 'Finish this step by handing in your answers.', code: 'trainings.finish_step_handing' });
      await this.markDone(enrolment, stepId, manager);
      return { stepId, done: true };
    });
  }

  /** Scored on the Dutch step (the kept result names its Dutch band); the result's texts in `lang` when the module's translation has them. */
  async takeSelfTest(
    user: AuthUser,
    enrolmentId: string,
    stepId: string,
    dto: SelfTestAnswersDto,
    lang: TrainingReaderLang = 'nl',
  ): Promise<SelfTestResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const { enrolment } = await this.access.enrolment(user, enrolmentId, manager, true);
      const { step, moduleId } = await this.openStep(enrolment, stepId, manager);
      if (step.kind !== 'self_test')
        throw new NotFoundException({ message: 'This step is not a self-test.', code: 'trainings.step_not_self' });
      const scored = scoreSelfTest(step.content as SelfTestStepContent, dto.answers);
      if (!scored.ok) throwIfAny(scored.errors);
      const { result } = scored as Extract<typeof scored, { ok: true }>;
      const now = this.clock.now();
      await this.participation.insertSelfTestResult(manager, {
        enrolmentId,
        stepId,
        answers: dto.answers,
        score: result.score,
        maxScore: result.maxScore,
        bandTitle: result.band.title,
        takenAt: now,
      });
      await this.markDone(enrolment, stepId, manager);
      return {
        moduleId,
        content: step.content as SelfTestStepContent,
        view: {
          score: result.score,
          maxScore: result.maxScore,
          title: result.band.title,
          text: result.band.text,
          takenAt: now.toISOString(),
        },
      };
    });
    if (!isTranslationLang(lang)) return result.view;
    const translation = await this.translations.published(result.moduleId, lang);
    const texts = translation?.steps.find((s) => s.stepId === stepId)?.selfTest;
    return translatedResult(result.view, result.content, texts);
  }

  /**
   * Hands in (or improves) homework. It becomes a task for the trainer and, while the enrolment's
   * case is open, a homework contact in that case. After feedback the answers are final.
   */
  async submitHomework(user: AuthUser, enrolmentId: string, stepId: string, dto: HomeworkDto, meta: RequestMeta): Promise<SubmissionView> {
    return this.dataSource.transaction(async (manager) => {
      const { enrolment, training } = await this.access.enrolment(user, enrolmentId, manager, true);
      const { step, moduleId } = await this.openStep(enrolment, stepId, manager);
      if (step.kind !== 'assignment')
        throw new NotFoundException({ message: 'This step is not homework.', code: 'trainings.step_not_homework' });
      const checked = validateHomeworkAnswers(step.content as AssignmentStepContent, dto.answers);
      if (!checked.ok) throwIfAny(checked.errors);
      const answers = (checked as Extract<typeof checked, { ok: true }>).answers;

      const existing = await this.participation.findSubmissionOf(manager, enrolmentId, stepId);
      if (existing?.status === 'feedback_given')
        throw new ConflictException({
          message: 'Your trainer has already given feedback on this homework, so it can no longer be changed.',
          code: 'trainings.homework_reviewed',
        });
      // Homework goes to the case the enrolment was made in, never to whichever case of the client is
      // newest: a case opened later by another worker must not pull the work over. A closed case
      // takes no new work; the training's trainer answers then.
      const enrolledCase = enrolment.caseId ? await this.cases.caseById(enrolment.caseId, manager) : null;
      const openCase = enrolledCase && !enrolledCase.closedOn ? enrolledCase : null;
      const now = this.clock.now();
      const fields = {
        answers,
        status: 'submitted' as const,
        submittedAt: now,
        trainerId: openCase?.assignedWorkerId ?? training.trainerId,
        caseId: openCase?.id ?? null,
      };
      let submission: SubmissionEntity;
      if (existing) {
        submission = await this.participation.saveSubmission(manager, Object.assign(existing, fields, { revision: existing.revision + 1 }));
      } else {
        submission = await this.participation.createSubmission(manager, {
          enrolmentId,
          stepId,
          revision: 1,
          firstSubmittedAt: now,
          feedback: null,
          feedbackBy: null,
          feedbackAt: null,
          ...fields,
        });
      }
      if (submission.caseId) {
        // Editing before the trainer answered is still one piece of work: keep one open contact.
        const open = await this.participation.openHomeworkContact(manager, submission.id);
        if (open)
          await this.participation.updateHomeworkContact(manager, open.id, {
            revision: submission.revision,
            submittedAt: now,
            caseId: submission.caseId,
          });
        else
          await this.participation.insertHomeworkContact(manager, {
            submissionId: submission.id,
            caseId: submission.caseId,
            clientId: enrolment.clientId,
            revision: submission.revision,
            submittedAt: now,
            workerId: null,
            answeredAt: null,
            outcome: null,
          });
      }
      await this.markDone(enrolment, stepId, manager);
      await this.audit.record(
        {
          actor: user,
          action: existing ? 'update' : 'create',
          resourceType: 'training_submission',
          resourceId: submission.id,
          clientId: enrolment.clientId,
          ...meta,
        },
        manager,
      );
      return toSubmissionView(submission, moduleId);
    });
  }

  /** The client's own submission; another client's id answers 404. */
  async submission(user: AuthUser, submissionId: string): Promise<SubmissionView> {
    const submission = await this.participation.findSubmission(submissionId);
    if (!submission)
      throw new NotFoundException({ message: 'This homework does not exist or is not yours.', code: 'trainings.homework_not_exist_2' });
    await this.access.enrolment(user, submission.enrolmentId).catch(() => {
      throw new NotFoundException({ message: 'This homework does not exist or is not yours.', code: 'trainings.homework_not_exist_2' });
    });
    const step = await this.content.step(submission.stepId);
    return toSubmissionView(submission, step.moduleId);
  }

  /** The step, if it belongs to this training and its module is open; 409 when still locked. */
  private async openStep(
    enrolment: EnrolmentEntity,
    stepId: string,
    manager: EntityManager,
  ): Promise<{ step: TrainingStepEntity; moduleId: string; snap: ProgressSnapshot }> {
    const snap = await this.progress.snapshot(enrolment, manager);
    const index = snap.modules.findIndex((m) => m.steps.some((s) => s.id === stepId));
    if (index < 0) throw new NotFoundException({ message: 'This step is not part of your training.', code: 'trainings.step_not_part' });
    if (snap.states[index].status === 'locked')
      throw new ConflictException({
        message: 'This module opens when you have finished the module before it.',
        code: 'trainings.module_locked',
      });
    const step = snap.modules[index].steps.find((s) => s.id === stepId)!;
    return { step, moduleId: snap.modules[index].id, snap };
  }

  private async markDone(enrolment: EnrolmentEntity, stepId: string, manager: EntityManager): Promise<void> {
    await this.participation.markStepDone(manager, enrolment.id, stepId, this.clock.now());
  }
}

function isTranslationLang(lang: TrainingReaderLang): lang is TrainingTranslationLang {
  return (TRAINING_TRANSLATION_LANGS as readonly string[]).includes(lang);
}
