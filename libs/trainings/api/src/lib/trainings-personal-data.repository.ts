import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccountDirectoryService } from '@nabij/identity/api';
import { PersonalDataRegistry, PersonalDataSource } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/**
 * The trainings part of "download my data": each enrolment with the client's goals, the steps done,
 * self-test answers and scores, homework answers with the trainer's feedback, and the groups the
 * client is in (nickname, status) with their own attendance. Left out: the
 * training content itself (the organisation's material, the same for everyone) and the trainer's
 * task-list bookkeeping.
 */
@Injectable()
export class TrainingsPersonalDataRepository implements PersonalDataSource, OnModuleInit {
  readonly section = 'trainings';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly accounts: AccountDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const enrolments = await this.db.query(
      `SELECT e.id, t.title AS training, e.mode, e.goals, e.started_at AS "startedAt", e.last_activity_at AS "lastActivityAt",
              e.reminders_enabled AS "remindersEnabled", e.reminder_frequency AS "reminderFrequency",
              (SELECT count(*)::int FROM training_step_progress p WHERE p.enrolment_id = e.id) AS "stepsDone"
       FROM training_enrolment e JOIN training t ON t.id = e.training_id
       WHERE e.client_id = $1 ORDER BY e.started_at, e.id`,
      [clientId],
    );
    const selfTests = await this.db.query(
      `SELECT r.enrolment_id AS "enrolmentId", s.title AS step, r.answers, r.score, r.max_score AS "maxScore", r.band_title AS result,
              r.taken_at AS "takenAt"
       FROM training_self_test_result r JOIN training_enrolment e ON e.id = r.enrolment_id JOIN training_step s ON s.id = r.step_id
       WHERE e.client_id = $1 ORDER BY r.taken_at`,
      [clientId],
    );
    const homework: Array<{ feedbackById: string | null }> = await this.db.query(
      `SELECT x.enrolment_id AS "enrolmentId", s.title AS step, x.answers, x.status, x.submitted_at AS "submittedAt",
              x.feedback, x.feedback_by AS "feedbackById", x.feedback_at AS "feedbackAt"
       FROM training_submission x JOIN training_enrolment e ON e.id = x.enrolment_id JOIN training_step s ON s.id = x.step_id
       WHERE e.client_id = $1 ORDER BY x.submitted_at`,
      [clientId],
    );
    const groups = await this.db.query(
      `SELECT c.title AS "group", t.title AS training, m.status, m.nickname, m.added_at AS "addedAt",
              (SELECT coalesce(json_agg(json_build_object('startsAt', s.starts_at, 'present', a.present) ORDER BY s.starts_at), '[]'::json)
                 FROM training_session_attendance a JOIN training_group_session s ON s.id = a.session_id
                WHERE a.client_id = m.client_id AND s.cohort_id = c.id) AS attendance
       FROM training_cohort_member m JOIN training_cohort c ON c.id = m.cohort_id JOIN training t ON t.id = c.training_id
       WHERE m.client_id = $1 ORDER BY m.added_at`,
      [clientId],
    );
    return { enrolments, selfTests, homework: await this.accounts.withNames(homework, 'feedbackById', 'feedbackBy'), groups };
  }
}
