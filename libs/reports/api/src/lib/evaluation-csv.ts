import { CsvDialect, toCsv } from '@nabij/platform/api';
import type { EvaluationChannel, EvaluationReport, EvaluationTable } from '@nabij/reports/contracts';

type Line = Record<string, string | number | null>;

const CHANNEL: Record<CsvDialect, Record<EvaluationChannel, string>> = {
  rfc4180: { chat: 'chat', message: 'message' },
  'excel-nl': { chat: 'Chat', message: 'Berichten' },
};

const FIGURE_COLUMNS = [
  ['answers', 'answers', 'Antwoorden'],
  ['helpful_average', 'helpful_average', 'Heeft geholpen (1-5)'],
  ['understood_average', 'understood_average', 'Voelde me begrepen (1-5)'],
  ['again_percent', 'again_percent', 'Zou dit weer gebruiken (%)'],
] as const;

const COLUMNS: Record<EvaluationTable, ReadonlyArray<readonly [string, string, string]>> = {
  groups: [['team', 'team', 'Team'], ['channel', 'channel', 'Kanaal'], ...FIGURE_COLUMNS, ['skipped', 'skipped', 'Overgeslagen']],
  trend: [['start', 'start', 'Van'], ['end', 'end', 'Tot en met'], ['channel', 'channel', 'Kanaal'], ...FIGURE_COLUMNS],
  remarks: [
    ['team', 'team', 'Team'],
    ['channel', 'channel', 'Kanaal'],
    ['remark', 'remark', 'Opmerking'],
  ],
};

const figures = (f: {
  answers: number | null;
  helpfulAverage: number | null;
  understoodAverage: number | null;
  againPercent: number | null;
}) => ({
  answers: f.answers,
  helpful_average: f.helpfulAverage,
  understood_average: f.understoodAverage,
  again_percent: f.againPercent,
});

/**
 * One table of the evaluation report as CSV. Suppressed groups (fewer than five answers) have empty
 * cells and say so in the answers column; a team-less group is "zonder team" / "no team".
 */
export function evaluationCsv(report: EvaluationReport, table: EvaluationTable, dialect: CsvDialect = 'rfc4180'): string {
  const dutch = dialect === 'excel-nl';
  const channel = (c: EvaluationChannel) => CHANNEL[dialect][c];
  const team = (t: string | null) => t ?? (dutch ? 'Zonder team' : 'no team');
  const few = dutch ? `minder dan ${report.minGroupSize}` : `fewer than ${report.minGroupSize}`;
  const withFew = (line: Line, suppressed: boolean): Line => (suppressed ? { ...line, answers: few } : line);
  let rows: Line[];
  if (table === 'groups')
    rows = report.groups.map((g) =>
      withFew({ team: team(g.team), channel: channel(g.channel), ...figures(g), skipped: g.skipped }, g.suppressed),
    );
  else if (table === 'trend')
    rows = report.trend.map((p) => withFew({ start: p.start, end: p.end, channel: channel(p.channel), ...figures(p) }, p.suppressed));
  else rows = report.remarks.flatMap((g) => g.remarks.map((remark) => ({ team: team(g.team), channel: channel(g.channel), remark })));
  return toCsv(COLUMNS[table], rows, dialect);
}
