import { DEMO_ACCOUNTS, DemoContext } from '@nabij/demo/api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
// Not yet exported from @nabij/demo/api (its index belongs to the demo lib); switch to the alias
// once `export * from './lib/table-b-demo'` is added there.
import { seedTableBYear } from '@nabij/demo/api';

/** The foundation demo seed's context, read back from the database (seedOnce does not return it). */
export async function loadDemoContext(db: DataSource | EntityManager): Promise<DemoContext> {
  const [org] = await db.query(`SELECT id FROM organisation WHERE slug = 'mw-hollands-midden'`);
  const financiers: Array<{ id: string; name: string }> = await db.query(`SELECT id, name FROM financier WHERE organisation_id = $1`, [
    org.id,
  ]);
  const teams: Array<{ id: string; name: string }> = await db.query(`SELECT id, name FROM team WHERE organisation_id = $1`, [org.id]);
  const accounts: Array<{ id: string; email: string; password_hash: string }> = await db.query(
    `SELECT id, email, password_hash FROM account WHERE email = ANY ($1)`,
    [Object.values(DEMO_ACCOUNTS)],
  );
  const byEmail = (email: string) => accounts.find((a) => a.email === email)!;
  return {
    organisationId: org.id,
    financierIds: Object.fromEntries(financiers.map((f) => [f.name, f.id])),
    teamIds: Object.fromEntries(teams.map((t) => [t.name, t.id])),
    accountIds: {
      client: byEmail(DEMO_ACCOUNTS.client).id,
      worker: byEmail(DEMO_ACCOUNTS.worker).id,
      teamLead: byEmail(DEMO_ACCOUNTS.teamLead).id,
      admin: byEmail(DEMO_ACCOUNTS.admin).id,
    },
    passwordHash: byEmail(DEMO_ACCOUNTS.admin).password_hash,
  };
}

/** Seeds the Table B year unless the demo seed already did (seedTableBYear is idempotent). */
export async function ensureTableBYear(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (db) => seedTableBYear(db, await loadDemoContext(db)));
}

export interface TableBFixture {
  header: string;
  lines: string[];
  records: Array<Record<string, string>>;
}

/** Table B as copied from shared/data/caseload-table-b.csv (comment lines dropped). */
export function tableBFixture(): TableBFixture {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'caseload-table-b.csv'), 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const names = header.split(',');
  return { header, lines, records: lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v]))) };
}
