import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, JobsService, MailService, RequestMeta } from '@nabij/platform/api';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import type { ParticipantOverview, SubmissionView, TrainerTask } from '@nabij/trainings/contracts';
import { DataSource, IsNull } from 'typeorm';
import { FeedbackDto } from './dto/training.dto';
import { TrainingStepEntity } from './entities/training-content.entities';
import { EnrolmentEntity, HomeworkContactEntity, SubmissionEntity } from './entities/participation.entities';
import { toSubmissionView } from './learning.service';
import { HOMEWORK_ANSWERED_BY, ParticipantAccessService, WORKER_SEES_ENROLMENT } from './participant-access.service';
import { ProgressService } from './progress.service';
import { detectStall } from './stall-detection';

const HOUR = 3_600_000;

/** The trainer's side: homework waiting for feedback, feedback itself, and who is stalling. */
@Injectable()
export class TrainerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ParticipantAccessService,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
  ) {}

  /**
   * Homework waiting for feedback from this worker: the current worker of the enrolment's case while
   * it is open, else the training's trainer (so a hand-over takes the open homework along), the
   * longest waiting first.
   */
  async tasks(user: AuthUser): Promise<TrainerTask[]> {
    const rows: Array<{
      id: string;
      enrolment_id: string;
      client_id: string;
      client_name: string;
      training_title: string;
      module_title: string;
      step_title: string;
      submitted_at: Date;
      requires_feedback: boolean;
    }> = await this.dataSource.query(
      `SELECT s.id, s.enrolment_id, s.submitted_at, e.client_id, a.name AS client_name, t.title AS training_title,
              m.title AS module_title, st.title AS step_title, m.requires_feedback
         FROM training_submission s
         JOIN training_enrolment e ON e.id = s.enrolment_id
         JOIN training t ON t.id = e.training_id
         JOIN training_step st ON st.id = s.step_id
         JOIN training_module m ON m.id = st.module_id
         JOIN account a ON a.id = e.client_id
        WHERE s.status = 'submitted' AND t.organisation_id = $2
          AND ${HOMEWORK_ANSWERED_BY} = $1
        ORDER BY s.submitted_at ASC, s.id`,
      [user.id, user.organisationId],
    );
    const now = this.clock.now().getTime();
    return rows.map((r) => ({
      submissionId: r['id'],
      enrolmentId: r['enrolment_id'],
      clientId: r['client_id'],
      clientName: r['client_name'],
      trainingTitle: r['training_title'],
      moduleTitle: r['module_title'],
      stepTitle: r['step_title'],
      submittedAt: new Date(r['submitted_at']).toISOString(),
      waitingHours: Math.floor((now - new Date(r['submitted_at']).getTime()) / HOUR),
      unlocksNextModule: r['requires_feedback'],
    }));
  }

  async submission(user: AuthUser, submissionId: string, meta: RequestMeta): Promise<SubmissionView & { step: TrainingStepEntity }> {
    const { submission, step } = await this.visibleSubmission(user, submissionId);
    const enrolment = await this.dataSource.getRepository(EnrolmentEntity).findOneByOrFail({ id: submission.enrolmentId });
    await this.audit.record({
      actor: user,
      action: 'read',
      resourceType: 'training_submission',
      resourceId: submission.id,
      clientId: enrolment.clientId,
      ...meta,
    });
    return { ...toSubmissionView(submission, step.moduleId), step };
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
    const rows: Array<EnrolmentEntity & { training_title: string; client_name: string | null }> = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .innerJoin('training', 't', 't.id = e.training_id')
      .innerJoin('account', 'a', 'a.id = e.client_id')
      .where('t.organisation_id = :org', { org: user.organisationId })
      .andWhere(WORKER_SEES_ENROLMENT, { workerId: user.id })
      .addSelect('t.title', 'training_title')
      .addSelect('a.name', 'client_name')
      .orderBy('e.last_activity_at', 'ASC')
      .getRawAndEntities()
      .then(({ raw, entities }) =>
        entities.map((e) =>
          Object.assign(e, {
            training_title: raw.find((r) => r.e_id === e.id)?.training_title,
            client_name: raw.find((r) => r.e_id === e.id)?.client_name,
          }),
        ),
      );
    const now = this.clock.now();
    const out: ParticipantOverview[] = [];
    for (const e of rows) {
      const snap = await this.progress.snapshot(e);
      const diaryStepIds = new Set(
        snap.modules
          .flatMap((m) => m.steps)
          .filter((s) => s.kind === 'assignment' && (s.content as { type: string }).type === 'diary')
          .map((s) => s.id),
      );
      const modulesDone = snap.states.filter((s) => s.passed).length;
      const waiting = snap.submissions.filter((s) => s.status === 'submitted').length;
      const reasons = detectStall({
        now,
        lastActivityAt: e.lastActivityAt,
        diaryAnswers: snap.submissions.filter((s) => diaryStepIds.has(s.stepId)).map((s) => s.answers),
        waitingForFeedback: waiting > 0,
        finished: snap.modules.length > 0 && modulesDone === snap.modules.length,
      });
      out.push({
        enrolmentId: e.id,
        clientId: e.clientId,
        clientName: e.client_name,
        trainingTitle: e.training_title,
        mode: e.mode,
        startedAt: e.startedAt.toISOString(),
        lastActivityAt: e.lastActivityAt.toISOString(),
        modulesDone,
        modulesTotal: snap.modules.length,
        waitingForFeedback: waiting,
        stalled: reasons.length > 0,
        stallReasons: reasons,
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
      await manager.getRepository(SubmissionEntity).save(submission);
      await manager
        .getRepository(HomeworkContactEntity)
        .update({ submissionId, answeredAt: IsNull() }, { workerId: user.id, answeredAt: now, outcome });
      // Feedback (or a return) is a contact on the case: prefill its time once per hand-in round.
      const contacts = await manager.getRepository(HomeworkContactEntity).findBy({ submissionId, workerId: user.id, answeredAt: now });
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
      const enrolment = await manager.getRepository(EnrolmentEntity).findOneByOrFail({ id: submission.enrolmentId });
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

  /** No homework content in the mail: the device or mailbox may be shared. */
  private async notifyClient(clientId: string, outcome: 'feedback_given' | 'returned'): Promise<void> {
    const [client] = await this.dataSource.query(`SELECT email FROM account WHERE id = $1`, [clientId]);
    if (!client) return;
    const subject = outcome === 'feedback_given' ? 'Je trainer heeft gereageerd op je huiswerk' : 'Je trainer vraagt je iets aan te vullen';
    const text =
      outcome === 'feedback_given'
        ? 'Hallo,\n\nJe trainer heeft je huiswerk gelezen en een reactie geschreven. Log in bij Nabij en open Training om de reactie te lezen.\n\nGroet,\nNabij'
        : 'Hallo,\n\nJe trainer heeft je huiswerk gelezen en vraagt je om er nog wat aan te doen. Log in bij Nabij en open Training om te zien wat.\n\nGroet,\nNabij';
    await this.mail.send({ to: client.email, subject, text });
  }

  private async visibleSubmission(
    user: AuthUser,
    submissionId: string,
    manager = this.dataSource.manager,
  ): Promise<{ submission: SubmissionEntity; step: TrainingStepEntity }> {
    const submission = await manager
      .getRepository(SubmissionEntity)
      .findOne({ where: { id: submissionId }, lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined });
    if (!submission) throw new NotFoundException('This homework does not exist or is not one of your participants.');
    await this.access.enrolment(user, submission.enrolmentId, manager).catch(() => {
      throw new NotFoundException('This homework does not exist or is not one of your participants.');
    });
    const step = await manager.getRepository(TrainingStepEntity).findOneByOrFail({ id: submission.stepId });
    return { submission, step };
  }
}
