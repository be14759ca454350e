import { CsvDialect, toCsv } from '@nabij/platform/api';
import type { ProblemArea } from '@nabij/dossier/contracts';
import type {
  OnlineTargetReport,
  TopicTable,
  TopicTrendReport,
  TrainingDropoutReport,
  TrainingDropoutTable,
} from '@nabij/reports/contracts';

type Line = Record<string, string | number | null>;

/** Dutch names of the problem areas for the Excel CSV (the plain CSV keeps the codes). */
export const PROBLEM_AREA_NL: Record<ProblemArea | 'none', string> = {
  materiele_problematiek: 'Geld en schulden (materieel)',
  relatie: 'Relatie',
  opvoeding: 'Opvoeding',
  psychosociaal: 'Psychosociaal',
  huisvesting: 'Wonen',
  werk_en_inkomen: 'Werk en inkomen',
  overig: 'Overig',
  none: 'Geen probleemgebied',
};

/** A suppressed count (1–4): "minder dan 5" in Dutch Excel, "fewer than 5" in the plain CSV. */
const fewer = (min: number, dialect: CsvDialect) => (dialect === 'excel-nl' ? `minder dan ${min}` : `fewer than ${min}`);

/** Actual versus target per financier, with the total; suppressed counts as "minder dan 5". */
export function onlineTargetCsv(report: OnlineTargetReport, dialect: CsvDialect = 'rfc4180'): string {
  const few = fewer(report.minGroupSize, dialect);
  const cell = (n: number | null, suppressed: boolean) => (suppressed ? few : n);
  const rows: Line[] = [
    ...report.rows,
    { ...report.total, financier: dialect === 'excel-nl' ? 'Totaal' : 'total', targetPercent: null },
  ].map((r) => {
    const hidden = r.cases === null;
    return {
      financier: r.financier,
      cases: cell(r.cases, hidden),
      online: cell(r.online, hidden),
      actual: cell(r.actualPercent, hidden),
      target: r.targetPercent,
      movable: cell(r.movable, hidden),
    };
  });
  return toCsv<Line>(
    [
      ['financier', 'financier', 'Financier'],
      ['cases', 'cases', `Casussen in ${report.year}`],
      ['online', 'online', 'Met online dossier'],
      ['actual_percent', 'actual', 'Gehaald (%)'],
      ['target_percent', 'target', 'Doel (%)'],
      ['movable', 'movable', 'Nog online te brengen (open)'],
    ],
    rows,
    dialect,
  );
}

/** Per course, or per module of each course; suppressed counts as "minder dan 5", hours with a decimal comma in Dutch Excel. */
export function trainingDropoutCsv(report: TrainingDropoutReport, table: TrainingDropoutTable, dialect: CsvDialect = 'rfc4180'): string {
  const few = fewer(report.minGroupSize, dialect);
  const cell = (n: number | null) => n ?? few;
  if (table === 'modules')
    return toCsv<Line>(
      [
        ['course', 'course', 'Training'],
        ['module', 'module', 'Module'],
        ['title', 'title', 'Titel module'],
        ['reached', 'reached', 'Begonnen aan module'],
        ['passed', 'passed', 'Module afgerond'],
        ['dropped_here', 'dropped', 'Hier gestopt of vastgelopen'],
      ],
      report.courses.flatMap((c) =>
        c.modules.map((m) => ({
          course: c.title,
          module: m.position,
          title: m.title,
          reached: cell(m.reached),
          passed: cell(m.passed),
          dropped: cell(m.droppedHere),
        })),
      ),
      dialect,
    );
  return toCsv<Line>(
    [
      ['course', 'course', 'Training'],
      ['started', 'started', 'Begonnen'],
      ['finished', 'finished', 'Afgerond'],
      ['active', 'active', 'Bezig'],
      ['stalled', 'stalled', `Vastgelopen (${report.stallDays}+ dagen niets)`],
      ['stopped', 'stopped', 'Gestopt'],
      ['homework_answered', 'answered', 'Huiswerk beantwoord'],
      ['homework_waiting', 'waiting', 'Huiswerk wacht'],
      ['median_response_hours', 'median', 'Reactietijd trainer (mediaan, uren)'],
    ],
    report.courses.map((c) => ({
      course: c.title,
      started: cell(c.started),
      finished: cell(c.finished),
      active: cell(c.active),
      stalled: cell(c.stalled),
      stopped: cell(c.stopped),
      answered: c.answered,
      waiting: c.waiting,
      median: c.medianResponseHours,
    })),
    dialect,
  );
}

/** New cases per month (or per financier) and problem area; suppressed counts as "minder dan 5". */
export function topicCsv(report: TopicTrendReport, table: TopicTable, dialect: CsvDialect = 'rfc4180'): string {
  const dutch = dialect === 'excel-nl';
  const few = fewer(report.minGroupSize, dialect);
  const names: Record<string, string> = PROBLEM_AREA_NL;
  const areaColumns = report.areas.map((a) => [a, a, names[a] ?? a] as const);
  const counts = (r: { cases: number | null; areas: Record<string, number | null> }) => ({
    cases: r.cases ?? few,
    ...Object.fromEntries(report.areas.map((a) => [a, r.areas[a] ?? few])),
  });
  if (table === 'financiers')
    return toCsv<Line>(
      [['financier', 'financier', 'Financier'] as const, ['cases', 'cases', 'Nieuwe casussen'] as const, ...areaColumns],
      report.financiers.map((f) => ({ financier: f.financier, ...counts(f) })),
      dialect,
    );
  return toCsv<Line>(
    [
      ['start', 'start', 'Van'] as const,
      ['end', 'end', 'Tot en met'] as const,
      ['cases', 'cases', dutch ? 'Nieuwe casussen' : 'cases'] as const,
      ...areaColumns,
    ],
    report.months.map((m) => ({ start: m.start, end: m.end, ...counts(m) })),
    dialect,
  );
}
