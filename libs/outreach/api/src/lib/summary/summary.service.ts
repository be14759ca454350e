import { Injectable } from '@nestjs/common';
import { SUMMARY_MIN_FAMILIES } from '@nabij/outreach/contracts';
import type { SummaryFigures, SummaryGroup, WeeklySummary } from '@nabij/outreach/contracts';
import { AuthUser, Clock } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { organisationOf } from '../questionnaires/questionnaires.service';
import { SummaryRepository } from './summary.repository';

const ZONE = 'Europe/Amsterdam';

type GroupKey = string;
const TOTAL: GroupKey = '\u0000total';
const keyOf = (row: { total: boolean; school: string | null }): GroupKey | null => (row.total ? TOTAL : row.school);

/**
 * The team lead's weekly overview of the calls (issue 15): calls made, families reached, average
 * scores, the most named needs and call-backs open, for the organisation and per school. Built from
 * aggregates only. A group with fewer than five families called that week is shown as suppressed,
 * without figures; within a group, a score or need of fewer than five families is left out too.
 */
@Injectable()
export class SummaryService {
  constructor(
    private readonly repository: SummaryRepository,
    private readonly clock: Clock,
  ) {}

  async week(user: AuthUser, week?: string): Promise<WeeklySummary> {
    const start = (week ? DateTime.fromISO(week, { zone: ZONE }) : DateTime.fromJSDate(this.clock.now(), { zone: ZONE })).startOf('week');
    const end = start.plus({ weeks: 1 });
    const organisationId = organisationOf(user);
    const [from, to] = [start.toJSDate(), end.toJSDate()];
    const [counts, scores, needs, callBacks] = await Promise.all([
      this.repository.callCounts(organisationId, from, to),
      this.repository.scores(organisationId, from, to),
      this.repository.needs(organisationId, from, to),
      this.repository.callBacksOpen(organisationId),
    ]);
    const figures = new Map<GroupKey, SummaryFigures>();
    for (const row of counts) {
      const key = keyOf(row);
      if (key !== null)
        figures.set(key, { families: row.families, calls: row.calls, reached: row.reached, callBacksOpen: 0, scores: [], needs: [] });
    }
    for (const row of scores) {
      const key = keyOf(row);
      figures.get(key ?? '')?.scores.push({
        key: row.key,
        text: row.text,
        average: row.families >= SUMMARY_MIN_FAMILIES ? Number(row.average) : null,
      });
    }
    for (const row of needs) {
      const key = keyOf(row);
      if (row.families >= SUMMARY_MIN_FAMILIES)
        figures.get(key ?? '')?.needs.push({ value: row.value, label: row.label, families: row.families });
    }
    for (const row of callBacks) {
      const group = figures.get(keyOf(row) ?? '');
      if (group) group.callBacksOpen = row.families;
    }
    const group = (key: GroupKey): SummaryGroup => {
      const found = figures.get(key);
      const shown = !!found && found.families >= SUMMARY_MIN_FAMILIES;
      return {
        school: key === TOTAL ? null : key,
        suppressed: !shown,
        figures: shown ? { ...found, needs: found.needs.slice(0, 5) } : null,
      };
    };
    const schools = [...figures.keys()].filter((k) => k !== TOTAL).sort((a, b) => a.localeCompare(b, 'nl'));
    return {
      weekStart: start.toISODate()!,
      weekEnd: end.minus({ days: 1 }).toISODate()!,
      minFamilies: SUMMARY_MIN_FAMILIES,
      total: group(TOTAL),
      schools: schools.map(group),
    };
  }
}
