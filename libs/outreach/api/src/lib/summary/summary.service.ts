import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { SUMMARY_MIN_FAMILIES } from '@nabij/outreach/contracts';
import type { SummaryFigures, SummaryGroup, WeeklySummary } from '@nabij/outreach/contracts';
import { AuthUser, Clock, OrganisationNames } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { organisationOf } from '../questionnaires/questionnaires.service';
import { GroupKind, SummaryRepository } from './summary.repository';

const ZONE = 'Europe/Amsterdam';

/** `kind` + NUL + key: one map holds every group. */
type GroupKey = string;
const TOTAL: GroupKey = 'total\u0000';
const keyOf = (row: { kind: GroupKind; group_key: string | null }): GroupKey | null =>
  row.kind === 'total' ? TOTAL : row.group_key === null ? null : `${row.kind}\u0000${row.group_key}`;

/**
 * The team lead's weekly overview of the calls (issue 15): calls made, families reached, average
 * scores, the most named needs and call-backs open, for the organisation and per team, municipality
 * and school. Built from aggregates only. A group with fewer than five families called that week is
 * shown as suppressed, without figures; within a group, a score or need of fewer than five families
 * is left out too.
 */
@Injectable()
export class SummaryService {
  constructor(
    private readonly repository: SummaryRepository,
    private readonly accounts: AccountDirectoryService,
    private readonly names: OrganisationNames,
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
      figures.get(keyOf(row) ?? '')?.scores.push({
        key: row.key,
        text: row.text,
        average: row.families >= SUMMARY_MIN_FAMILIES ? Number(row.average) : null,
      });
    }
    for (const row of needs) {
      if (row.families >= SUMMARY_MIN_FAMILIES)
        figures.get(keyOf(row) ?? '')?.needs.push({ value: row.value, label: row.label, families: row.families });
    }
    for (const row of callBacks) {
      const group = figures.get(keyOf(row) ?? '');
      if (group) group.callBacksOpen = row.families;
    }
    const keysOf = (kind: GroupKind) =>
      [...figures.keys()].filter((k) => k.startsWith(`${kind}\u0000`)).map((k) => k.slice(kind.length + 1));
    const [teamNames, municipalityNames] = await Promise.all([
      this.accounts.teamNamesByIds(keysOf('team')),
      this.names.financierNamesByIds(keysOf('municipality')),
    ]);
    const group = (key: GroupKey, name: string | null): SummaryGroup => {
      const found = figures.get(key);
      const shown = !!found && found.families >= SUMMARY_MIN_FAMILIES;
      return { name, suppressed: !shown, figures: shown ? { ...found, needs: found.needs.slice(0, 5) } : null };
    };
    const groups = (kind: GroupKind, nameOf: (key: string) => string | undefined): SummaryGroup[] =>
      keysOf(kind)
        .map((key) => group(`${kind}\u0000${key}`, nameOf(key) ?? null))
        .filter((g): g is SummaryGroup & { name: string } => g.name !== null)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return {
      weekStart: start.toISODate()!,
      weekEnd: end.minus({ days: 1 }).toISODate()!,
      minFamilies: SUMMARY_MIN_FAMILIES,
      total: group(TOTAL, null),
      teams: groups('team', (id) => teamNames.get(id)),
      municipalities: groups('municipality', (id) => municipalityNames.get(id)),
      schools: groups('school', (school) => school),
    };
  }
}
