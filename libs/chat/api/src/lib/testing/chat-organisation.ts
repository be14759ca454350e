import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import { bearer, makeOrganisation, TestAccount, TestOrganisation } from '@nabij/platform/testing';
import { ChatHoursAdminService } from '../hours/chat-hours-admin.service';
import type { ChatTestApp } from './chat-test-app';

/** Chat hours as the demo has them (Europe/Amsterdam): every afternoon, and three evenings. */
export const TEST_CHAT_HOURS: ReadonlyArray<[weekday: number, start: string, end: string]> = [
  ...[1, 2, 3, 4, 5, 6, 7].map((d): [number, string, string] => [d, '15:00', '17:00']),
  ...[2, 3, 4].map((d): [number, string, string] => [d, '19:00', '21:00']),
];

export interface ChatOrganisation extends TestOrganisation {
  /** For `/api/chat/status?organisation=<slug>`. */
  slug: string;
  client: TestAccount;
  /** On duty in every chat hour. */
  worker: TestAccount;
  teamLead: TestAccount;
  admin: TestAccount;
}

export interface MakeChatOrganisationOptions {
  /** Only when the test logs in with these accounts: hashing costs real CPU time (argon2). */
  password?: string;
  /** Postcode digits the organisation's first financier serves, for anonymous chats (default 2312). */
  postcode?: number;
}

/**
 * An organisation with chat open (TEST_CHAT_HOURS), a worker on duty in every hour, a client, a
 * team lead and an admin, and a service area so a postcode check of 2312 starts an anonymous chat
 * with it. Service areas are global, so make one per database (one per app), not one per test.
 * The hours are the admin's (ChatHoursAdminService, as PUT /api/chat/hours), accounts and the
 * service area go through identity and intake. Weekly duty lines are written directly: no service
 * writes them (the rota adds dated lines only; the seed or an operator writes the weekly roster).
 */
export async function makeChatOrganisation(t: ChatTestApp, options: MakeChatOrganisationOptions = {}): Promise<ChatOrganisation> {
  const org = await makeOrganisation(t);
  const staff = { organisationId: org.organisationId, teamId: org.teamId, password: options.password };
  const client = await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, password: options.password });
  const worker = await makeWorker(t, staff);
  const teamLead = await makeTeamLead(t, staff);
  const admin = await makeAdmin(t, staff);
  const slots = TEST_CHAT_HOURS.map(([weekday, start, end]) => ({ weekday, start, end }));
  await t.app.get(ChatHoursAdminService).replace(admin, { slots }, { ip: null, userAgent: 'test-factory' });
  await t.dataSource.transaction(async (db) => {
    for (const [weekday, start, end] of TEST_CHAT_HOURS) {
      await db.query(`INSERT INTO chat_duty (organisation_id, worker_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)`, [
        org.organisationId,
        worker.id,
        weekday,
        start,
        end,
      ]);
    }
  });
  const postcode = options.postcode ?? 2312;
  const area = await t
    .http()
    .post('/api/admin/service-areas')
    .set(bearer(admin))
    .send({ financierId: org.financierId, postcodeFrom: postcode, postcodeTo: postcode });
  if (area.status !== 201) throw new Error(`service area failed: ${area.status} ${JSON.stringify(area.body)}`);
  const [{ slug }] = await t.dataSource.query(`SELECT slug FROM organisation WHERE id = $1`, [org.organisationId]);
  return { ...org, slug, client, worker, teamLead, admin };
}

/** Another account of the organisation: a client (with the first financier) or a worker (not on duty). */
export function makeChatAccount(
  t: ChatTestApp,
  org: TestOrganisation,
  role: 'client' | 'worker',
  options: { name?: string; email?: string } = {},
): Promise<TestAccount> {
  return role === 'client'
    ? makeClient(t, { organisationId: org.organisationId, financierId: org.financierId, ...options })
    : makeWorker(t, { organisationId: org.organisationId, teamId: org.teamId, ...options });
}
