import { readCsv } from '@nabij/platform/contracts';
import { CSV_MAX_ROWS, CsvLineProblem, FAMILY_NAME_MAX, PHONE_PATTERN, POSTCODE_PATTERN, SCHOOL_MAX } from '@nabij/outreach/contracts';

export interface FamilyRow {
  line: number;
  familyName: string;
  /** Digits only, with a leading 0 (0612345678), so one family is one number however it was typed. */
  phone: string;
  postcode: string | null;
  school: string | null;
}

const COLUMNS = {
  naam: ['naam', 'name', 'gezin', 'familie'],
  telefoon: ['telefoon', 'telefoonnummer', 'phone', 'tel'],
  postcode: ['postcode'],
  school: ['school'],
} as const;
type Column = keyof typeof COLUMNS;

/** 06-12 34 56 78, +31 6 12345678 and 0031612345678 all become 0612345678; null when it is no Dutch number. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-().]/g, '');
  if (!PHONE_PATTERN.test(compact)) return null;
  return compact.replace(/^(\+31|0031)/, '0');
}

/**
 * The families of an imported CSV file, or every line that is wrong. The first line names the
 * columns (naam and telefoon are needed; postcode and school may be there). Nothing is imported
 * when any line is wrong, so the caller either stores all rows or answers all problems.
 */
export function parseFamilyCsv(text: string): { rows: FamilyRow[]; problems: CsvLineProblem[] } {
  const [header, ...data] = readCsv(text);
  const problems: CsvLineProblem[] = [];
  if (!header) return { rows: [], problems: [{ line: 1, field: 'regel', problem: 'Het bestand is leeg.' }] };
  const index = {} as Record<Column, number>;
  const names = header.cells.map((c) => c.trim().toLowerCase());
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
  }
  for (const needed of ['naam', 'telefoon'] as const) {
    if (index[needed] < 0) problems.push({ line: header.line, field: needed, problem: `De kolom ${needed} ontbreekt in de eerste regel.` });
  }
  if (problems.length) return { rows: [], problems };
  if (data.length === 0)
    return { rows: [], problems: [{ line: header.line + 1, field: 'regel', problem: 'Er staan geen gezinnen in het bestand.' }] };
  if (data.length > CSV_MAX_ROWS)
    return {
      rows: [],
      problems: [
        { line: data[CSV_MAX_ROWS].line, field: 'regel', problem: `Er passen ten hoogste ${CSV_MAX_ROWS} gezinnen in één lijst.` },
      ],
    };
  const rows: FamilyRow[] = [];
  const seenPhones = new Map<string, number>();
  for (const { line, cells } of data) {
    const value = (column: Column) => (index[column] >= 0 ? (cells[index[column]] ?? '').trim() : '');
    const lineProblems: CsvLineProblem[] = [];
    const familyName = value('naam');
    if (!familyName) lineProblems.push({ line, field: 'naam', problem: 'De naam is leeg.' });
    else if (familyName.length > FAMILY_NAME_MAX)
      lineProblems.push({ line, field: 'naam', problem: `De naam is langer dan ${FAMILY_NAME_MAX} tekens.` });
    const phone = normalisePhone(value('telefoon'));
    if (!phone) lineProblems.push({ line, field: 'telefoon', problem: 'Dit is geen Nederlands telefoonnummer, zoals 06 12345678.' });
    else if (seenPhones.has(phone))
      lineProblems.push({ line, field: 'telefoon', problem: `Dit nummer staat ook op regel ${seenPhones.get(phone)}.` });
    const postcode = value('postcode');
    if (postcode && !POSTCODE_PATTERN.test(postcode))
      lineProblems.push({ line, field: 'postcode', problem: 'Dit is geen postcode zoals 2312 AB.' });
    const school = value('school');
    if (school.length > SCHOOL_MAX) lineProblems.push({ line, field: 'school', problem: `De school is langer dan ${SCHOOL_MAX} tekens.` });
    if (lineProblems.length) {
      problems.push(...lineProblems);
      continue;
    }
    seenPhones.set(phone!, line);
    rows.push({
      line,
      familyName,
      phone: phone!,
      postcode: postcode ? `${postcode.slice(0, 4)} ${postcode.slice(-2).toUpperCase()}` : null,
      school: school || null,
    });
  }
  return problems.length ? { rows: [], problems } : { rows, problems };
}
