import { Injectable } from '@nestjs/common';
import type { MyGuardian } from '@nabij/guardians/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { GuardianAccessService, sharesOf } from './guardian-access.service';
import { GuardianLinksRepository } from './guardian-links.repository';

/**
 * The pupil's side: which parents are linked to my case and what they would see; from 16 the pupil
 * consents per parent, and withdraws consent, which takes effect at once (the next request of the
 * parent gets 404). Under 16 the worker decides and the pupil sees what is shared.
 */
@Injectable()
export class GuardianConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: GuardianLinksRepository,
    private readonly access: GuardianAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async mine(client: AuthUser): Promise<MyGuardian[]> {
    const checked = await this.access.check(await this.links.ofClient(client.id));
    return checked.map(({ link, consentNeeded }) => ({
      linkId: link.id,
      caseId: link.case_id,
      name: link.name,
      relation: link.relation,
      status: link.accepted_at ? 'active' : 'invited',
      shares: sharesOf(link),
      consentNeeded,
      consentGiven: !!link.consent_at,
    }));
  }

  async consent(client: AuthUser, linkId: string, meta: RequestMeta): Promise<MyGuardian> {
    return this.setConsent(client, linkId, true, meta);
  }

  async withdraw(client: AuthUser, linkId: string, meta: RequestMeta): Promise<MyGuardian> {
    return this.setConsent(client, linkId, false, meta);
  }

  private async setConsent(client: AuthUser, linkId: string, given: boolean, meta: RequestMeta): Promise<MyGuardian> {
    await this.dataSource.transaction(async (db) => {
      const link = await this.access.pupilLink(client, linkId, db);
      // Consenting again keeps the first moment; withdrawing clears it.
      if (given && link.consent_at) return;
      await this.links.setConsent(db, link.id, given ? this.clock.now() : null);
      await this.audit.record(
        {
          actor: client,
          action: 'update',
          resourceType: 'guardian_consent',
          resourceId: link.id,
          clientId: client.id,
          reason: given ? 'consent given' : 'consent withdrawn',
          ...meta,
        },
        db,
      );
    });
    return (await this.mine(client)).find((g) => g.linkId === linkId)!;
  }
}
