import { makeCase } from '@nabij/dossier/api/testing';
import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { CallListEntry, QuestionnaireDefinition } from '@nabij/outreach/contracts';
import { bearer, makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
import { FAMILY_QUESTIONNAIRE } from '../questionnaires/family-questionnaire';
import { installQuestionnaire } from '../questionnaires/install-questionnaire';

export interface OutreachOrg {
  organisationId: string;
  teamId: string;
  admin: TestAccount;
  worker: TestAccount;
  colleague: TestAccount;
  teamLead: TestAccount;
  client: TestAccount;
  questionnaireId: string;
  versionId: string;
}

/** An organisation of its own for one test: its staff, a client, and a published questionnaire (the family one unless given). */
export async function makeOutreachOrg(t: TestApp, definition: QuestionnaireDefinition = FAMILY_QUESTIONNAIRE): Promise<OutreachOrg> {
  const org = await makeOrganisation(t);
  const staff = { organisationId: org.organisationId, teamId: org.teamId };
  const installed = await t.dataSource.transaction((db) =>
    installQuestionnaire(db, definition, { organisationId: org.organisationId, now: t.clock.now() }),
  );
  return {
    organisationId: org.organisationId,
    teamId: org.teamId,
    admin: await makeAdmin(t, staff),
    worker: await makeWorker(t, { ...staff, name: 'Wendy Werker' }),
    colleague: await makeWorker(t, { ...staff, name: 'Carlos Collega' }),
    teamLead: await makeTeamLead(t, staff),
    client: await makeClient(t, { organisationId: org.organisationId, financierId: org.financierId }),
    ...installed,
  };
}

/** A small questionnaire for tests: a score with a follow-up below 6, a yes/no with a follow-up date. */
export const SMALL_QUESTIONNAIRE: QuestionnaireDefinition = {
  title: 'Korte belronde',
  sections: [
    {
      title: 'Vragen',
      questions: [
        { key: 'cijfer', type: 'scale', text: 'Welk cijfer geef je?', required: true },
        { key: 'nodig', type: 'text', text: 'Wat heb je nodig?', required: true, showIf: { question: 'cijfer', op: 'lt', value: 6 } },
        { key: 'bellen', type: 'yes_no', text: 'Mogen we je nog eens bellen?', required: true, followUp: 'call_back' },
        { key: 'wanneer', type: 'date', text: 'Wanneer?', showIf: { question: 'bellen', op: 'eq', value: true } },
      ],
    },
  ],
};

/** A client of the organisation (its financier) with an open case of the organisation's worker. */
export async function makeClientWithCase(t: TestApp, org: OutreachOrg, name: string): Promise<{ client: TestAccount; caseId: string }> {
  const [financier] = await t.dataSource.query(`SELECT id FROM financier WHERE organisation_id = $1`, [org.organisationId]);
  const client = await makeClient(t, { organisationId: org.organisationId, financierId: financier.id, name });
  return { client, caseId: (await makeCase(t, { worker: org.worker, clientId: client.id })).id };
}

/** The team lead makes a call list of the team's clients (each assigned to the worker of their case). */
export async function makeTeamClientList(t: TestApp, org: OutreachOrg): Promise<{ listId: string; entries: CallListEntry[] }> {
  const list = await t
    .http()
    .post('/api/outreach/lists')
    .set(bearer(org.teamLead))
    .send({ name: 'Cliënten', questionnaireId: org.questionnaireId, teamId: org.teamId })
    .expect(201);
  const detail = await t.http().get(`/api/outreach/lists/${list.body.id}`).set(bearer(org.teamLead)).expect(200);
  return { listId: list.body.id, entries: detail.body.entries };
}
