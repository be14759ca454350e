import { Injectable } from '@nestjs/common';
import type { CaseSummary, Dossier } from '@nabij/dossier/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { EntityManager } from 'typeorm';

/**
 * People's names in case summaries and dossiers: the dossier's SQL carries account ids, identity's
 * AccountDirectoryService gives the names (and a document uploader's role), one look-up per answer,
 * usually from its short cache, so a dossier stays one statement.
 */
@Injectable()
export class DossierNamesService {
  constructor(private readonly accounts: AccountDirectoryService) {}

  /**
   * The summaries with names, in the caseload's order: open ones first, then by closing date and
   * opening date (newest first), then by client name.
   */
  async summaries(cases: CaseSummary[], db?: EntityManager): Promise<CaseSummary[]> {
    const names = await this.accounts.namesByIds(
      cases.flatMap((c) => [c.client.id, c.assignedWorker?.id]),
      db,
    );
    return cases.map((c) => named(c, names)).sort(caseloadOrder);
  }

  async summary(c: CaseSummary, db?: EntityManager): Promise<CaseSummary> {
    const [withNames] = await this.summaries([c], db);
    return withNames;
  }

  async dossier(d: Dossier): Promise<Dossier> {
    const cards = await this.accounts.cardsByIds([
      d.case.client.id,
      d.case.assignedWorker?.id,
      ...d.reports.map((r) => r.author.id),
      ...d.documents.map((x) => x.uploadedBy.id),
    ]);
    const names = new Map([...cards].map(([id, card]) => [id, card?.name ?? null]));
    return {
      ...d,
      case: named(d.case, names),
      reports: d.reports.map((r) => ({ ...r, author: { id: r.author.id, name: names.get(r.author.id) ?? null } })),
      documents: d.documents.map((x) => ({
        ...x,
        uploadedBy: { id: x.uploadedBy.id, name: names.get(x.uploadedBy.id) ?? null, role: uploaderRole(cards.get(x.uploadedBy.id)?.role) },
      })),
    };
  }
}

function named(c: CaseSummary, names: Map<string, string | null>): CaseSummary {
  return {
    ...c,
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
