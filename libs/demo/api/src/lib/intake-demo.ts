import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

const YOUNG = ['online_registration', 'anonymous_chat', 'online_registration', 'referral_school', 'anonymous_chat', 'anonymous_question'];
const OLDER = [
  'referral_gp',
  'walk_in',
  'phone',
  'online_registration',
  'referral_municipality',
  'referral_gp',
  'phone',
  'anonymous_question',
];

/** Young clients who found the organisation online this year (the seeds: does online reach young people?). */
const YOUNG_ONLINE: Array<[name: string, birthDate: string, channel: string, kind: string, problem: string, daysAgo: number]> = [
  ['Lotte Vermeer', '2006-04-11', 'anonymous_chat', 'hulp_online', 'psychosociaal', 20],
  ['Mees Bakker', '2008-09-30', 'anonymous_chat', 'school_mw', 'opvoeding', 34],
  ['Aya El Idrissi', '2004-01-17', 'online_registration', 'hulp_online', 'materiele_problematiek', 51],
  ['Jesse de Wit', '2002-07-08', 'online_registration', 'algemeen_mw', 'werk_en_inkomen', 66],
  ['Nina Kok', '2005-12-02', 'anonymous_question', 'hulp_online', 'relatie', 80],
  ['Sem Visser', '2009-03-21', 'anonymous_chat', 'school_mw', 'psychosociaal', 97],
  ['Fatima Aziz', '2003-05-29', 'online_registration', 'hulp_online', 'huisvesting', 118],
  ['Luuk Hendriks', '2001-10-14', 'anonymous_question', 'algemeen_mw', 'materiele_problematiek', 140],
];

/**
 * How the demo's cases of the last year came in, for the "Instroom" tab: clients under 27 mostly
 * online (registration, anonymous chat or question), older clients mostly by referral, walk-in or
 * phone. Older cases (the Table B year) keep no channel, as cases opened before it was asked.
 */
export async function seedIntakeDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  // The young clients are helped by a colleague in Team Leiden (the demo worker's caseload stays as it is).
  const [colleague] = await db.query(
    `SELECT id FROM account WHERE organisation_id = $1 AND role = 'worker' AND team_id = $2 AND id <> $3 ORDER BY name LIMIT 1`,
    [ctx.organisationId, ctx.teamIds['Team Leiden'], ctx.accountIds.worker],
  );
  for (const [i, [name, birthDate, channel, kind, problem, daysAgo]] of YOUNG_ONLINE.entries()) {
    const [client] = await db.query(
      `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, postcode, birth_date, email_verified_at, created_at)
       VALUES ($1, $2, 'client', $3, $4, $5, '2316 XA', $6, now(), now() - make_interval(days => $7)) RETURNING id`,
      [
        `jong${String(i + 1).padStart(2, '0')}@demo.nabij.nl`,
        ctx.passwordHash,
        name,
        ctx.organisationId,
        ctx.financierIds['Leiden'],
        birthDate,
        daysAgo,
      ],
    );
    await db.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas,
                              uses_online_dossier, intake_channel, opened_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, ARRAY[$7], true, $8, (now() - make_interval(days => $9))::date, now() - make_interval(days => $9))`,
      [
        ctx.organisationId,
        client.id,
        ctx.financierIds['Leiden'],
        ctx.teamIds['Team Leiden'],
        colleague?.id ?? ctx.accountIds.worker,
        kind,
        problem,
        channel,
        daysAgo,
      ],
    );
  }
  const cases: Array<{ id: string; young: boolean }> = await db.query(
    `SELECT c.id, coalesce(age(c.opened_on, a.birth_date) < interval '27 years', false) AS young
       FROM care_case c JOIN account a ON a.id = c.client_id
      WHERE c.organisation_id = $1 AND c.opened_on > (now() - interval '1 year')::date AND c.intake_channel IS NULL
      ORDER BY c.opened_on, a.name, c.id`,
    [ctx.organisationId],
  );
  let young = 0;
  let older = 0;
  for (const c of cases) {
    const channel = c.young ? YOUNG[young++ % YOUNG.length] : OLDER[older++ % OLDER.length];
    await db.query(`UPDATE care_case SET intake_channel = $2 WHERE id = $1`, [c.id, channel]);
  }
}
