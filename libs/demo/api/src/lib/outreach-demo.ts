import { FAMILY_QUESTIONNAIRE, installQuestionnaire } from '@nabij/outreach/api';
import type { EntityManager } from 'typeorm';
import type { DemoContext } from './demo-context';

/** Made-up families with made-up numbers (06-1234 56xx): nobody real is called from the demo. */
const FAMILIES: Array<[name: string, phone: string, postcode: string | null, school: string | null]> = [
  ['Familie Yilmaz', '0612345601', '2312 AB', 'Basisschool De Regenboog'],
  ['Familie de Vries', '0612345602', '2316 XK', 'Het Kompas'],
  ['Familie El Amrani', '0612345603', '2313 BC', 'Basisschool De Regenboog'],
  ['Familie Jansen', '0612345604', null, null],
  ['Familie Haile', '0612345605', '2324 AA', 'Het Kompas'],
  ['Familie Kowalski', '0612345606', '2321 CD', null],
  ['Familie Bakker', '0612345607', '2403 AB', 'De Zonnewijzer'],
  ['Familie Öztürk', '0612345608', '2404 CE', 'De Zonnewijzer'],
];

/**
 * The conversation tool: the family questionnaire (published); a call list the team lead imported
 * from a file, six families assigned to the demo worker (their "Bellijst") and two still to divide;
 * and a list of the clients of Team Leiden, on which the demo client stands with the demo worker.
 */
export async function seedOutreachDemo(db: EntityManager, ctx: DemoContext): Promise<void> {
  const now = new Date();
  const { questionnaireId } = await installQuestionnaire(db, FAMILY_QUESTIONNAIRE, { organisationId: ctx.organisationId, now });
  const [list] = await db.query(
    `INSERT INTO outreach_list (organisation_id, name, questionnaire_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [ctx.organisationId, 'Belronde gezinnen Leiden', questionnaireId, ctx.accountIds.teamLead, now],
  );
  const teamId = ctx.teamIds['Team Leiden'];
  for (const [i, [name, phone, postcode, school]] of FAMILIES.entries()) {
    await db.query(
      `INSERT INTO outreach_entry (list_id, organisation_id, line, family_name, phone, postcode, school, team_id, assigned_worker_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [list.id, ctx.organisationId, i + 2, name, phone, postcode, school, teamId, i < 6 ? ctx.accountIds.worker : null, now],
    );
  }
  const [clients] = await db.query(
    `INSERT INTO outreach_list (organisation_id, name, questionnaire_id, source, source_label, created_by, created_at)
     VALUES ($1, 'Cliënten Team Leiden', $2, 'team', 'Team Leiden', $3, $4) RETURNING id`,
    [ctx.organisationId, questionnaireId, ctx.accountIds.teamLead, now],
  );
  await db.query(
    `INSERT INTO outreach_entry
       (list_id, organisation_id, line, family_name, phone, postcode, client_id, team_id, financier_id, assigned_worker_id, created_at)
     VALUES ($1, $2, 1, 'Sanne de Vries', NULL, '2312 AB', $3, $4, $5, $6, $7)`,
    [clients.id, ctx.organisationId, ctx.accountIds.client, teamId, ctx.financierIds['Leiden'], ctx.accountIds.worker, now],
  );
}
