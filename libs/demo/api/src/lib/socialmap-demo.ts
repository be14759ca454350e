import { installSocialServices, SOCIAL_SERVICES } from '@nabij/socialmap/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

type Status = 'proposed' | 'made' | 'accepted' | 'closed';

/** Sanne's referrals (the demo client), as Youssef wrote them: where to, why in plain words, how far, days ago. */
const SANNE_REFERRALS: Array<[provider: string, service: string, reason: string, status: Status, daysAgo: number]> = [
  [
    'Thuisadministratie Leiden',
    'Een vrijwilliger helpt met je post en rekeningen',
    'Je vertelde dat de brieven zich opstapelen. Een vrijwilliger komt elke week een uur helpen met je post en rekeningen. Zo krijg je weer overzicht.',
    'accepted',
    20,
  ],
  [
    'Gemeente Leiden',
    'Schuldhulpverlening',
    'Als het overzicht er is, kan de gemeente samen met je een plan maken voor je schulden. We bespreken eerst samen of je dat wilt.',
    'proposed',
    3,
  ],
];

/** Referrals on other open cases of the organisation, so the team lead's report has months and topics to count. */
const OTHER_REFERRALS: Array<[provider: string, service: string, status: Status]> = [
  ['Gemeente Leiden', 'Schuldhulpverlening', 'accepted'],
  ['Geldfit', 'Hulp bij geldzorgen en schulden', 'closed'],
  ['Gemeente Gouda', 'Schuldhulpverlening', 'made'],
  ['Voedselbank regio Leiden', 'Voedselpakket', 'accepted'],
  ['Thuisadministratie Leiden', 'Een vrijwilliger helpt met je post en rekeningen', 'made'],
  ['Huurdersspreekuur Leiden', 'Hulp bij huurachterstand en problemen met je huis', 'closed'],
  ['Maatjesproject Leiden en Oegstgeest', 'Een maatje tegen eenzaamheid', 'proposed'],
  ['Gemeente Leiden', 'Schuldhulpverlening', 'made'],
];

const DAY = 86_400_000;

/**
 * The social map of the demo region (Leiden and around, Alphen, Gouda), kept by the demo organisation's
 * admin, and referrals to it: two in Sanne's dossier (one accepted, one proposed) and a spread over
 * the last months on other open cases for the report.
 */
export async function seedSocialMapDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const now = new Date();
  await installSocialServices(db, ctx.organisationId, SOCIAL_SERVICES, { now });
  const refer = async (caseId: string, provider: string, service: string, reason: string, status: Status, at: Date) => {
    await db.query(
      `INSERT INTO social_referral (organisation_id, case_id, client_id, service_id, service_label, reason, status, created_by, created_at, updated_at)
       SELECT c.organisation_id, c.id, c.client_id, s.id, s.provider_name || ': ' || s.name, $4, $5, c.assigned_worker_id, $6, $6
         FROM care_case c, social_service s
        WHERE c.id = $1 AND s.organisation_id = c.organisation_id AND s.provider_name = $2 AND s.name = $3`,
      [caseId, provider, service, reason, status, at],
    );
  };

  const [sanne] = await db.query(
    `SELECT id FROM care_case WHERE client_id = $1 AND assigned_worker_id = $2 AND closed_on IS NULL ORDER BY opened_on DESC LIMIT 1`,
    [ctx.accountIds.client, ctx.accountIds.worker],
  );
  if (sanne) {
    for (const [provider, service, reason, status, daysAgo] of SANNE_REFERRALS) {
      await refer(sanne.id, provider, service, reason, status, new Date(now.getTime() - daysAgo * DAY));
    }
  }

  const others: Array<{ id: string }> = await db.query(
    `SELECT id FROM care_case WHERE organisation_id = $1 AND closed_on IS NULL AND assigned_worker_id IS NOT NULL AND client_id <> $2
      ORDER BY opened_on, id LIMIT $3`,
    [ctx.organisationId, ctx.accountIds.client, OTHER_REFERRALS.length],
  );
  for (const [i, c] of others.entries()) {
    const [provider, service, status] = OTHER_REFERRALS[i];
    // One every ten days, back from a week ago: spread over the last three months.
    await refer(
      c.id,
      provider,
      service,
      'Besproken in het gesprek; de cliënt wil deze hulp graag proberen.',
      status,
      new Date(now.getTime() - (7 + i * 10) * DAY),
    );
  }
}
