import type { Language } from '@nabij/platform/contracts';
import { Injectable } from '@nestjs/common';
import type { CaseSummary, ConversationReport, Dossier, DossierDocument } from '@nabij/dossier/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { OrganisationNames } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';

/**
 * Names in case summaries and dossiers: the dossier's SQL carries ids, identity's
 * AccountDirectoryService gives people's names (and a document uploader's role) and platform's
 * OrganisationNames (intake's) the financier's, one look-up each per answer, usually from their
 * short caches, so a dossier stays one statement.
 */
@Injectable()
export class DossierNamesService {
  constructor(
    private readonly accounts: AccountDirectoryService,
    private readonly organisations: OrganisationNames,
  ) {}

  /**
   * The summaries with names, in the caseload's order: open ones first, then by closing date and
   * opening date (newest first), then by client name.
   */
  async summaries(cases: CaseSummary[], db?: EntityManager): Promise<CaseSummary[]> {
    const [names, financiers] = await Promise.all([
      this.accounts.namesByIds(
        cases.flatMap((c) => [c.client.id, c.assignedWorker?.id]),
        db,
      ),
      this.organisations.financierNamesByIds(cases.map((c) => c.financier.id)),
    ]);
    return cases.map((c) => named(c, names, financiers)).sort(caseloadOrder);
  }

  async summary(c: CaseSummary, db?: EntityManager): Promise<CaseSummary> {
    const [withNames] = await this.summaries([c], db);
    return withNames;
  }

  /** Reports with their authors' names. */
  async reports(reports: ConversationReport[]): Promise<ConversationReport[]> {
    const names = await this.accounts.namesByIds(reports.map((r) => r.author.id));
    return reports.map((r) => ({ ...r, author: { id: r.author.id, name: names.get(r.author.id) ?? null } }));
  }

  /** Documents with the name and role of who uploaded them. */
  async documents(documents: Array<Omit<DossierDocument, 'uploadedBy'> & { uploadedBy: { id: string } }>): Promise<DossierDocument[]> {
    const cards = await this.accounts.cardsByIds(documents.map((x) => x.uploadedBy.id));
    return documents.map((x) => ({
      ...x,
      uploadedBy: {
        id: x.uploadedBy.id,
        name: cards.get(x.uploadedBy.id)?.name ?? null,
        role: uploaderRole(cards.get(x.uploadedBy.id)?.role),
      },
    }));
  }

  /** The language the client reads (issue 17), for the worker's case view; Dutch when unknown. */
  async clientLanguage(clientId: string): Promise<Language> {
    // From identity's card cache, as the names: no statement of its own on a warm cache.
    return (await this.accounts.cardsByIds([clientId])).get(clientId)?.language ?? 'nl';
  }

  async dossier(d: Dossier): Promise<Dossier> {
    const [cards, financiers] = await Promise.all([
      this.accounts.cardsByIds([
        d.case.client.id,
        d.case.assignedWorker?.id,
        ...d.reports.map((r) => r.author.id),
        ...d.documents.map((x) => x.uploadedBy.id),
      ]),
      this.organisations.financierNamesByIds([d.case.financier.id]),
    ]);
    const names = new Map([...cards].map(([id, card]) => [id, card?.name ?? null]));
    return {
      ...d,
      case: named(d.case, names, financiers),
      reports: d.reports.map((r) => ({ ...r, author: { id: r.author.id, name: names.get(r.author.id) ?? null } })),
      documents: d.documents.map((x) => ({
        ...x,
        uploadedBy: { id: x.uploadedBy.id, name: names.get(x.uploadedBy.id) ?? null, role: uploaderRole(cards.get(x.uploadedBy.id)?.role) },
      })),
    };
  }
}

function named(c: CaseSummary, names: Map<string, string | null>, financiers: Map<string, string>): CaseSummary {
  return {
    ...c,
    financier: { id: c.financier.id, name: financiers.get(c.financier.id) ?? '' },
    client: { id: c.client.id, name: names.get(c.client.id) ?? null },
    assignedWorker: c.assignedWorker ? { id: c.assignedWorker.id, name: names.get(c.assignedWorker.id) ?? null } : null,
  };
}

/** Only clients and workers upload to a dossier. */
const uploaderRole = (role: string | undefined): 'client' | 'worker' => (role === 'client' ? 'client' : 'worker');

/** Open first, then closed newest first; then opened newest first; then the client's name (none last). */
function caseloadOrder(a: CaseSummary, b: CaseSummary): number {
  if (a.closedOn !== b.closedOn) {
    if (a.closedOn === null) return -1;
    if (b.closedOn === null) return 1;
    return a.closedOn < b.closedOn ? 1 : -1;
  }
  if (a.openedOn !== b.openedOn) return a.openedOn < b.openedOn ? 1 : -1;
  if (a.client.name === b.client.name) return 0;
  if (a.client.name === null) return 1;
  if (b.client.name === null) return -1;
  return a.client.name.localeCompare(b.client.name, 'nl');
}
