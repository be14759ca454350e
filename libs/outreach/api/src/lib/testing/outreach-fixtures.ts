import { makeAdmin, makeClient, makeTeamLead, makeWorker } from '@nabij/identity/api/testing';
import type { QuestionnaireDefinition } from '@nabij/outreach/contracts';
import { makeOrganisation, TestAccount, TestApp } from '@nabij/platform/testing';
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
