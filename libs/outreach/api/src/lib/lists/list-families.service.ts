import { BadRequestException, Injectable } from '@nestjs/common';
import { CaseLookupService, CaseRef } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import type { CallListSources, CreateCallList, ListSource } from '@nabij/outreach/contracts';
import { AuthUser, OrganisationNames } from '@nabij/platform/api';
import { organisationOf } from '../questionnaires/questionnaires.service';
import { EntryInput, CallListsRepository } from './call-lists.repository';
import { parseFamilyCsv } from './family-csv';

/** The families of a new list, and what the list is of. */
export interface ListFamilies {
  source: ListSource;
  sourceLabel: string | null;
  rows: EntryInput[];
}

/** A client the organisation serves now: the oldest open case decides the worker and team. */
interface ServedClient {
  case: CaseRef;
  name: string | null;
  postcode: string | null;
  financierId: string | null;
}

const SOURCE_FIELDS = ['csv', 'teamId', 'financierId', 'school'] as const;

const badField = (field: string, message: string, extra: object = {}) =>
  new BadRequestException({ message, fields: { [field]: [message] }, ...extra });

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

/** How many of the clients fall under each key (team or financier), keys without one left out. */
function countBy(clients: ServedClient[], key: (c: ServedClient) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of clients) {
    const k = key(c);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * Where the families of a call list come from (issue 15): an imported CSV file, the clients with an
 * open case of a team or of a financier (the municipality that pays), or the families of a school on
 * the organisation's earlier lists. A client goes on the list at once assigned to the worker of their
 * case, who may see their answers later in the dossier; the team lead can still divide them otherwise.
 */
@Injectable()
export class ListFamiliesService {
  constructor(
    private readonly lists: CallListsRepository,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
    private readonly names: OrganisationNames,
  ) {}

  async sources(user: AuthUser): Promise<CallListSources> {
    const organisationId = organisationOf(user);
    const clients = await this.servedClients(organisationId);
    const teams = countBy(clients, (c) => c.case.teamId);
    const financiers = countBy(clients, (c) => c.financierId);
    const [teamNames, financierNames, schools] = await Promise.all([
      this.accounts.teamNamesByIds(teams.keys()),
      this.names.financierNamesByIds(financiers.keys()),
      this.lists.schoolsOf(organisationId),
    ]);
    const named = (counts: Map<string, number>, names: Map<string, string>) =>
      [...counts]
        .filter(([id]) => names.has(id))
        .map(([id, families]) => ({ id, name: names.get(id)!, families }))
        .sort(byName);
    return { teams: named(teams, teamNames), financiers: named(financiers, financierNames), schools };
  }

  /** The families the input asks for; 400 naming the field when the source is missing, doubled or empty. */
  async families(user: AuthUser, input: CreateCallList): Promise<ListFamilies> {
    const given = SOURCE_FIELDS.filter((f) => input[f] !== undefined);
    if (given.length !== 1) {
      const field = given[1] ?? 'csv';
      throw badField(field, 'Give exactly one of csv, teamId, financierId or school: where the families come from.');
    }
    const organisationId = organisationOf(user);
    if (input.csv !== undefined) return this.fromCsv(user, input.csv);
    if (input.school !== undefined) return this.fromSchool(organisationId, input.school);
    const clients = await this.servedClients(organisationId);
    if (input.teamId !== undefined) {
      const chosen = clients.filter((c) => c.case.teamId === input.teamId);
      const name = (await this.accounts.teamNamesByIds([input.teamId])).get(input.teamId);
      if (!chosen.length || !name)
        throw badField('teamId', 'teamId must name a team of your organisation with clients who have an open case');
      return { source: 'team', sourceLabel: name, rows: this.clientRows(chosen) };
    }
    const financierId = input.financierId!;
    const chosen = clients.filter((c) => c.financierId === financierId);
    const name = (await this.names.financierNamesByIds([financierId])).get(financierId);
    if (!chosen.length || !name)
      throw badField('financierId', 'financierId must name a financier of clients of your organisation who have an open case');
    return { source: 'financier', sourceLabel: name, rows: this.clientRows(chosen) };
  }

  private async fromCsv(user: AuthUser, csv: string): Promise<ListFamilies> {
    const { rows, problems } = parseFamilyCsv(csv);
    if (problems.length)
      throw new BadRequestException({
        message: `The file has ${problems.length} problem(s); nothing was imported.`,
        fields: { csv: problems.map((p) => `regel ${p.line}, ${p.field}: ${p.problem}`) },
        details: { lines: problems },
      });
    // The families of a file count for the team of whoever imported it.
    const teamId = (await this.accounts.byId(user.id))?.teamId ?? null;
    return {
      source: 'csv',
      sourceLabel: null,
      rows: rows.map((r) => ({ ...r, clientId: null, teamId, financierId: null, workerId: null })),
    };
  }

  private async fromSchool(organisationId: string, school: string): Promise<ListFamilies> {
    const found = await this.lists.schoolFamilies(organisationId, school);
    if (!found.length) throw badField('school', 'school must name a school of families on earlier lists of your organisation');
    return {
      source: 'school',
      sourceLabel: found[0].school,
      rows: found.map((f, i) => ({
        line: i + 1,
        familyName: f.family_name,
        phone: f.phone,
        postcode: f.postcode,
        school: f.school,
        clientId: null,
        teamId: f.team_id,
        financierId: f.financier_id,
        workerId: null,
      })),
    };
  }

  private clientRows(clients: ServedClient[]): EntryInput[] {
    return [...clients]
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nl'))
      .map((c, i) => ({
        line: i + 1,
        familyName: c.name ?? 'Cliënt zonder naam',
        phone: null,
        postcode: c.postcode,
        school: null,
        clientId: c.case.clientId,
        teamId: c.case.teamId,
        financierId: c.financierId,
        workerId: c.case.assignedWorkerId,
      }));
  }

  private async servedClients(organisationId: string): Promise<ServedClient[]> {
    const oldest = new Map<string, CaseRef>();
    for (const c of await this.cases.openCasesOfOrganisation(organisationId)) if (!oldest.has(c.clientId)) oldest.set(c.clientId, c);
    const details = await this.accounts.clientDetailsByIds(oldest.keys());
    return [...oldest.values()]
      .filter((c) => details.has(c.clientId))
      .map((c) => {
        const d = details.get(c.clientId)!;
        return { case: c, name: d.name, postcode: d.postcode, financierId: d.financierId };
      });
  }
}
