import { Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import { MIN_GROUP_SIZE, TRAINING_STOP_DAYS } from '@nabij/reports/contracts';
import type { TrainingCourseFigures, TrainingDropoutReport } from '@nabij/reports/contracts';
import { TRAINING_LIMITS } from '@nabij/trainings/contracts';
import { CaseloadReportService } from './caseload-report.service';
import { TrainingDropoutQueryDto } from './dto/training-dropout-query.dto';
import { shownCount } from './intake-report.service';
import { CourseModuleRow, EnrolmentFactRow, EnrolmentRow, TrainingDropoutRepository } from './training-dropout.repository';

const DAY = 86_400_000;

export type EnrolmentOutcome = 'finished' | 'active' | 'stalled' | 'stopped';

interface CourseModule {
  position: number;
  title: string;
  requiresFeedback: boolean;
  steps: Array<{ id: string; kind: string }>;
}

/**
 * Which modules an enrolment passed, as the trainings lib decides it (module-progress.ts): modules
 * open one after another; a module is passed when every step is done and, at a feedback moment,
 * every homework of it got feedback. Returns how many modules were passed in a row.
 */
export function modulesPassed(modules: CourseModule[], facts: EnrolmentFactRow[]): number {
  const done = new Set(facts.filter((f) => f.completed).map((f) => f.step_id));
  const status = new Map(facts.map((f) => [f.step_id, f.submission_status]));
  let passed = 0;
  for (const m of modules) {
    const allDone = m.steps.every((s) => done.has(s.id));
    const feedbackOk =
      !m.requiresFeedback || m.steps.filter((s) => s.kind === 'assignment').every((s) => status.get(s.id) === 'feedback_given');
    if (!allDone || !feedbackOk) break;
    passed++;
  }
  return passed;
}

/**
 * What became of one enrolment: finished (every module passed); stopped (its case was closed, or no
 * progress for TRAINING_STOP_DAYS); active while homework waits for the trainer (the silence is not
 * the participant's); stalled after TRAINING_LIMITS.stallDays without progress; else active.
 */
export function outcomeOf(e: EnrolmentRow, passed: number, moduleCount: number, waitingForTrainer: boolean, now: Date): EnrolmentOutcome {
  if (moduleCount > 0 && passed === moduleCount) return 'finished';
  const idleDays = (now.getTime() - new Date(e.last_activity_at).getTime()) / DAY;
  if (e.case_closed || idleDays >= TRAINING_STOP_DAYS) return 'stopped';
  if (waitingForTrainer) return 'active';
  return idleDays >= TRAINING_LIMITS.stallDays ? 'stalled' : 'active';
}

/**
 * Drop-out in trainings (issue 20): participants who started a course in the period, per course
 * and module — finished, active, stalled, stopped and where they dropped out — and the trainer's
 * response time on homework. A team lead sees the enrolments of their team's cases. Counts of
 * people of 1–4 are hidden; no names, no answers.
 */
@Injectable()
export class TrainingDropoutService {
  constructor(
    private readonly repository: TrainingDropoutRepository,
    private readonly caseload: CaseloadReportService,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthUser, query: TrainingDropoutQueryDto): Promise<TrainingDropoutReport> {
    const { organisationId, from, to, teamId } = await this.caseload.scopeFor(user, query);
    const scope = { organisationId, from, to, teamId };
    const [enrolments, responses] = await Promise.all([this.repository.enrolments(scope), this.repository.responses(scope)]);
    const trainingIds = [...new Set([...enrolments.map((e) => e.training_id), ...responses.map((r) => r.training_id)])];
    const [structure, facts] = await Promise.all([
      this.repository.structure(trainingIds),
      this.repository.facts(enrolments.map((e) => e.id)),
    ]);
    const courses = courseStructure(structure);
    const factsOf = new Map<string, EnrolmentFactRow[]>();
    for (const f of facts) factsOf.set(f.enrolment_id, [...(factsOf.get(f.enrolment_id) ?? []), f]);
    const now = this.clock.now();

    const result: TrainingCourseFigures[] = [];
    for (const [trainingId, course] of courses) {
      const outcomes = { finished: 0, active: 0, stalled: 0, stopped: 0 };
      const reached = course.modules.map(() => 0);
      const passedCount = course.modules.map(() => 0);
      const dropped = course.modules.map(() => 0);
      const own = enrolments.filter((e) => e.training_id === trainingId);
      for (const e of own) {
        const f = factsOf.get(e.id) ?? [];
        const passed = modulesPassed(course.modules, f);
        const outcome = outcomeOf(
          e,
          passed,
          course.modules.length,
          f.some((x) => x.submission_status === 'submitted'),
          now,
        );
        outcomes[outcome]++;
        for (let i = 0; i < course.modules.length; i++) {
          if (i <= passed) reached[i]++;
          if (i < passed) passedCount[i]++;
        }
        if ((outcome === 'stalled' || outcome === 'stopped') && passed < course.modules.length) dropped[passed]++;
      }
      const response = responses.find((r) => r.training_id === trainingId);
      result.push({
        trainingId,
        title: course.title,
        started: shownCount(own.length),
        finished: shownCount(outcomes.finished),
        active: shownCount(outcomes.active),
        stalled: shownCount(outcomes.stalled),
        stopped: shownCount(outcomes.stopped),
        modules: course.modules.map((m, i) => ({
          position: m.position,
          title: m.title,
          reached: shownCount(reached[i]),
          passed: shownCount(passedCount[i]),
          droppedHere: shownCount(dropped[i]),
        })),
        answered: response?.answered ?? 0,
        waiting: response?.waiting ?? 0,
        medianResponseHours: response?.median_hours ?? null,
      });
    }
    return {
      from,
      to,
      teamId,
      minGroupSize: MIN_GROUP_SIZE,
      stallDays: TRAINING_LIMITS.stallDays,
      stopDays: TRAINING_STOP_DAYS,
      courses: result,
    };
  }
}

/** training id → title and modules with their steps, in the order of the rows (title, module, step). */
function courseStructure(rows: CourseModuleRow[]): Map<string, { title: string; modules: CourseModule[] }> {
  const courses = new Map<string, { title: string; modules: CourseModule[]; byId: Map<string, CourseModule> }>();
  for (const r of rows) {
    const course = courses.get(r.training_id) ?? { title: r.training_title, modules: [], byId: new Map<string, CourseModule>() };
    courses.set(r.training_id, course);
    let m = course.byId.get(r.module_id);
    if (!m) {
      m = { position: r.position, title: r.title, requiresFeedback: r.requires_feedback, steps: [] };
      course.byId.set(r.module_id, m);
      course.modules.push(m);
    }
    if (r.step_id && r.step_kind) m.steps.push({ id: r.step_id, kind: r.step_kind });
  }
  return courses;
}
