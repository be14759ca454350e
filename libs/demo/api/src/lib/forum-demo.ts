import {
  cohortForum,
  installCohortForum,
  installForumMember,
  installForums,
  installTopics,
  OPEN_FORUM_TOPICS,
  OPEN_FORUMS,
} from '@nabij/forum/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';
import { ASSERTIVENESS_GROUP } from './trainings-demo';

/**
 * The peer forum: the four open forums with a few kind first conversations by demo nicknames, and
 * the closed forums of the demo groups; the assertiveness group's forum has a conversation linked from module 2 ("Praat
 * erover in de groep") and a new member's first post waiting in the demo worker's moderation queue.
 * The demo client has no nickname yet, so the forum first asks for one.
 */
export async function seedForumDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const now = new Date();
  const { organisationId } = ctx;
  const open = await installForums(db, organisationId, OPEN_FORUMS, { now });
  // The assertiveness group (trainings demo): its forum, and the forums of the demo's other groups.
  const cohorts: Array<{ id: string; training_id: string; title: string; created_at: Date }> = await db.query(
    `SELECT id, training_id, title, created_at FROM training_cohort WHERE organisation_id = $1 ORDER BY created_at`,
    [organisationId],
  );
  for (const c of cohorts) await installCohortForum(db, { cohortId: c.id, organisationId, title: c.title, now: c.created_at });
  const group = cohorts.find((c) => c.title === ASSERTIVENESS_GROUP)!;
  const course = { id: group.training_id };

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
  const groupTitle = cohortForum(ASSERTIVENESS_GROUP).title;
  const groupForum = { [groupTitle]: group.id };
  const [linked] = await installTopics(
    db,
    groupForum,
    members,
    [
      {
        forum: groupTitle,
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
