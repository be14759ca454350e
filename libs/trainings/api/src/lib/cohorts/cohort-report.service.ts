import { BadRequestException, Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuthUser, Clock } from '@nabij/platform/api';
import { GroupTrainingReport, TRAINING_LIMITS } from '@nabij/trainings/contracts';
import { ParticipationRepository } from '../participation.repository';
import { ProgressService } from '../progress.service';
import { CohortRepository } from './cohort.repository';

const DAY = 86_400_000;

/**
 * The team lead's figures on group trainings: sessions held, participants, attendance, group time
 * and drop-out per module. Numbers only — no names, no answers; a team lead sees the cohorts of
 * their team's trainers, an admin the whole organisation's.
 */
@Injectable()
export class CohortReportService {
  constructor(
    private readonly cohorts: CohortRepository,
    private readonly participation: ParticipationRepository,
    private readonly progress: ProgressService,
    private readonly accounts: AccountDirectoryService,
    private readonly clock: Clock,
  ) {}

  async report(user: AuthUser, from: string, to: string): Promise<GroupTrainingReport> {
    if (from > to) throw new BadRequestException({ message: 'Check these fields: to', fields: { to: ['to must not be before from'] } });
    const organisationId = user.organisationId as string;
    let trainerIds: string[] | null = null;
    if (user.role === 'team_lead') {
      const me = await this.accounts.byId(user.id);
      trainerIds = (await this.accounts.accountsOf(organisationId, ['worker'], { teamId: me?.teamId ?? null })).map((a) => a.id);
    }
    const rows = await this.cohorts.reportRows(organisationId, from, to, trainerIds);
    const members = await this.cohorts.members(rows.map((r) => r.cohort_id));
    const now = this.clock.now();
    const cohorts: GroupTrainingReport['cohorts'] = [];
    for (const r of rows) {
      const structure = await this.progress.structure(r.training_id);
      const dropped = new Map<string, number>();
      for (const m of members.filter((x) => x.cohortId === r.cohort_id && x.enrolmentId)) {
        const enrolment = await this.participation.enrolment(m.enrolmentId as string);
        const snap = await this.progress.snapshot(enrolment);
        const stopped = snap.states.find((s) => !s.passed);
        const idle = now.getTime() - enrolment.lastActivityAt.getTime() >= TRAINING_LIMITS.stallDays * DAY;
        if (stopped && idle) dropped.set(stopped.id, (dropped.get(stopped.id) ?? 0) + 1);
      }
      cohorts.push({
        cohortId: r.cohort_id,
        title: r.title,
        trainingTitle: r.training_title,
        startsOn: r.starts_on,
        participants: r.participants,
        sessionsHeld: r.sessions_held,
        sessionsPlanned: r.sessions_planned,
        attendancePercent: r.marks ? Math.round((100 * r.present_marks) / r.marks) : null,
        groupMinutes: r.group_minutes,
        dropOutPerModule: structure.map((m) => ({ position: m.position, title: m.title, droppedOut: dropped.get(m.id) ?? 0 })),
      });
    }
    return {
      from,
      to,
      cohorts,
      totals: {
        sessionsHeld: rows.reduce((n, r) => n + r.sessions_held, 0),
        participants: rows.reduce((n, r) => n + r.participants, 0),
        presentMarks: rows.reduce((n, r) => n + r.present_marks, 0),
        groupMinutes: rows.reduce((n, r) => n + r.group_minutes, 0),
      },
    };
  }
}
