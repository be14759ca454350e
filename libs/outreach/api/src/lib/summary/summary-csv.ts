import type { SummaryGroup, WeeklySummary } from '@nabij/outreach/contracts';
import { toCsv } from '@nabij/platform/api';

type Row = Record<string, string | number | null>;

/** The groups in page order: all families first, then each team, municipality and school. */
const groupsOf = (week: WeeklySummary): Array<[string, SummaryGroup]> => [
  ['Alle gezinnen', week.total],
  ...week.teams.map((g): [string, SummaryGroup] => [`Team: ${g.name}`, g]),
  ...week.municipalities.map((g): [string, SummaryGroup] => [`Gemeente: ${g.name}`, g]),
  ...week.schools.map((g): [string, SummaryGroup] => [`School: ${g.name}`, g]),
];

/**
 * The weekly summary for Dutch Excel (semicolons, BOM, decimal commas): one line per group with
 * its counts, an average per 1–10 question and the most named needs. A suppressed group keeps its
 * name and says why, with every figure left empty, exactly as the page shows it.
 */
export function weeklySummaryCsv(week: WeeklySummary): string {
  const groups = groupsOf(week);
  const scoreTexts = new Map<string, string>();
  for (const [, g] of groups) for (const s of g.figures?.scores ?? []) if (!scoreTexts.has(s.key)) scoreTexts.set(s.key, s.text);
  const columns: Array<readonly [string, string, string]> = [
    ['week_start', 'week_start', 'Week van'],
    ['week_end', 'week_end', 'Tot en met'],
    ['group', 'group', 'Groep'],
    ['shown', 'shown', 'Cijfers'],
    ['families', 'families', 'Gezinnen gebeld'],
    ['calls', 'calls', 'Keer gebeld'],
    ['reached', 'reached', 'Gesproken'],
    ['call_backs_open', 'call_backs_open', 'Nog terugbellen'],
    ...[...scoreTexts].map(([key, text]) => [`score_${key}`, `score_${key}`, `Gemiddeld: ${text}`] as const),
    ['needs', 'needs', 'Vaakst genoemde hulpvragen'],
  ];
  const rows: Row[] = groups.map(([name, g]) => {
    const f = g.figures;
    const row: Row = {
      week_start: week.weekStart,
      week_end: week.weekEnd,
      group: name,
      shown: f ? 'ja' : `nee, minder dan ${week.minFamilies} gezinnen`,
      families: f?.families ?? null,
      calls: f?.calls ?? null,
      reached: f?.reached ?? null,
      call_backs_open: f?.callBacksOpen ?? null,
      needs: f ? f.needs.map((n) => `${n.label} (${n.families})`).join(', ') : null,
    };
    for (const key of scoreTexts.keys()) row[`score_${key}`] = f?.scores.find((s) => s.key === key)?.average ?? null;
    return row;
  });
  return toCsv<Row>(columns, rows, 'excel-nl');
}
