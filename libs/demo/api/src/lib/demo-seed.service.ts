import { Injectable, Logger } from '@nestjs/common';
import { PasswordService } from '@nabij/identity/api';
import { DataSource, EntityManager } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_FINANCIERS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-accounts';
import { seedCaseloadDemo } from './caseload-demo';
import { seedChatDemo } from './chat-demo';
import { seedConversationLimitDemo } from './conversation-limit-demo';
import { seedGuardiansDemo } from './guardians-demo';
import { seedForumDemo } from './forum-demo';
import { seedEvaluationDemo } from './evaluation-demo';
import { seedInsightDemo } from './insight-demo';
import { seedIntakeDemo } from './intake-demo';
import { seedLibraryDemo } from './library-demo';
import { seedRecentWorkDemo } from './recent-work-demo';
import { seedRemindersDemo } from './reminders-demo';
import { seedOutreachDemo } from './outreach-demo';
import type { DemoContext } from './demo-context';
import { seedSecondOrganisation } from './second-organisation-demo';
import { seedSocialMapDemo } from './socialmap-demo';
import { seedTableBYear } from './table-b-demo';
import { seedTrainingsDemo } from './trainings-demo';

/** Domain seeders run in this order after the foundation, inside the same transaction. */
export type DemoSeeder = (db: EntityManager, ctx: DemoContext) => Promise<void>;
const DOMAIN_SEEDERS: DemoSeeder[] = [
  seedCaseloadDemo,
  // Hours of the last weeks and two recently closed cases (after the caseload, whose cases it uses).
  seedRecentWorkDemo,
  seedChatDemo,
  seedTrainingsDemo,
  seedTableBYear,
  seedLibraryDemo,
  seedOutreachDemo,
  seedSocialMapDemo,
  // Two pupils in school social work with their mother as a parent login.
  seedGuardiansDemo,
  // Open forums and the assertiveness course's group forum (after trainings: its participants post there).
  seedForumDemo,
  // After the caseload and Table B year: their cases carry a year of held and missed appointments.
  seedRemindersDemo,
  // Chats and closed threads with their evaluations (after the caseload and Table B year, whose cases and workers it uses).
  seedEvaluationDemo,
  // How the cases of the last year came in (after every seeder that opens cases).
  seedIntakeDemo,
  // The conversation limit (5 in general social work) with a request waiting for the team lead, and face-to-face 60 + 60 report.
  seedConversationLimitDemo,
  // Targets per financier, a rise in money problems and drop-out in the assertiveness course (after intake, which gives channels only to cases without one).
  seedInsightDemo,
  // Its own organisation, financiers, teams, staff and clients: proves isolation on every screen.
  (db, ctx) => seedSecondOrganisation(db, ctx.passwordHash),
];

const SEED_KEY = 'demo_seed';

/**
 * Demo data for `npm start`, written once (a marker in app_meta) in one transaction, so a crash
 * halfway leaves nothing and the next start tries again.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  /**
   * Writes the demo data unless it is there already. `full` adds every domain's demo data (what
   * `npm start` shows, including the second organisation `seedSecondOrganisation` writes); without
   * it only the first organisation, areas, teams and four demo accounts are written.
   */
  async seedOnce(full = false): Promise<boolean> {
    const hash = await this.passwords.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (db) => {
      // Two instances starting together: the second waits here and then sees the marker.
      await db.query('SELECT pg_advisory_xact_lock(7246002)');
      const [done] = await db.query('SELECT value FROM app_meta WHERE key = $1', [SEED_KEY]);
      if (done) return false;
      const ctx = await this.seedFoundation(db, hash);
      if (full) for (const seed of DOMAIN_SEEDERS) await seed(db, ctx);
      // Every demo staff login (both organisations) has the one public authenticator secret, set up.
      await db.query(
        `INSERT INTO account_totp (account_id, secret, confirmed_at, created_at)
         SELECT id, $1, now(), now() FROM account WHERE role IN ('worker', 'team_lead', 'admin') AND password_hash IS NOT NULL
         ON CONFLICT (account_id) DO NOTHING`,
        [DEMO_TOTP_SECRET],
      );
      await db.query('INSERT INTO app_meta (key, value) VALUES ($1, $2)', [SEED_KEY, '1']);
      this.logger.log('Demo data written.');
      return true;
    });
  }

  private async seedFoundation(db: EntityManager, hash: string): Promise<DemoContext> {
    const [org] = await db.query(
      `INSERT INTO organisation (name, slug) VALUES ('Maatschappelijk Werk Hollands Midden (demo)', 'mw-hollands-midden') RETURNING id`,
    );
    const financierIds: Record<string, string> = {};
    for (const f of DEMO_FINANCIERS) {
      const [row] = await db.query(
        `INSERT INTO financier (organisation_id, name, social_team_name, social_team_phone) VALUES ($1, $2, $3, $4) RETURNING id`,
        [org.id, f.name, f.socialTeam, f.phone],
      );
      financierIds[f.name] = row.id;
      for (const [from, to] of f.ranges) {
        await db.query(`INSERT INTO service_area (financier_id, postcode_from, postcode_to) VALUES ($1, $2, $3)`, [row.id, from, to]);
      }
    }
    const [teamLeiden] = await db.query(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Team Leiden') RETURNING id`, [org.id]);
    const [teamRijnstreek] = await db.query(`INSERT INTO team (organisation_id, name) VALUES ($1, 'Team Rijnstreek') RETURNING id`, [
      org.id,
    ]);
    const account = async (
      email: string,
      role: string,
      name: string,
      extra: { teamId?: string; financierId?: string; postcode?: string; birthDate?: string } = {},
    ): Promise<string> => {
      const [row] = await db.query(
        `INSERT INTO account (email, password_hash, role, name, organisation_id, team_id, financier_id, postcode, birth_date, email_verified_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), now()) RETURNING id`,
        [email, hash, role, name, org.id, extra.teamId ?? null, extra.financierId ?? null, extra.postcode ?? null, extra.birthDate ?? null],
      );
      return row.id;
    };
    const accountIds = {
      client: await account(DEMO_ACCOUNTS.client, 'client', 'Sanne de Vries', {
        financierId: financierIds['Leiden'],
        postcode: '2312 AB',
        birthDate: '1994-03-12',
      }),
      worker: await account(DEMO_ACCOUNTS.worker, 'worker', 'Youssef Amrani', { teamId: teamLeiden.id }),
      teamLead: await account(DEMO_ACCOUNTS.teamLead, 'team_lead', 'Marieke Jansen', { teamId: teamLeiden.id }),
      admin: await account(DEMO_ACCOUNTS.admin, 'admin', 'Beheerder Nabij'),
    };
    // The parent's login; the guardians demo links it to a pupil's case (full seed).
    await account(DEMO_ACCOUNTS.guardian, 'guardian', 'Fatima El Idrissi');
    return {
      organisationId: org.id,
      financierIds,
      teamIds: { 'Team Leiden': teamLeiden.id, 'Team Rijnstreek': teamRijnstreek.id },
      accountIds,
      passwordHash: hash,
    };
  }
}
