import { courseForum, installForumMember, installForums, installTopics, OPEN_FORUM_TOPICS, OPEN_FORUMS } from '@nabij/forum/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/**
 * The peer forum: the four open forums with a few kind first conversations by demo nicknames, and
 * the closed forum of the assertiveness course with a conversation linked from module 2 ("Praat
 * erover in de groep") and a new member's first post waiting in the demo worker's moderation queue.
 * The demo client has no nickname yet, so the forum first asks for one.
 */
export async function seedForumDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const now = new Date();
  const { organisationId } = ctx;
  const open = await installForums(db, organisationId, OPEN_FORUMS, { now });
  const [course] = await db.query(`SELECT id FROM training WHERE organisation_id = $1 AND trainer_id = $2 ORDER BY created_at LIMIT 1`, [
    organisationId,
    ctx.accountIds.worker,
  ]);
  const [closedForum] = Object.values(
    await installForums(db, organisationId, [courseForum('Assertiviteit: voor jezelf opkomen')], { now, trainingId: course.id }),
  );

  const client = async (email: string, name: string): Promise<string> => {
    const [row] = await db.query(`SELECT id FROM account WHERE email = $1`, [email]);
    if (row) return row.id;
    const [made] = await db.query(
      `INSERT INTO account (email, password_hash, role, name, organisation_id, financier_id, email_verified_at, created_at)
       VALUES ($1, $2, 'client', $3, $4, $5, now(), now()) RETURNING id`,
      [email, ctx.passwordHash, name, organisationId, ctx.financierIds['Leiden']],
    );
    return made.id;
  };
  const members: Record<string, string> = {
    Zonnestraal: await client('fatima.training@demo.nabij.nl', 'Fatima El Idrissi'),
    Fietser071: await client('kevin.training@demo.nabij.nl', 'Kevin Bakker'),
    Tulpje: await client('tulpje.forum@demo.nabij.nl', 'Anouk Verbeek'),
    Rustpunt: await client('rustpunt.forum@demo.nabij.nl', 'Dennis Koster'),
    'Team Nabij': ctx.accountIds.worker,
  };
  for (const [nickname, userId] of Object.entries(members))
    await installForumMember(db, { userId, organisationId, nickname, staff: userId === ctx.accountIds.worker, now });
  await installTopics(db, open, members, OPEN_FORUM_TOPICS, now);

  const [step] = await db.query(
    `SELECT s.id FROM training_step s JOIN training_module m ON m.id = s.module_id WHERE m.training_id = $1 AND m.position = 2 ORDER BY s.position LIMIT 1`,
    [course.id],
  );
  const groupForum = { 'Groep: Assertiviteit: voor jezelf opkomen': closedForum };
  const [linked] = await installTopics(
    db,
    groupForum,
    members,
    [
      {
        forum: 'Groep: Assertiviteit: voor jezelf opkomen',
        author: 'Zonnestraal',
        title: 'Waar voel jij je grens?',
        body: 'Bij de oefening van module 2 merkte ik dat ik mijn grens pas voel als het al te laat is. Mijn schouders worden dan heel strak. Waar voelen jullie het?',
        replies: [
          {
            author: 'Fietser071',
            body: 'Bij mij in mijn buik. Ik probeer nu eerder te stoppen en even adem te halen voordat ik ja zeg.',
            helpedBy: ['Zonnestraal'],
          },
          {
            author: 'Team Nabij',
            body: 'Mooi dat jullie dit delen. Je lichaam merkt vaak eerder dan je hoofd dat iets niet klopt. Daar gaan we in module 3 mee verder.',
          },
        ],
      },
    ],
    now,
  );
  await db.query(`UPDATE forum_post SET step_id = $2 WHERE id = $1`, [linked, step.id]);

  // A new member's first post, waiting for the demo worker's approval.
  const newcomer = await client('nieuw.forum@demo.nabij.nl', 'Iris Mulder');
  await db.query(
    `INSERT INTO forum_member (user_id, organisation_id, nickname, staff, approved, created_at) VALUES ($1, $2, 'Lentezon', false, false, $3)`,
    [newcomer, organisationId, now],
  );
  await db.query(
    `INSERT INTO forum_post (forum_id, title, body, author_id, status, flags, created_at, last_activity_at)
     VALUES ($1, $2, $3, $4, 'pending', '{first_post}', $5, $5)`,
    [
      open['Contact en eenzaamheid'],
      'Zondagen zijn het moeilijkst',
      'Doordeweeks heb ik werk en afspraken, maar op zondag is het stil. Wat doen jullie op een lege zondag?',
      newcomer,
      now,
    ],
  );
}
