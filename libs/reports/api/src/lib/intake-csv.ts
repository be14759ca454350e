import { CsvDialect, toCsv } from '@nabij/platform/api';
import type { IntakeChannel } from '@nabij/dossier/contracts';
import type { AgeBand, IntakeReport, IntakeReportChannel, IntakeTable } from '@nabij/reports/contracts';

type Line = Record<string, string | number | null>;

/** Dutch names of the channels and age bands for the Excel CSV (the plain CSV keeps the codes). */
export const INTAKE_CHANNEL_NL: Record<IntakeChannel | 'unknown', string> = {
  online_registration: 'Online: postcodecheck en aanmelding',
  anonymous_chat: 'Anonieme chat',
  anonymous_question: 'Anonieme vraag',
  referral_gp: 'Verwezen door huisarts',
  referral_school: 'Verwezen door school',
  referral_municipality: 'Verwezen door gemeente',
  walk_in: 'Binnengelopen',
  phone: 'Gebeld',
  unknown: 'Onbekend',
};
const AGE_BAND_NL: Record<AgeBand, string> = {
  under_18: 'Jonger dan 18',
  '18_26': '18 tot en met 26',
  '27_40': '27 tot en met 40',
  '41_65': '41 tot en met 65',
  over_65: 'Ouder dan 65',
  unknown: 'Onbekend',
};

/** One table of the intake report as CSV; in the age table a suppressed count (1–4) is "minder dan 5". */
export function intakeCsv(report: IntakeReport, table: IntakeTable, dialect: CsvDialect = 'rfc4180'): string {
  const dutch = dialect === 'excel-nl';
  const names: Record<string, string> = INTAKE_CHANNEL_NL;
  const channelName = (c: IntakeReportChannel) => (dutch ? (names[c] ?? c) : c);
  if (table === 'channels')
    return toCsv(
      [
        ['channel', 'channel', 'Hoe binnengekomen'],
        ['cases', 'cases', 'Nieuwe casussen'],
      ],
      report.channels.map((c) => ({ channel: channelName(c.channel), cases: c.cases })),
      dialect,
    );
  if (table === 'trend') {
    const channels = report.channels.map((c) => c.channel);
    const columns = [
      ['start', 'start', 'Van'] as const,
      ['end', 'end', 'Tot en met'] as const,
      ...channels.map((c) => [c, c, channelName(c)] as const),
      ['total', 'total', 'Totaal'] as const,
    ];
    const rows: Line[] = report.trend.map((p) => ({ start: p.start, end: p.end, ...p.cases, total: p.total }));
    return toCsv<Line>(columns, rows, dialect);
  }
  const few = dutch ? `minder dan ${report.minGroupSize}` : `fewer than ${report.minGroupSize}`;
  const cell = (n: number | null) => n ?? few;
  return toCsv(
    [
      ['age', 'age', 'Leeftijd'],
      ['online', 'online', 'Online binnengekomen'],
      ['other', 'other', 'Anders binnengekomen'],
    ],
    report.ages.map((a) => ({ age: dutch ? AGE_BAND_NL[a.band] : a.band, online: cell(a.online), other: cell(a.other) })),
    dialect,
  );
}
