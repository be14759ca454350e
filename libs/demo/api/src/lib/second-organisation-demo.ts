import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { seedThread } from './caseload-demo';

/**
 * A second organisation in the demo, so every screen shows that one organisation never sees
 * another's staff, clients or figures. It serves Zwolle and Kampen (Overijssel): postcodes far from
 * the first organisation's Leiden, Alphen aan den Rijn, Gouda and Lisse. Same demo password.
 */
export const SECOND_ORGANISATION = { name: 'Welzijn IJsseldelta (demo)', slug: 'welzijn-ijsseldelta' } as const;

export const SECOND_ORG_ACCOUNTS = {
  client: 'client@tweede.nabij.nl',
  worker: 'worker@tweede.nabij.nl',
  teamLead: 'teamlead@tweede.nabij.nl',
  admin: 'admin@tweede.nabij.nl',
} as const;

/** A client admitted without an e-mail address (no fixed address): logs in with this login name. */
export const SECOND_ORG_LOGIN_NAME = 'zwolle-h4k7p';

/** Four-digit postcode ranges of the two municipalities (IJsselmuiden, 8271, belongs to Kampen). */
export const SECOND_ORG_FINANCIERS = [
  { name: 'Zwolle', ranges: [[8011, 8047]], socialTeam: 'Sociaal wijkteam Zwolle', phone: '14 038' },
  {
    name: 'Kampen',
    ranges: [
      [8261, 8267],
      [8271, 8271],
    ],
    socialTeam: 'Sociaal team Kampen',
    phone: '14 038',
  },
] as const;

type Financier = (typeof SECOND_ORG_FINANCIERS)[number]['name'];
type ThreadState = Parameters<typeof seedThread>[2];

/** Weekdays 13:00–15:00, and Monday and Thursday evening 19:00–20:30 (Europe/Amsterdam). */
const CHAT_HOURS: Array<[weekday: number, start: string, end: string]> = [
  ...[1, 2, 3, 4, 5].map((d): [number, string, string] => [d, '13:00', '15:00']),
  [1, '19:00', '20:30'],
  [4, '19:00', '20:30'],
];

/** The clients of the worker Lotte Hendriks, each with an open case and a message thread. */
const CLIENTS: Array<[name: string, financier: Financier, postcode: string, birthDate: string, state: ThreadState, question: string]> = [
  ['Hanneke Bosman', 'Zwolle', '8022 AK', '1983-09-14', 'waiting', 'De huur is weer omhoog gegaan. Kan ik huurtoeslag krijgen?'],
  ['Ahmed Benali', 'Kampen', '8262 CN', '1977-02-03', 'overdue', 'Mijn dochter wordt gepest op school. Wie kan ons helpen?'],
  ['Ria Timmer', 'Kampen', '8271 BH', '1959-12-08', 'due_soon', 'Sinds mijn man is overleden, red ik het niet met de rekeningen.'],
  ['Mark Veenstra', 'Zwolle', '8043 PD', '1990-07-26', 'answered', 'Ik moet naar de rechter om de voogdij. Kunnen we daarover praten?'],
];

/** A chat that Joris had with Lotte last week; its transcript belongs to his case. */
const CHAT_LINES: Array<['client' | 'worker', string]> = [
  ['client', 'Hallo, ik heb een brief van de deurwaarder gekregen. Ik weet niet wat ik moet doen.'],
  ['worker', 'Hallo Joris, goed dat je chat. Van wie komt de schuld waar de brief over gaat?'],
  ['client', 'Van de zorgverzekeraar. Ik heb drie maanden niet betaald.'],
  ['worker', 'Bel de deurwaarder vandaag en vraag om een betalingsregeling. Zeg dat je hulp krijgt van Welzijn IJsseldelta.'],
  ['client', 'Oké. Mag ik de brief meenemen naar onze afspraak?'],
  ['worker', 'Ja, graag. Dan kijken we samen wat je elke maand kunt betalen.'],
];

export async function seedSecondOrganisation(db: EntityManager, passwordHash: string): Promise<void> {
  const [org] = await db.query(`INSERT INTO organisation (name, slug) VALUES ($1, $2) RETURNING id`, [
    SECOND_ORGANISATION.name,
    SECOND_ORGANISATION.slug,
  ]);
  const financierIds = {} as Record<Financier, string>;
  for (const f of SECOND_ORG_FINANCIERS) {
    const [row] = await db.query(
      `INSERT INTO financier (organisation_id, name, social_team_name, social_team_phone) VALUES ($1, $2, $3, $4) RETURNING id`,
      [org.id, f.name, f.socialTeam, f.phone],
    );
    financierIds[f.name] = row.id;
    for (const [from, to] of f.ranges) {
      await db.query(`INSERT INTO service_area (financier_id, postcode_from, postcode_to) VALUES ($1, $2, $3)`, [row.id, from, to]);
    }
  }
  const [teamZwolle] = await db.query(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Team Zwolle') RETURNING id`, [org.id]);
  const [teamKampen] = await db.query(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Team Kampen') RETURNING id`, [org.id]);

  const account = async (
    login: { email: string } | { loginName: string },
    role: string,
    name: string,
    extra: { teamId?: string; financierId?: string; postcode?: string; birthDate?: string; admittedBy?: string; reason?: string } = {},
  ): Promise<string> => {
    const email = 'email' in login ? login.email : null;
    const [row] = await db.query(
      `INSERT INTO account (email, login_name, password_hash, role, name, organisation_id, team_id, financier_id, postcode, birth_date,
                            admitted_by, admission_reason, email_verified_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $1::text IS NULL THEN NULL ELSE now() END, now() - interval '60 days')
       RETURNING id`,
      [
        email,
        'loginName' in login ? login.loginName : null,
        passwordHash,
        role,
        name,
        org.id,
        extra.teamId ?? null,
        extra.financierId ?? null,
        extra.postcode ?? null,
        extra.birthDate ?? null,
        extra.admittedBy ?? null,
        extra.reason ?? null,
      ],
    );
    return row.id;
  };

  const worker = await account({ email: SECOND_ORG_ACCOUNTS.worker }, 'worker', 'Lotte Hendriks', { teamId: teamZwolle.id });
  await account({ email: SECOND_ORG_ACCOUNTS.teamLead }, 'team_lead', 'Bas Wolters', { teamId: teamZwolle.id });
  await account({ email: SECOND_ORG_ACCOUNTS.admin }, 'admin', 'Ilse Brink');
  await account({ email: 'worker2@tweede.nabij.nl' }, 'worker', 'Fatima Ouahabi', { teamId: teamKampen.id });

  const openCase = async (clientId: string, financier: Financier, kind: string, problems: string[], daysAgo: number): Promise<string> => {
    const [row] = await db.query(
      `INSERT INTO care_case (organisation_id, client_id, financier_id, team_id, assigned_worker_id, kind_of_work, problem_areas, uses_online_dossier, opened_on, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true, (now() - make_interval(days => $8))::date, now() - make_interval(days => $8)) RETURNING id`,
      [org.id, clientId, financierIds[financier], teamZwolle.id, worker, kind, problems, daysAgo],
    );
    return row.id;
  };
  const timeEntry = async (caseId: string, type: string, minutes: number, daysAgo: number, source?: { kind: string; id: string }) => {
    await db.query(
      `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, source, source_id, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, (now() - make_interval(days => $6))::date, $7, $8, 'confirmed', now() - make_interval(days => $6), now() - make_interval(days => $6))`,
      [org.id, worker, caseId, type, minutes, daysAgo, source?.kind ?? 'manual', source?.id ?? null],
    );
  };

  // Joris: the demo client of this organisation, with goals, a report, a chat and registered time.
  const joris = await account({ email: SECOND_ORG_ACCOUNTS.client }, 'client', 'Joris Kuipers', {
    financierId: financierIds['Zwolle'],
    postcode: '8017 BE',
    birthDate: '1992-05-19',
  });
  const jorisCase = await openCase(joris, 'Zwolle', 'algemeen_mw', ['materiele_problematiek'], 30);
  const goals = [
    'Ik heb een betalingsregeling met de deurwaarder en betaal die elke maand op tijd.',
    'Ik weet hoeveel geld ik elke week kan uitgeven aan boodschappen.',
  ];
  for (const [i, text] of goals.entries()) {
    await db.query(
      `INSERT INTO case_goal (case_id, position, text, achieved, created_by, updated_by, created_at, updated_at)
       VALUES ($1, $2, $3, false, $4, $4, now() - interval '28 days', now() - interval '28 days')`,
      [jorisCase, i + 1, text, worker],
    );
  }
  await db.query(
    `INSERT INTO conversation_report (case_id, author_id, held_on, summary, tips, published_at, created_at, updated_at)
     VALUES ($1, $2, (now() - interval '21 days')::date, $3, $4, now() - interval '20 days', now() - interval '21 days', now() - interval '20 days')`,
    [
      jorisCase,
      worker,
      'We hebben gepraat over je schulden bij de zorgverzekeraar en de energieleverancier. Je hebt een vaste baan, maar het geld is op voor het eind van de maand.',
      'Schrijf een week lang op wat je uitgeeft. Neem de lijst mee naar onze volgende afspraak.',
    ],
  );
  await timeEntry(jorisCase, 'face_to_face', 60, 21);
  await seedThread(db, { organisationId: org.id, clientId: joris, caseId: jorisCase, workerId: worker }, 'answered', CHAT_LINES[4][1]);
  await timeEntry(jorisCase, 'message', 20, 2);

  const chatMinutes = 34;
  const [chat] = await db.query(
    `INSERT INTO chat_session (organisation_id, status, client_id, case_id, financier_id, worker_id, last_seq, created_at, picked_up_at, ended_at, ended_by, duration_seconds)
     VALUES ($1, 'ended', $2, $3, $4, $5, $6, now() - interval '7 days 2 minutes', now() - interval '7 days',
             now() - interval '7 days' + make_interval(mins => $7), 'client', $7 * 60) RETURNING id`,
    [org.id, joris, jorisCase, financierIds['Zwolle'], worker, CHAT_LINES.length, chatMinutes],
  );
  for (const [i, [role, body]] of CHAT_LINES.entries()) {
    await db.query(
      `INSERT INTO chat_message (session_id, seq, sender_role, sender_id, body, created_at)
       VALUES ($1, $2, $3, $4, $5, now() - interval '7 days' + make_interval(mins => $6))`,
      [chat.id, i + 1, role, role === 'client' ? joris : worker, body, i * 5],
    );
  }
  await db.query(
    `INSERT INTO chat_evaluation (session_id, helpful, understood, again, created_at) VALUES ($1, 5, 4, true, now() - interval '7 days')`,
    [chat.id],
  );
  await timeEntry(jorisCase, 'chat', chatMinutes, 7, { kind: 'chat', id: chat.id });

  for (const [i, [name, financier, postcode, birthDate, state, question]] of CLIENTS.entries()) {
    const client = await account({ email: `client${String(i + 1).padStart(2, '0')}@tweede.nabij.nl` }, 'client', name, {
      financierId: financierIds[financier],
      postcode,
      birthDate,
    });
    const caseId = await openCase(
      client,
      financier,
      i === 1 ? 'school_mw' : 'algemeen_mw',
      i === 1 ? ['opvoeding'] : ['psychosociaal'],
      12 + i * 9,
    );
    await seedThread(db, { organisationId: org.id, clientId: client, caseId, workerId: worker }, state, question);
    await timeEntry(caseId, i % 2 ? 'phone' : 'face_to_face', i % 2 ? 15 : 60, 5 + i);
  }

  // Dennis has no fixed address and no e-mail: Lotte admitted him and gave him a printed code, which he used.
  const dennis = await account({ loginName: SECOND_ORG_LOGIN_NAME }, 'client', 'Dennis Groen', {
    financierId: financierIds['Zwolle'],
    birthDate: '1986-10-02',
    admittedBy: worker,
    reason: 'Geen vast adres: slaapt in de nachtopvang van Zwolle en heeft geen eigen telefoon of e-mail.',
  });
  await db.query(
    `INSERT INTO activation_code (account_id, code_hash, created_by, created_at, expires_at, used_at)
     VALUES ($1, $2, $3, now() - interval '20 days', now() + interval '10 days', now() - interval '19 days')`,
    [dennis, createHash('sha256').update(`demo-code-used-${dennis}`).digest('hex'), worker],
  );
  const dennisCase = await openCase(dennis, 'Zwolle', 'algemeen_mw', ['huisvesting', 'materiele_problematiek'], 20);
  await timeEntry(dennisCase, 'face_to_face', 45, 19);

  await db.query(`UPDATE account SET chat_duty = true WHERE id = $1`, [worker]);
  for (const [weekday, start, end] of CHAT_HOURS) {
    await db.query(`INSERT INTO chat_hours_slot (organisation_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4)`, [
      org.id,
      weekday,
      start,
      end,
    ]);
    await db.query(`INSERT INTO chat_duty (organisation_id, worker_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)`, [
      org.id,
      worker,
      weekday,
      start,
      end,
    ]);
  }
}
