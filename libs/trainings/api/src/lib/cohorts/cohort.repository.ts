import { Injectable } from '@nestjs/common';
import type { CohortMembership, CohortRole } from '@nabij/trainings/contracts';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import {
  CohortEntity,
  CohortMemberEntity,
  CohortTrainerEntity,
  GroupSessionEntity,
  SessionAttendanceEntity,
} from '../entities/cohort.entities';

export type CohortWithTitle = CohortEntity & { trainingTitle: string };

export type MembershipRow = CohortMembership & { status: 'invited' | 'active' | null };

/** Figures of one cohort's sessions in a period, for the team lead's report. */
export interface CohortReportRow {
  cohort_id: string;
  title: string;
  training_id: string;
  training_title: string;
  starts_on: string;
  participants: number;
  sessions_held: number;
  sessions_planned: number;
  present_marks: number;
  marks: number;
  group_minutes: number;
}

/**
 * SQL of group trainings: cohorts, their trainers and participants, group sessions and attendance.
 * Methods that take an EntityManager run in the caller's transaction.
 */
@Injectable()
export class CohortRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Cohorts

  async createCohort(db: EntityManager, cohort: DeepPartial<CohortEntity>, trainerIds: string[]): Promise<CohortEntity> {
    const repo = db.getRepository(CohortEntity);
    const saved = await repo.save(repo.create(cohort));
    await db.getRepository(CohortTrainerEntity).insert(trainerIds.map((trainerId) => ({ cohortId: saved.id, trainerId })));
    return saved;
  }

  /** The cohort of the organisation (another organisation's id: null), its row locked when asked. */
  async cohort(
    cohortId: string,
    organisationId: string | null,
    db: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<CohortWithTitle | null> {
    const qb = db
      .getRepository(CohortEntity)
      .createQueryBuilder('c')
      .where('c.id = :cohortId AND c.organisation_id = :organisationId', { cohortId, organisationId });
    if (lock) qb.setLock('pessimistic_write');
    const cohort = await qb.getOne();
    if (!cohort) return null;
    const [training] = await db.query(`SELECT title FROM training WHERE id = $1`, [cohort.trainingId]);
    return Object.assign(cohort, { trainingTitle: training.title as string });
  }

  async cohortsByIds(ids: string[]): Promise<CohortWithTitle[]> {
    if (!ids.length) return [];
    const rows = await this.dataSource.getRepository(CohortEntity).find({ where: { id: In(ids) }, order: { startsOn: 'DESC' } });
    const titles: Array<{ id: string; title: string }> = await this.dataSource.query(`SELECT id, title FROM training WHERE id = ANY($1)`, [
      [...new Set(rows.map((r) => r.trainingId))],
    ]);
    const byId = new Map(titles.map((t) => [t.id, t.title]));
    return rows.map((r) => Object.assign(r, { trainingTitle: byId.get(r.trainingId) ?? '' }));
  }

  async trainerIds(cohortIds: string[], db: EntityManager = this.dataSource.manager): Promise<Map<string, string[]>> {
    const rows = cohortIds.length ? await db.getRepository(CohortTrainerEntity).findBy({ cohortId: In(cohortIds) }) : [];
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.cohortId, [...(out.get(r.cohortId) ?? []), r.trainerId]);
    return out;
  }

  /** Every cohort of the organisation the user trains or takes part in (invited too), by title. */
  async membershipsOf(
    userId: string,
    organisationId: string | null,
    db: EntityManager = this.dataSource.manager,
  ): Promise<MembershipRow[]> {
    const rows: Array<{
      id: string;
      organisation_id: string;
      training_id: string;
      title: string;
      role: CohortRole;
      status: 'invited' | 'active' | null;
    }> = await db.query(
      `SELECT c.id, c.organisation_id, c.training_id, c.title, 'trainer' AS role, NULL AS status
         FROM training_cohort c JOIN training_cohort_trainer ct ON ct.cohort_id = c.id
        WHERE ct.trainer_id = $1 AND c.organisation_id = $2
       UNION ALL
       SELECT c.id, c.organisation_id, c.training_id, c.title, 'participant' AS role, m.status
         FROM training_cohort c JOIN training_cohort_member m ON m.cohort_id = c.id
        WHERE m.client_id = $1 AND c.organisation_id = $2
        ORDER BY title`,
      [userId, organisationId],
    );
    return rows.map((r) => ({
      cohortId: r.id,
      organisationId: r.organisation_id,
      trainingId: r.training_id,
      title: r.title,
      role: r.role,
      status: r.status,
    }));
  }

  // Members

  members(cohortIds: string[], db: EntityManager = this.dataSource.manager): Promise<CohortMemberEntity[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return db.getRepository(CohortMemberEntity).find({ where: { cohortId: In(cohortIds) }, order: { addedAt: 'ASC' } });
  }

  member(cohortId: string, clientId: string, db: EntityManager = this.dataSource.manager): Promise<CohortMemberEntity | null> {
    return db.getRepository(CohortMemberEntity).findOneBy({ cohortId, clientId });
  }

  async saveMember(db: EntityManager, member: CohortMemberEntity): Promise<void> {
    await db.getRepository(CohortMemberEntity).save(member);
  }

  /** The cohort that opens modules per session for this enrolment (its participant is active), else null. */
  async pacedCohortOfEnrolment(enrolmentId: string, db: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row] = await db.query(
      `SELECT c.id FROM training_cohort_member m JOIN training_cohort c ON c.id = m.cohort_id
        WHERE m.enrolment_id = $1 AND m.status = 'active' AND c.pacing = 'per_session' LIMIT 1`,
      [enrolmentId],
    );
    return row?.id ?? null;
  }

  // Sessions

  sessions(cohortIds: string[], db: EntityManager = this.dataSource.manager): Promise<GroupSessionEntity[]> {
    if (!cohortIds.length) return Promise.resolve([]);
    return db.getRepository(GroupSessionEntity).find({ where: { cohortId: In(cohortIds) }, order: { startsAt: 'ASC' } });
  }

  session(
    cohortId: string,
    sessionId: string,
    db: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<GroupSessionEntity | null> {
    return db
      .getRepository(GroupSessionEntity)
      .findOne({ where: { id: sessionId, cohortId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** A session by its id alone (the caller checks the cohort's organisation and membership). */
  sessionById(sessionId: string): Promise<GroupSessionEntity | null> {
    return this.dataSource.getRepository(GroupSessionEntity).findOneBy({ id: sessionId });
  }

  createSession(db: EntityManager, session: DeepPartial<GroupSessionEntity>): Promise<GroupSessionEntity> {
    const repo = db.getRepository(GroupSessionEntity);
    return repo.save(repo.create(session));
  }

  async updateSession(db: EntityManager, sessionId: string, fields: Partial<GroupSessionEntity>): Promise<void> {
    await db.getRepository(GroupSessionEntity).update({ id: sessionId }, fields);
  }

  async deleteSession(db: EntityManager, sessionId: string): Promise<void> {
    await db.getRepository(GroupSessionEntity).delete({ id: sessionId });
  }

  /** Takes the participant out of the group; their enrolment, work and past attendance stay. */
  async deleteMember(db: EntityManager, cohortId: string, clientId: string): Promise<void> {
    await db.getRepository(CohortMemberEntity).delete({ cohortId, clientId });
  }

  async markHeld(db: EntityManager, sessionId: string, at: Date): Promise<void> {
    await db.query(`UPDATE training_group_session SET held_at = coalesce(held_at, $2) WHERE id = $1`, [sessionId, at]);
  }

  attendance(sessionIds: string[], db: EntityManager = this.dataSource.manager): Promise<SessionAttendanceEntity[]> {
    if (!sessionIds.length) return Promise.resolve([]);
    return db.getRepository(SessionAttendanceEntity).findBy({ sessionId: In(sessionIds) });
  }

  async replaceAttendance(db: EntityManager, sessionId: string, rows: SessionAttendanceEntity[]): Promise<void> {
    await db.getRepository(SessionAttendanceEntity).delete({ sessionId });
    if (rows.length) await db.getRepository(SessionAttendanceEntity).insert(rows);
  }

  /** The trainer's time contact for this session, made once: its id is what time registration keys on. */
  async groupContact(db: EntityManager, sessionId: string, trainerId: string): Promise<string> {
    await db.query(`INSERT INTO training_group_contact (session_id, trainer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      sessionId,
      trainerId,
    ]);
    const [row] = await db.query(`SELECT id FROM training_group_contact WHERE session_id = $1 AND trainer_id = $2`, [sessionId, trainerId]);
    return row.id;
  }

  // The team lead's figures

  /**
   * Per cohort of the organisation (with one of `trainerIds` as trainer when given): participants,
   * and sessions, attendance marks and group minutes of the Dutch days [from, to].
   */
  reportRows(organisationId: string, from: string, to: string, trainerIds: string[] | null): Promise<CohortReportRow[]> {
    return this.dataSource.query(
      `SELECT c.id AS cohort_id, c.title, c.training_id, t.title AS training_title, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
              (SELECT count(*)::int FROM training_cohort_member m WHERE m.cohort_id = c.id AND m.status = 'active') AS participants,
              count(s.id) FILTER (WHERE s.held_at IS NOT NULL)::int AS sessions_held,
              count(s.id)::int AS sessions_planned,
              coalesce(sum(a.present_marks) FILTER (WHERE s.held_at IS NOT NULL), 0)::int AS present_marks,
              coalesce(sum(a.marks) FILTER (WHERE s.held_at IS NOT NULL), 0)::int AS marks,
              coalesce(sum(s.minutes) FILTER (WHERE s.held_at IS NOT NULL), 0)::int AS group_minutes
         FROM training_cohort c
         JOIN training t ON t.id = c.training_id
         LEFT JOIN training_group_session s
           ON s.cohort_id = c.id AND (s.starts_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE present) AS present_marks, count(*) AS marks
             FROM training_session_attendance WHERE session_id = s.id
         ) a ON true
        WHERE c.organisation_id = $1
          AND ($4::uuid[] IS NULL OR EXISTS (
                SELECT 1 FROM training_cohort_trainer ct WHERE ct.cohort_id = c.id AND ct.trainer_id = ANY($4::uuid[])))
        GROUP BY c.id, t.title
        ORDER BY c.starts_on DESC, c.title`,
      [organisationId, from, to, trainerIds],
    );
  }
}
