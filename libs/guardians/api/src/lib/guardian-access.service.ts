import { Injectable, NotFoundException } from '@nestjs/common';
import { amsterdamDate, CaseAccessService, CareCaseEntity } from '@nabij/dossier/api';
import type { GuardianLink, GuardianShares } from '@nabij/guardians/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuthUser, Clock } from '@nabij/platform/api';
import { EntityManager } from 'typeorm';
import { GuardianLinkRow, GuardianLinksRepository } from './guardian-links.repository';
import { consentNeeded, visibleShares } from './guardian-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A link with what its parent sees now. */
export interface CheckedLink {
  link: GuardianLinkRow;
  consentNeeded: boolean;
  visible: GuardianShares;
}

export function sharesOf(link: GuardianLinkRow): GuardianShares {
  return { appointments: link.show_appointments, documents: link.show_documents, messages: link.show_messages };
}

const notFound = () =>
  new NotFoundException({ message: 'This parent link does not exist or is not yours.', code: 'guardians.parent_link_not' });

/**
 * Who may touch a guardian link. The case's worker: by dossier's rule (CaseAccessService). The parent:
 * only their own living link, and for a pupil of 16 or older only after the pupil consented. The pupil:
 * the links on their own case. Everyone else gets 404, so an id never reveals that a link exists.
 */
@Injectable()
export class GuardianAccessService {
  constructor(
    private readonly links: GuardianLinksRepository,
    private readonly cases: CaseAccessService,
    private readonly directory: AccountDirectoryService,
    private readonly clock: Clock,
  ) {}

  /** The case if the worker may work on it (404 otherwise). */
  workerCase(worker: AuthUser, caseId: string, db?: EntityManager): Promise<CareCaseEntity> {
    return this.cases.caseFor(worker, caseId, db);
  }

  /** The link and its case if the worker may work on the case (404 otherwise); `lock` row-locks it. */
  async workerLink(
    worker: AuthUser,
    linkId: string,
    db?: EntityManager,
    lock = false,
  ): Promise<{ link: GuardianLinkRow; c: CareCaseEntity }> {
    const link = UUID.test(linkId) ? await (lock && db ? this.links.lock(db, linkId) : this.links.find(linkId, db)) : null;
    if (!link) throw notFound();
    return { link, c: await this.cases.caseFor(worker, link.case_id, db) };
  }

  /** The parent's own link with what they see; 404 for another's link, and while a 16+ pupil has not consented. */
  async guardianLink(guardian: AuthUser, linkId: string): Promise<CheckedLink> {
    const link = UUID.test(linkId) ? await this.links.find(linkId) : null;
    if (!link || link.account_id !== guardian.id || link.organisation_id !== guardian.organisationId) throw notFound();
    const [checked] = await this.check([link]);
    if (checked.consentNeeded && !link.consent_at) throw notFound();
    return checked;
  }

  /** A link on the pupil's own case (404 otherwise, also when the case is not in the pupil's online dossier). */
  async pupilLink(client: AuthUser, linkId: string, db?: EntityManager): Promise<GuardianLinkRow> {
    const link = UUID.test(linkId) ? await (db ? this.links.lock(db, linkId) : this.links.find(linkId)) : null;
    if (!link || link.client_id !== client.id) throw notFound();
    await this.cases.caseFor(client, link.case_id, db);
    return link;
  }

  /** Each link with whether its pupil must consent (one look-up of birth dates for all). */
  async check(links: GuardianLinkRow[]): Promise<CheckedLink[]> {
    const needs = await this.consentNeededOf(links.map((l) => l.client_id));
    return links.map((link) => {
      const needed = needs.get(link.client_id) ?? true;
      return { link, consentNeeded: needed, visible: visibleShares(sharesOf(link), needed, !!link.consent_at) };
    });
  }

  /** Per pupil: 16 or older today (Dutch calendar day), or no birth date known. */
  async consentNeededOf(clientIds: string[]): Promise<Map<string, boolean>> {
    const details = await this.directory.clientDetailsByIds(clientIds);
    const today = amsterdamDate(this.clock.now());
    return new Map(clientIds.map((id) => [id, consentNeeded(details.get(id)?.birthDate ?? null, today)]));
  }

  /** The worker's view of a link. */
  toLink(checked: CheckedLink): GuardianLink {
    const { link } = checked;
    const expires = link.invite_expires_at ? new Date(link.invite_expires_at) : null;
    return {
      id: link.id,
      caseId: link.case_id,
      name: link.name,
      email: link.email,
      relation: link.relation,
      status: link.accepted_at ? 'active' : 'invited',
      inviteExpiresAt: link.accepted_at || !expires ? null : expires.toISOString(),
      inviteExpired: !link.accepted_at && !!expires && expires <= this.clock.now(),
      shares: sharesOf(link),
      consentGiven: !!link.consent_at,
      visible: checked.visible,
      createdAt: new Date(link.created_at).toISOString(),
    };
  }
}
