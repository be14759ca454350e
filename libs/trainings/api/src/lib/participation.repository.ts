import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial, EntityManager, In, IsNull } from 'typeorm';
import { TrainingEntity } from './entities/training-content.entities';
import {
  EnrolmentEntity,
  HomeworkContactEntity,
  SelfTestResultEntity,
  StepProgressEntity,
  SubmissionEntity,
} from './entities/participation.entities';

/**
 * Who may see a participant's work: the client themself, and a worker who is the training's
 * trainer or is assigned to the open case the enrolment was made in (e.case_id, one of
 * `:caseIds`, the worker's open cases from dossier's CaseLookupService). Not "any case of this
 * client": a worker who opens another case for the same client must not gain their homework.
 * Everyone else gets the same 404 as for an unknown id, so ids cannot be probed. Team leads and
 * admins never see answers. A self-help course has no trainer: whoever edits it sees no participants.
 */
const WORKER_SEES_ENROLMENT = `((t.trainer_id = :workerId AND t.kind = 'guided') OR e.case_id = ANY(:caseIds::uuid[]))`;

/** Who asks for an enrolment; the role decides which enrolments they can see (see WORKER_SEES_ENROLMENT). */
export interface EnrolmentViewer {
  id: string;
  role: string;
  organisationId: string | null;
  /** A worker's open cases (dossier's CaseLookupService); an enrolment made in one of them is theirs too. */
  openCaseIds?: string[];
}

/** Homework waiting for feedback, as the trainer's task list reads it. */
export interface TrainerTaskRow {
  id: string;
  enrolment_id: string;
  client_id: string;
  case_id: string | null;
  trainer_id: string | null;
  training_title: string;
  module_title: string;
  step_title: string;
  submitted_at: Date;
  requires_feedback: boolean;
}

export type EnrolmentWithTitle = EnrolmentEntity & { training_title: string };

/**
 * SQL of taking part in a training: enrolments, step progress, self-test results, homework
 * submissions and their homework contacts, the trainer's lists and the reminder claims. Methods
 * that take an EntityManager run in the caller's transaction (row locks included).
 */
@Injectable()
export class ParticipationRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Enrolments

  /** The enrolment if the viewer may see it (the rule is WORKER_SEES_ENROLMENT); `lock` holds the row. */
  visibleEnrolment(db: EntityManager, viewer: EnrolmentViewer, enrolmentId: string, lock: boolean): Promise<EnrolmentEntity | null> {
    const qb = db
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .innerJoin(TrainingEntity, 't', 't.id = e.training_id')
      .where('e.id = :enrolmentId', { enrolmentId })
      .andWhere('t.organisation_id = :org', { org: viewer.organisationId });
    if (viewer.role === 'client') qb.andWhere('e.client_id = :clientId', { clientId: viewer.id });
    else if (viewer.role === 'worker') qb.andWhere(WORKER_SEES_ENROLMENT, { workerId: viewer.id, caseIds: viewer.openCaseIds ?? [] });
    else qb.andWhere('false');
    if (lock) qb.setLock('pessimistic_write', undefined, ['e']);
    return qb.getOne();
  }

  enrolment(enrolmentId: string, db: EntityManager = this.dataSource.manager): Promise<EnrolmentEntity> {
    return db.getRepository(EnrolmentEntity).findOneByOrFail({ id: enrolmentId });
  }

  findEnrolmentOf(trainingId: string, clientId: string, db: EntityManager = this.dataSource.manager): Promise<EnrolmentEntity | null> {
    return db.getRepository(EnrolmentEntity).findOneBy({ trainingId, clientId });
  }

  createEnrolment(db: EntityManager, enrolment: DeepPartial<EnrolmentEntity>): Promise<EnrolmentEntity> {
    const repo = db.getRepository(EnrolmentEntity);
    return repo.save(repo.create(enrolment));
  }

  /** The client's enrolments with their training, newest first. */
  async enrolmentsOfClient(clientId: string): Promise<Array<EnrolmentEntity & { training: TrainingEntity }>> {
    const rows = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .innerJoinAndMapOne('e.training', TrainingEntity, 't', 't.id = e.training_id')
      .where('e.client_id = :id', { id: clientId })
      .orderBy('e.started_at', 'DESC')
      .getMany();
    return rows as Array<EnrolmentEntity & { training: TrainingEntity }>;
  }

  async updateReminderSettings(
    enrolmentId: string,
    settings: Pick<EnrolmentEntity, 'remindersEnabled' | 'reminderFrequency' | 'remindersEnabledAt'>,
  ): Promise<void> {
    await this.dataSource.getRepository(EnrolmentEntity).update(enrolmentId, settings);
  }

  // Progress and self-tests

  stepProgress(db: EntityManager, enrolmentId: string): Promise<StepProgressEntity[]> {
    return db.getRepository(StepProgressEntity).find({ where: { enrolmentId } });
  }

  /** Records the step as done (once) and the enrolment's last activity. */
  async markStepDone(db: EntityManager, enrolmentId: string, stepId: string, now: Date): Promise<void> {
    await db.query(
      `INSERT INTO training_step_progress (enrolment_id, step_id, completed_at) VALUES ($1, $2, $3) ON CONFLICT (enrolment_id, step_id) DO NOTHING`,
      [enrolmentId, stepId, now],
    );
    await db.getRepository(EnrolmentEntity).update(enrolmentId, { lastActivityAt: now });
  }

  /** The enrolment's self-test results, newest first. */
  selfTestResults(enrolmentId: string): Promise<SelfTestResultEntity[]> {
    return this.dataSource.getRepository(SelfTestResultEntity).find({ where: { enrolmentId }, order: { takenAt: 'DESC' } });
  }

  async insertSelfTestResult(db: EntityManager, result: Omit<SelfTestResultEntity, 'id'>): Promise<void> {
    await db.getRepository(SelfTestResultEntity).insert(result);
  }

  // Homework submissions and contacts

  submissions(db: EntityManager, enrolmentId: string): Promise<SubmissionEntity[]> {
    return db.getRepository(SubmissionEntity).find({ where: { enrolmentId } });
  }

  findSubmission(submissionId: string): Promise<SubmissionEntity | null> {
    return this.dataSource.getRepository(SubmissionEntity).findOneBy({ id: submissionId });
  }

  /** The submission; inside a transaction its row is held until the transaction ends. */
  findSubmissionForUpdate(db: EntityManager, submissionId: string): Promise<SubmissionEntity | null> {
    return db
      .getRepository(SubmissionEntity)
      .findOne({ where: { id: submissionId }, lock: db.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined });
  }

  findSubmissionOf(db: EntityManager, enrolmentId: string, stepId: string): Promise<SubmissionEntity | null> {
    return db.getRepository(SubmissionEntity).findOneBy({ enrolmentId, stepId });
  }

  saveSubmission(db: EntityManager, submission: SubmissionEntity): Promise<SubmissionEntity> {
    return db.getRepository(SubmissionEntity).save(submission);
  }

  createSubmission(db: EntityManager, submission: DeepPartial<SubmissionEntity>): Promise<SubmissionEntity> {
    const repo = db.getRepository(SubmissionEntity);
    return repo.save(repo.create(submission));
  }

  /** The homework contact of the submission that is not answered yet, if any. */
  openHomeworkContact(db: EntityManager, submissionId: string): Promise<HomeworkContactEntity | null> {
    return db.getRepository(HomeworkContactEntity).findOneBy({ submissionId, answeredAt: IsNull() });
  }

  async updateHomeworkContact(
    db: EntityManager,
    contactId: string,
    changes: Pick<HomeworkContactEntity, 'revision' | 'submittedAt' | 'caseId'>,
  ): Promise<void> {
    await db.getRepository(HomeworkContactEntity).update(contactId, changes);
  }

  async insertHomeworkContact(db: EntityManager, contact: Omit<HomeworkContactEntity, 'id'>): Promise<void> {
    await db.getRepository(HomeworkContactEntity).insert(contact);
  }

  /** Marks the submission's open contacts answered by the worker at `now`, and returns them. */
  async answerHomeworkContacts(
    db: EntityManager,
    submissionId: string,
    workerId: string,
    now: Date,
    outcome: HomeworkContactEntity['outcome'],
  ): Promise<HomeworkContactEntity[]> {
    const contacts = db.getRepository(HomeworkContactEntity);
    await contacts.update({ submissionId, answeredAt: IsNull() }, { workerId, answeredAt: now, outcome });
    return contacts.findBy({ submissionId, workerId, answeredAt: now });
  }

  // The trainer's lists

  /**
   * Submitted homework of the trainings the worker trains or of enrolments made in their open cases
   * (`openCaseIds`), the longest waiting first: TrainerService keeps the tasks the worker answers now.
   */
  trainerTaskCandidates(workerId: string, organisationId: string | null, openCaseIds: string[]): Promise<TrainerTaskRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.enrolment_id, s.submitted_at, e.client_id, e.case_id, t.trainer_id, t.title AS training_title,
              m.title AS module_title, st.title AS step_title, m.requires_feedback
         FROM training_submission s
         JOIN training_enrolment e ON e.id = s.enrolment_id
         JOIN training t ON t.id = e.training_id
         JOIN training_step st ON st.id = s.step_id
         JOIN training_module m ON m.id = st.module_id
        WHERE s.status = 'submitted' AND t.organisation_id = $2
          AND (t.trainer_id = $1 OR e.case_id = ANY($3::uuid[]))
        ORDER BY s.submitted_at ASC, s.id`,
      [workerId, organisationId, openCaseIds],
    );
  }

  /** The enrolments the worker may see (WORKER_SEES_ENROLMENT), with the training's title, the least active first. */
  async participantsOf(workerId: string, organisationId: string | null, openCaseIds: string[]): Promise<EnrolmentWithTitle[]> {
    const { raw, entities } = await this.dataSource
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .innerJoin('training', 't', 't.id = e.training_id')
      .where('t.organisation_id = :org', { org: organisationId })
      .andWhere(WORKER_SEES_ENROLMENT, { workerId, caseIds: openCaseIds })
      .addSelect('t.title', 'training_title')
      .orderBy('e.last_activity_at', 'ASC')
      .getRawAndEntities();
    return entities.map((e) => Object.assign(e, { training_title: raw.find((r) => r.e_id === e.id)?.training_title }));
  }

  // Reminders

  /**
   * Claims up to `limit` enrolments whose reminder is due (FOR UPDATE SKIP LOCKED, so parallel runs
   * take different rows) with their client.
   */
  claimDueReminders(
    db: EntityManager,
    now: Date,
    intervalHours: { weekly: number; twiceWeekly: number },
    limit: number,
  ): Promise<Array<{ id: string; client_id: string }>> {
    return db.query(
      `SELECT e.id, e.client_id
         FROM training_enrolment e
        WHERE e.reminders_enabled
          AND greatest(e.last_activity_at, e.last_reminded_at, e.reminders_enabled_at)
              + make_interval(hours => CASE e.reminder_frequency WHEN 'twice_weekly' THEN $2::int ELSE $3::int END) <= $1
        ORDER BY e.last_reminded_at NULLS FIRST, e.id
        LIMIT $4
        FOR UPDATE OF e SKIP LOCKED`,
      [now, intervalHours.twiceWeekly, intervalHours.weekly, limit],
    );
  }

  enrolments(db: EntityManager, ids: string[]): Promise<EnrolmentEntity[]> {
    return db.getRepository(EnrolmentEntity).findBy({ id: In(ids) });
  }

  async setLastReminded(db: EntityManager, enrolmentId: string, at: Date): Promise<void> {
    await db.getRepository(EnrolmentEntity).update(enrolmentId, { lastRemindedAt: at });
  }
}
