import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, JobsService, MailService, RequestMeta } from '@nabij/platform/api';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import type {
  ParticipantOverview,
  SelfTestStepContent,
  SubmissionView,
  TrainerSubmissionView,
  TrainerTask,
} from '@nabij/trainings/contracts';
import { DataSource } from 'typeorm';
import { FeedbackDto } from './dto/training.dto';
import { TrainingStepEntity } from './entities/training-content.entities';
import { SubmissionEntity } from './entities/participation.entities';
import { toSelfTestResult, toSubmissionView } from './learning.service';
import { ParticipantAccessService } from './participant-access.service';
import { ParticipationRepository } from './participation.repository';
import { progressFigures, ProgressService } from './progress.service';
import { TrainingContentRepository } from './training-content.repository';
import { homeworkMail } from './trainer-mails';

const HOUR = 3_600_000;

/** The trainer's side: homework waiting for feedback, feedback itself, and who is stalling. */
@Injectable()
export class TrainerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ParticipantAccessService,
    private readonly participation: ParticipationRepository,
    private readonly content: TrainingContentRepository,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /**
   * Homework waiting for feedback from this worker: the current worker of the enrolment's case while
   * it is open, else the training's trainer (so a hand-over takes the open homework along), the
   * longest waiting first.
   */
  async tasks(user: AuthUser): Promise<TrainerTask[]> {
    const openCaseIds = await this.cases.openCaseIdsOfWorker(user.id, user.organisationId);
    const candidates = await this.participation.trainerTaskCandidates(user.id, user.organisationId, openCaseIds);
    // The trainer answers homework of an enrolment whose case is closed (or that has none); while the
    // case is open and has a worker, that worker answers it.
    const mine = new Set(openCaseIds);
    const elsewhere = candidates.filter((r) => r.case_id && !mine.has(r.case_id)).map((r) => r.case_id);
    const cases = await this.cases.casesByIds(elsewhere);
    const answeredByOther = (caseId: string | null) => {
      const c = caseId && !mine.has(caseId) ? cases.get(caseId) : undefined;
      return !!c && !c.closedOn && !!c.assignedWorkerId && c.assignedWorkerId !== user.id;
    };
    const rows = candidates.filter((r) => !answeredByOther(r.case_id));
    const names = await this.accounts.namesByIds(rows.map((r) => r.client_id));
    const now = this.clock.now().getTime();
    return rows.map((r) => ({
      submissionId: r['id'],
      enrolmentId: r['enrolment_id'],
      clientId: r['client_id'],
      clientName: names.get(r.client_id) ?? null,
      trainingTitle: r['training_title'],
      moduleTitle: r['module_title'],
      stepTitle: r['step_title'],
      submittedAt: new Date(r['submitted_at']).toISOString(),
      waitingHours: Math.floor((now - new Date(r['submitted_at']).getTime()) / HOUR),
      unlocksNextModule: r['requires_feedback'],
    }));
  }

  /** The homework with the self-tests of its module as the client last saw them (one audited read). */
  async submission(user: AuthUser, submissionId: string, meta: RequestMeta): Promise<TrainerSubmissionView & { step: TrainingStepEntity }> {
    const { submission, step } = await this.visibleSubmission(user, submissionId);
    const enrolment = await this.participation.enrolment(submission.enrolmentId);
    const [siblings, results] = await Promise.all([
      this.content.steps(this.dataSource.manager, step.moduleId),
      this.participation.selfTestResults(enrolment.id),
    ]);
    const selfTests = siblings
      .filter((s) => s.kind === 'self_test')
      .map((s) => {
        const last = results.find((r) => r.stepId === s.id);
        return { stepId: s.id, stepTitle: s.title, result: last ? toSelfTestResult(last, s.content as SelfTestStepContent) : null };
      });
    await this.audit.record({
      actor: user,
      action: 'read',
      resourceType: 'training_submission',
      resourceId: submission.id,
      clientId: enrolment.clientId,
      ...meta,
    });
    return { ...toSubmissionView(submission, step.moduleId), selfTests, step };
  }

  /** Feedback closes the homework; at a feedback moment it opens the next module. */
  giveFeedback(user: AuthUser, submissionId: string, dto: FeedbackDto, meta: RequestMeta): Promise<SubmissionView> {
    return this.answer(user, submissionId, dto, meta, 'feedback_given');
  }

  /** Back to the client for more work, with a note why; the client can hand it in again. */
  returnForWork(user: AuthUser, submissionId: string, dto: FeedbackDto, meta: RequestMeta): Promise<SubmissionView> {
    return this.answer(user, submissionId, dto, meta, 'returned');
  }

  async participants(user: AuthUser): Promise<ParticipantOverview[]> {
    const openCaseIds = await this.cases.openCaseIdsOfWorker(user.id, user.organisationId);
    const rows = await this.participation.participantsOf(user.id, user.organisationId, openCaseIds);
    const names = await this.accounts.namesByIds(rows.map((e) => e.clientId));
    const now = this.clock.now();
    const out: ParticipantOverview[] = [];
    for (const e of rows) {
      const f = progressFigures(await this.progress.snapshot(e), e.lastActivityAt, now);
      out.push({
        enrolmentId: e.id,
        clientId: e.clientId,
        clientName: names.get(e.clientId) ?? null,
        trainingTitle: e.training_title,
        mode: e.mode,
        startedAt: e.startedAt.toISOString(),
        lastActivityAt: e.lastActivityAt.toISOString(),
        modulesDone: f.modulesDone,
        modulesTotal: f.modulesTotal,
        waitingForFeedback: f.waitingForFeedback,
        stalled: f.stallReasons.length > 0,
        stallReasons: f.stallReasons,
      });
    }
    return out;
  }

  private async answer(
    user: AuthUser,
    submissionId: string,
    dto: FeedbackDto,
    meta: RequestMeta,
    outcome: 'feedback_given' | 'returned',
  ): Promise<SubmissionView> {
    const { view, clientId } = await this.dataSource.transaction(async (manager) => {
      const { submission, step } = await this.visibleSubmission(user, submissionId, manager);
      if (submission.status !== 'submitted') {
        throw new ConflictException(
          submission.status === 'returned'
            ? 'This homework is back with the client; wait until they hand it in again.'
            : 'Feedback has already been given on this homework.',
        );
      }
      const now = this.clock.now();
      Object.assign(submission, { status: outcome, feedback: dto.feedback, feedbackBy: user.id, feedbackAt: now });
      await this.participation.saveSubmission(manager, submission);
      // Feedback (or a return) is a contact on the case: prefill its time once per hand-in round.
      const contacts = await this.participation.answerHomeworkContacts(manager, submissionId, user.id, now, outcome);
      for (const c of contacts) {
        const contact: ContactOccurred = {
          source: 'homework',
          sourceId: c.id,
          workerId: user.id,
          caseId: c.caseId,
          contactType: 'homework_feedback',
          occurredOn: dutchDate(now),
        };
        await this.jobs.send(CONTACT_OCCURRED, contact, { manager });
      }
      const enrolment = await this.participation.enrolment(submission.enrolmentId, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'update',
          resourceType: 'training_submission',
          resourceId: submission.id,
          clientId: enrolment.clientId,
          reason: outcome,
          ...meta,
        },
        manager,
      );
      return { view: toSubmissionView(submission, step.moduleId), clientId: enrolment.clientId };
    });
    await this.notifyClient(clientId, outcome);
    return view;
  }

  /** No homework content in the mail: the device or mailbox may be shared. In the client's language, Dutch below. */
  private async notifyClient(clientId: string, outcome: 'feedback_given' | 'returned'): Promise<void> {
    const target = await this.accounts.mailTargetOf(clientId);
    if (!target) return;
    await this.mail.send(homeworkMail(target.email, target.language, outcome));
  }

  private async visibleSubmission(
    user: AuthUser,
    submissionId: string,
    manager = this.dataSource.manager,
  ): Promise<{ submission: SubmissionEntity; step: TrainingStepEntity }> {
    const submission = await this.participation.findSubmissionForUpdate(manager, submissionId);
    if (!submission)
      throw new NotFoundException({
        message: 'This homework does not exist or is not one of your participants.',
        code: 'trainings.homework_not_exist',
      });
    await this.access.enrolment(user, submission.enrolmentId, manager).catch(() => {
      throw new NotFoundException({
        message: 'This homework does not exist or is not one of your participants.',
        code: 'trainings.homework_not_exist',
      });
    });
    const step = await this.content.step(submission.stepId, manager);
    return { submission, step };
  }
}
