import { BadRequestException, Injectable } from '@nestjs/common';
import { CaseAccessService } from '@nabij/dossier/api';
import type { CreateReferral, Referral, UpdateReferral } from '@nabij/socialmap/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { ReferralRepository, ReferralRow } from './referral.repository';

/**
 * Referrals on a case: the case's worker records and updates them; the worker and the client (when
 * the case is in their online dossier) read them. Who may see a case is dossier's rule
 * (CaseAccessService): anyone else gets 404. A worker's read is in the access log.
 */
@Injectable()
export class ReferralService {
  constructor(
    private readonly repository: ReferralRepository,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async create(worker: AuthUser, caseId: string, input: CreateReferral, meta: RequestMeta): Promise<Referral> {
    const id = await this.dataSource.transaction((db) => this.createIn(db, worker, caseId, input, meta));
    return toReferral((await this.repository.find(id))!);
  }

  /**
   * Records the referral inside the caller's transaction (outreach's "Verwijs door" from a call's
   * follow-up, which notes the referral in the same transaction): the case must be an open case of
   * this worker (else 404), the service one of the map (else 400 naming serviceId). Its id.
   */
  async createIn(db: EntityManager, worker: AuthUser, caseId: string, input: CreateReferral, meta: RequestMeta): Promise<string> {
    const c = await this.cases.openCaseFor(worker, caseId, db);
    const referralId = await this.repository.insert(db, {
      organisationId: c.organisationId,
      caseId: c.id,
      clientId: c.clientId,
      serviceId: input.serviceId,
      reason: input.reason.trim(),
      status: input.status ?? 'proposed',
      createdBy: worker.id,
      now: this.clock.now(),
    });
    if (!referralId)
      throw new BadRequestException({
        message: 'Check these fields: serviceId',
        fields: { serviceId: ['serviceId must be a service on the social map'] },
      });
    await this.audit.record(
      { actor: worker, action: 'create', resourceType: 'social_referral', resourceId: referralId, clientId: c.clientId, ...meta },
      db,
    );
    return referralId;
  }

  /** The service's name as the referral keeps it. */
  async labelOf(id: string, db: EntityManager): Promise<string> {
    return (await this.repository.find(id, db))!.service_label;
  }

  async ofCase(user: AuthUser, caseId: string, meta: RequestMeta): Promise<Referral[]> {
    const c = await this.cases.caseFor(user, caseId);
    const rows = await this.repository.ofCase(c.id);
    if (user.role !== 'client')
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'social_referral',
        resourceId: c.id,
        clientId: c.clientId,
        ...meta,
      });
    return rows.map(toReferral);
  }

  async update(worker: AuthUser, id: string, input: UpdateReferral, meta: RequestMeta): Promise<Referral> {
    await this.dataSource.transaction(async (db) => {
      const row = await this.repository.find(id, db);
      // No referral and a referral on someone else's case answer alike: 404.
      const c = await this.cases.openCaseFor(worker, row?.case_id ?? 'none', db);
      await this.repository.setStatus(db, id, input.status, this.clock.now());
      await this.audit.record(
        {
          actor: worker,
          action: 'update',
          resourceType: 'social_referral',
          resourceId: id,
          clientId: c.clientId,
          reason: input.status,
          ...meta,
        },
        db,
      );
    });
    return toReferral((await this.repository.find(id))!);
  }
}

function toReferral(row: ReferralRow): Referral {
  return {
    id: row.id,
    caseId: row.case_id,
    serviceId: row.service_id,
    serviceLabel: row.service_label,
    reason: row.reason,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    contact: row.service_id ? { phone: row.phone, website: row.website, address: row.address, openingHours: row.opening_hours } : null,
  };
}
