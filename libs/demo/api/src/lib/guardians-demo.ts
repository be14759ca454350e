import type { EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoContext } from './demo-context';

/** The two pupils of the school-social-work demo; they log in with the shared demo password. */
export const DEMO_PUPILS = {
  /** 14: the worker decides what the parent sees. */
  younger: 'amira.leerling@demo.nabij.nl',
  /** 16: the parent sees nothing until Bilal consents under "Mijn dossier". */
  older: 'bilal.leerling@demo.nabij.nl',
} as const;

/**
 * School social work with parents (issue 17): the demo parent (ouder@demo.nabij.nl, Fatima El
 * Idrissi) is linked to two of her children's cases at the demo worker. For Amira (14) she sees the
 * appointments and a parent thread with the worker; for Bilal (16) the worker shares the
 * appointments too, but nothing shows until Bilal consents.
 */
export async function seedGuardiansDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const [parent] = await db.query(`SELECT id FROM account WHERE email = $1`, [DEMO_ACCOUNTS.guardian]);
  const worker = ctx.accountIds.worker;
  const pupil = async (email: string, name: string, age: string): Promise<{ clientId: string; caseId: string }> => {
    const [client] = await db.query(
      `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, postcode, birth_date, email_verified_at, created_at)
       VALUES ($1, $2, 'client', $3, $4, $5, '2313 BC', (now() - $6::interval)::date, now(), now()) RETURNING id`,
      [email, ctx.passwordHash, name, ctx.organisationId, ctx.financierIds['Leiden'], age],
    );
    const [c] = await db.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas, uses_online_dossier, opened_on, created_at)
       VALUES ($1, $2, $3, $4, $5, 'school_mw', '{opvoeding}', true, (now() - interval '21 days')::date, now() - interval '21 days') RETURNING id`,
      [ctx.organisationId, client.id, ctx.financierIds['Leiden'], ctx.teamIds['Team Leiden'], worker],
    );
    return { clientId: client.id, caseId: c.id };
  };
  const amira = await pupil(DEMO_PUPILS.younger, 'Amira El Idrissi', '14 years 4 months');
  const bilal = await pupil(DEMO_PUPILS.older, 'Bilal El Idrissi', '16 years 5 months');

  await db.query(
    `INSERT INTO case_goal (case_id, position, text, achieved, created_by, updated_by, created_at, updated_at) VALUES
       ($1, 1, 'Ik ga weer elke dag naar school, ook op maandag.', false, $2, $2, now() - interval '20 days', now() - interval '20 days'),
       ($1, 2, 'Ik weet wat ik kan doen als ik buikpijn krijg van de zenuwen.', false, $2, $2, now() - interval '20 days', now() - interval '20 days')`,
    [amira.caseId, worker],
  );
  await db.query(
    `INSERT INTO appointment (case_id, kind, starts_at, duration_minutes, location, note, status, created_by, created_at, updated_at) VALUES
       ($1, 'face_to_face', date_trunc('day', now()) - interval '7 days' + interval '10 hours', 45, 'Op school, kamer 1.12 (leerlingenzorg)', NULL, 'attended', $2, now() - interval '14 days', now() - interval '7 days'),
       ($1, 'face_to_face', date_trunc('day', now()) + interval '2 days' + interval '10 hours', 45, 'Op school, kamer 1.12 (leerlingenzorg)', 'Neem je dagboekje mee.', 'planned', $2, now() - interval '2 days', now() - interval '2 days'),
       ($1, 'face_to_face', date_trunc('day', now()) + interval '9 days' + interval '15 hours 30 minutes', 60, 'Op school, kamer 1.12: gesprek met Amira en haar moeder', NULL, 'planned', $2, now() - interval '2 days', now() - interval '2 days'),
       ($3, 'face_to_face', date_trunc('day', now()) + interval '3 days' + interval '13 hours', 45, 'Op school, kamer 1.12 (leerlingenzorg)', NULL, 'planned', $2, now() - interval '3 days', now() - interval '3 days')`,
    [amira.caseId, worker, bilal.caseId],
  );

  const link = async (p: { clientId: string; caseId: string }, shares: [boolean, boolean, boolean]): Promise<string> => {
    const [row] = await db.query(
      `INSERT INTO guardian_link (organisation_id, case_id, client_id, name, email, relation, account_id, accepted_at,
         show_appointments, show_documents, show_messages, created_by, created_at)
       VALUES ($1, $2, $3, 'Fatima El Idrissi', $4, 'parent', $5, now() - interval '19 days', $6, $7, $8, $9, now() - interval '20 days') RETURNING id`,
      [ctx.organisationId, p.caseId, p.clientId, DEMO_ACCOUNTS.guardian, parent.id, ...shares, worker],
    );
    return row.id;
  };
  const amiraLink = await link(amira, [true, false, true]);
  await link(bilal, [true, false, false]);

  const thread: Array<[role: 'worker' | 'guardian', body: string, hoursAgo: number]> = [
    [
      'worker',
      'Beste mevrouw El Idrissi, fijn dat u mee wilt denken. Amira en ik praten elke week op school. Wat Amira mij zelf vertelt, blijft tussen ons. Hier zet ik de afspraken en wat u kunt doen.',
      19 * 24,
    ],
    ['guardian', 'Dank u. Op maandag wil Amira vaak niet naar school. Ze heeft dan buikpijn. Wat kan ik doen?', 18 * 24],
    [
      'worker',
      'Dat herkennen we. Breng haar op maandag toch naar school, ook als het moeilijk is. Blijf rustig en zeg dat u trots op haar bent. Over 9 dagen praten we er samen over, met Amira erbij.',
      17 * 24,
    ],
  ];
  for (const [role, body, hoursAgo] of thread) {
    await db.query(
      `INSERT INTO guardian_message (link_id, sender_id, sender_role, body, created_at) VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5))`,
      [amiraLink, role === 'worker' ? worker : parent.id, role, body, hoursAgo],
    );
  }
}
