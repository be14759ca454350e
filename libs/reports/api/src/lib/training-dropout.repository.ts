import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Organisation ($1), enrolments started in the period ($2..$3, Dutch days) and team of the enrolment's case ($4, null = all). */
export interface TrainingScope {
  organisationId: string;
  from: string;
  to: string;
  teamId: string | null;
}

export interface CourseModuleRow {
  training_id: string;
  training_title: string;
  module_id: string;
  position: number;
  title: string;
  requires_feedback: boolean;
  step_id: string | null;
  step_kind: string | null;
}

export interface EnrolmentRow {
  id: string;
  training_id: string;
  last_activity_at: Date;
  case_closed: boolean;
}

export interface EnrolmentFactRow {
  enrolment_id: string;
  step_id: string;
  completed: boolean;
  submission_status: string | null;
}

export interface ResponseRow {
  training_id: string;
  answered: number;
  waiting: number;
  median_hours: number | null;
}

const ENROLMENTS_SQL = `
SELECT e.id, e.training_id, e.last_activity_at, coalesce(c.closed_on IS NOT NULL, false) AS case_closed
  FROM training_enrolment e
  JOIN training t ON t.id = e.training_id
  LEFT JOIN care_case c ON c.id = e.case_id
 WHERE t.organisation_id = $1
   AND (e.started_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
   AND ($4::uuid IS NULL OR c.team_id = $4::uuid)`;

/** The steps each enrolment completed and the status of its homework per step. */
const FACTS_SQL = `
SELECT coalesce(p.enrolment_id, s.enrolment_id) AS enrolment_id, coalesce(p.step_id, s.step_id) AS step_id,
       p.enrolment_id IS NOT NULL AS completed, s.status AS submission_status
  FROM (SELECT enrolment_id, step_id FROM training_step_progress WHERE enrolment_id = ANY($1::uuid[])) p
  FULL JOIN (SELECT enrolment_id, step_id, status FROM training_submission WHERE enrolment_id = ANY($1::uuid[])) s
    ON s.enrolment_id = p.enrolment_id AND s.step_id = p.step_id`;

const STRUCTURE_SQL = `
SELECT t.id AS training_id, t.title AS training_title, m.id AS module_id, m.position, m.title, m.requires_feedback,
       s.id AS step_id, s.kind AS step_kind
  FROM training t
  JOIN training_module m ON m.training_id = t.id
  LEFT JOIN training_step s ON s.module_id = m.id
 WHERE t.id = ANY($1::uuid[])
 ORDER BY t.title, t.id, m.position, s.position`;

/**
 * The trainer's answers on homework submitted (each revision) in the period: how many were answered,
 * how many still wait, and the median hours from submission to answer.
 */
const RESPONSE_SQL = `
SELECT e.training_id,
       count(h.answered_at)::int AS answered,
       count(*) FILTER (WHERE h.answered_at IS NULL)::int AS waiting,
       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM h.answered_at - h.submitted_at) / 3600)
              FILTER (WHERE h.answered_at IS NOT NULL))::numeric, 1)::float AS median_hours
  FROM training_homework_contact h
  JOIN training_submission s ON s.id = h.submission_id
  JOIN training_enrolment e ON e.id = s.enrolment_id
  JOIN training t ON t.id = e.training_id
  LEFT JOIN care_case c ON c.id = h.case_id
 WHERE t.organisation_id = $1
   AND (h.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
   AND ($4::uuid IS NULL OR c.team_id = $4::uuid)
 GROUP BY e.training_id`;

/** Trainings' tables read for the team lead's drop-out figures (reports may join other domains' tables for aggregates). */
@Injectable()
export class TrainingDropoutRepository {
  constructor(private readonly dataSource: DataSource) {}

  enrolments(scope: TrainingScope): Promise<EnrolmentRow[]> {
    return this.dataSource.query(ENROLMENTS_SQL, this.params(scope));
  }

  facts(enrolmentIds: string[]): Promise<EnrolmentFactRow[]> {
    return enrolmentIds.length ? this.dataSource.query(FACTS_SQL, [enrolmentIds]) : Promise.resolve([]);
  }

  structure(trainingIds: string[]): Promise<CourseModuleRow[]> {
    return trainingIds.length ? this.dataSource.query(STRUCTURE_SQL, [trainingIds]) : Promise.resolve([]);
  }

  responses(scope: TrainingScope): Promise<ResponseRow[]> {
    return this.dataSource.query(RESPONSE_SQL, this.params(scope));
  }

  private params(scope: TrainingScope): Array<string | null> {
    return [scope.organisationId, scope.from, scope.to, scope.teamId];
  }
}
