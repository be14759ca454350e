import {
  SOCIAL_CATEGORIES,
  SOCIAL_CATEGORY_WORDS_NL,
  SOCIAL_MAP_CSV_COLUMNS,
  SOCIAL_MAP_CSV_MAX_LINES,
  parsePostcodeAreas,
  type CsvLineError,
  type SaveSocialService,
} from '@nabij/socialmap/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { SaveSocialServiceDto } from '../dto/save-social-service.dto';
import { readCsv } from '@nabij/platform/contracts';

type Column = (typeof SOCIAL_MAP_CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['providerName', 'name', 'description', 'categories', 'audience', 'municipality', 'referral', 'servedAreas'];
const OPTIONAL_TEXT: Column[] = ['address', 'openingHours', 'phone', 'website'];
/** Admins may write a topic as its key ("money") or its Dutch name ("Geld en schulden"). */
const CATEGORY_BY_WORD = new Map<string, string>([
  ...SOCIAL_CATEGORIES.map((c) => [c, c] as [string, string]),
  ...SOCIAL_CATEGORIES.map((c) => [SOCIAL_CATEGORY_WORDS_NL[c].toLowerCase(), c] as [string, string]),
]);
const REFERRAL_BY_WORD: Record<string, string> = { self: 'self', zelf: 'self', worker: 'worker', hulpverlener: 'worker' };

export interface ParsedServices {
  services: SaveSocialService[];
  errors: CsvLineError[];
}

/**
 * Every line of an import CSV checked by the same rules as the admin form (SaveSocialServiceDto).
 * Returns either the services or every refused cell; the caller writes nothing when there are errors.
 */
export async function parseServicesCsv(csv: string): Promise<ParsedServices> {
  const [header, ...rows] = readCsv(csv);
  const errors: CsvLineError[] = [];
  const columns = (header?.cells ?? []).map((c) => c.trim());
  for (const c of columns) {
    if (!(SOCIAL_MAP_CSV_COLUMNS as readonly string[]).includes(c))
      errors.push({ line: 1, field: c || '(empty)', message: `unknown column; the columns are ${SOCIAL_MAP_CSV_COLUMNS.join(', ')}` });
  }
  for (const c of REQUIRED) if (!columns.includes(c)) errors.push({ line: 1, field: c, message: `the column ${c} is missing` });
  if (!rows.length) errors.push({ line: 2, field: 'csv', message: 'there are no services below the header row' });
  if (rows.length > SOCIAL_MAP_CSV_MAX_LINES)
    errors.push({
      line: rows[SOCIAL_MAP_CSV_MAX_LINES].line,
      field: 'csv',
      message: `at most ${SOCIAL_MAP_CSV_MAX_LINES} services per import`,
    });
  if (errors.length) return { services: [], errors };

  const services: SaveSocialService[] = [];
  for (const row of rows) {
    const lineErrors: CsvLineError[] = [];
    if (row.cells.length !== columns.length)
      lineErrors.push({ line: row.line, field: 'csv', message: `this line has ${row.cells.length} cells, the header ${columns.length}` });
    const cell = (c: Column) => (row.cells[columns.indexOf(c)] ?? '').trim();
    const plain: Record<string, unknown> = {};
    for (const c of columns as Column[]) plain[c] = cell(c);
    for (const c of OPTIONAL_TEXT) if (plain[c] === '') plain[c] = null;
    plain['categories'] = cell('categories')
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean)
      .map((w) => CATEGORY_BY_WORD.get(w.toLowerCase()) ?? w);
    plain['referral'] = REFERRAL_BY_WORD[cell('referral').toLowerCase()] ?? cell('referral');
    const areas = parsePostcodeAreas(cell('servedAreas'));
    if (areas === null)
      lineErrors.push({ line: row.line, field: 'servedAreas', message: 'write four-digit areas like 2312, or ranges like 2311-2334' });
    plain['servedAreas'] = areas ?? [];
    if (columns.includes('locationPc4'))
      plain['locationPc4'] =
        cell('locationPc4') === '' ? null : /^\d+$/.test(cell('locationPc4')) ? Number(cell('locationPc4')) : cell('locationPc4');
    const dto = plainToInstance(SaveSocialServiceDto, plain);
    for (const error of await validate(dto, { whitelist: true, forbidNonWhitelisted: true })) {
      lineErrors.push({ line: row.line, field: error.property, message: Object.values(error.constraints ?? {})[0] ?? 'is not valid' });
    }
    if (lineErrors.length) errors.push(...lineErrors);
    else services.push(dto);
  }
  return errors.length ? { services: [], errors } : { services, errors };
}
