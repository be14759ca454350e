import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseRetentionService } from '@nabij/dossier/api';
import { AccountsService } from '@nabij/identity/api';
import { AppConfig, AuditService, AuthUser, Clock, MailService, RequestMeta } from '@nabij/platform/api';
import type { DeletionRequestDetail, DeletionRequestListItem, DeletionRequestView } from '@nabij/privacy/contracts';
import { DataSource } from 'typeorm';
import type { CreateDeletionRequestDto, DeclineDeletionRequestDto } from '../dto/deletion-request.dto';
import { deletionDeclinedMail, deletionDoneMail } from './deletion-mails';
import { DeletionRequestEntity } from './deletion-request.entity';
import { DeletionRequestsRepository } from './deletion-requests.repository';
import { ErasureService } from './erasure.service';

/** 409 code: the client already has a request that is not handled yet. */
export const DELETION_REQUEST_OPEN = 'deletion_request_open';
/** 409 code: the request was already executed, declined or withdrawn. */
export const DELETION_REQUEST_HANDLED = 'deletion_request_handled';

const UNIQUE_VIOLATION = '23505';

/**
 * Deletion requests (AVG art. 17): the client asks or withdraws; the assigned worker or an admin of
 * the organisation reads the plan and declines; only an admin executes. Anyone else, and any id
 * outside the caller's reach, gets 404. Every step is in the audit log.
 */
@Injectable()
export class DeletionRequestsService {
  constructor(
    private readonly requests: DeletionRequestsRepository,
    private readonly erasure: ErasureService,
    private readonly cases: CaseRetentionService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async create(client: AuthUser, dto: CreateDeletionRequestDto, meta: RequestMeta): Promise<DeletionRequestView> {
    if (!client.organisationId)
      throw new NotFoundException({ message: 'You have no organisation to ask.', code: 'privacy.no_organisation_ask' });
    if (await this.requests.findOpenOfClient(client.id)) throw this.openConflict();
    let created: DeletionRequestEntity;
    try {
      created = await this.requests.insert({
        clientId: client.id,
        organisationId: client.organisationId,
        reason: dto.reason || null,
        createdAt: this.clock.now(),
      });
    } catch (error) {
      // Two requests at once: the partial unique index lets one in.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw this.openConflict();
      throw error;
    }
    await this.audit.record({
      actor: client,
      action: 'create',
      resourceType: 'deletion_request',
      resourceId: created.id,
      clientId: client.id,
      ...meta,
    });
    return toView(created);
  }

  async mine(client: AuthUser): Promise<DeletionRequestView[]> {
    return (await this.requests.ofClient(client.id)).map(toView);
  }

  async withdraw(client: AuthUser, id: string, meta: RequestMeta): Promise<DeletionRequestView> {
    return this.dataSource.transaction(async (db) => {
      const found = await this.requests.lock(id, db);
      if (!found || found.clientId !== client.id)
        throw new NotFoundException({ message: 'This request does not exist or is not yours.', code: 'privacy.request_not_exist_2' });
      if (found.status !== 'requested') throw this.handledConflict(found);
      const now = this.clock.now();
      await this.requests.decide(id, 'withdrawn', client.id, now, null, db);
      await this.audit.record(
        {
          actor: client,
          action: 'update',
          resourceType: 'deletion_request',
          resourceId: id,
          clientId: client.id,
          reason: 'withdrawn',
          ...meta,
        },
        db,
      );
      return toView({ ...found, status: 'withdrawn', handledBy: client.id, handledAt: now });
    });
  }

  /** Open requests: a worker's own clients, or all of an admin's organisation. Names only, no content. */
  async list(staff: AuthUser, meta: RequestMeta): Promise<DeletionRequestListItem[]> {
    const organisationId = this.organisationOf(staff);
    const clientIds = staff.role === 'worker' ? await this.cases.clientsOfWorker(staff.id, organisationId) : undefined;
    const open = await this.requests.open(organisationId, clientIds);
    // Names of clients who asked: a read of client data, logged like any other.
    await this.audit.record({
      actor: staff,
      action: 'read',
      resourceType: 'deletion_request',
      reason: `list: ${open.length} open`,
      ...meta,
    });
    return Promise.all(open.map(async (r) => this.listItem(r)));
  }

  async detail(staff: AuthUser, id: string, meta: RequestMeta): Promise<DeletionRequestDetail> {
    const found = await this.visible(staff, id);
    const plan = await this.erasure.plan({ clientId: found.clientId, cases: 'all' });
    await this.audit.record({
      actor: staff,
      action: 'read',
      resourceType: 'deletion_request',
      resourceId: id,
      clientId: found.clientId,
      ...meta,
    });
    return {
      ...(await this.listItem(found)),
      reason: found.reason,
      handledAt: found.handledAt?.toISOString() ?? null,
      handledBy: found.handledBy,
      decisionNote: found.decisionNote,
      plan,
    };
  }

  /**
   * Executes the request in one transaction: every eraser, the request's status and the audit
   * entry commit together or not at all; the mail is stored in the same transaction and goes to
   * the address the client had before the erasure. Files on disk go after the commit.
   */
  async execute(admin: AuthUser, id: string, meta: RequestMeta): Promise<DeletionRequestDetail> {
    const before = await this.visible(admin, id);
    const account = await this.accounts.findById(before.clientId);
    const { mail, after } = await this.dataSource.transaction(async (db) => {
      const found = await this.requests.lock(id, db);
      if (!found) throw new NotFoundException({ message: 'This request does not exist.', code: 'privacy.request_not_exist_3' });
      if (found.status !== 'requested') throw this.handledConflict(found);
      const result = await this.erasure.erase({ clientId: found.clientId, cases: 'all' }, db);
      await this.requests.decide(id, 'executed', admin.id, this.clock.now(), null, db);
      await this.audit.record(
        {
          actor: admin,
          action: 'delete',
          resourceType: 'deletion_request',
          resourceId: id,
          clientId: found.clientId,
          reason: Object.entries(result.counts)
            .map(([kind, n]) => `${kind}: ${n}`)
            .join(', '),
          ...meta,
        },
        db,
      );
      const mail = account?.email ? await this.mail.enqueue(deletionDoneMail(account.email, account.language), db) : null;
      return { mail, after: result.afterCommit };
    });
    await after();
    if (mail) await this.mail.deliver(mail);
    return this.detail(admin, id, meta);
  }

  async decline(staff: AuthUser, id: string, dto: DeclineDeletionRequestDto, meta: RequestMeta): Promise<DeletionRequestDetail> {
    const before = await this.visible(staff, id);
    const account = await this.accounts.findById(before.clientId);
    const mail = await this.dataSource.transaction(async (db) => {
      const found = await this.requests.lock(id, db);
      if (!found) throw new NotFoundException({ message: 'This request does not exist.', code: 'privacy.request_not_exist_3' });
      if (found.status !== 'requested') throw this.handledConflict(found);
      await this.requests.decide(id, 'declined', staff.id, this.clock.now(), dto.note, db);
      await this.audit.record(
        {
          actor: staff,
          action: 'update',
          resourceType: 'deletion_request',
          resourceId: id,
          clientId: found.clientId,
          reason: 'declined',
          ...meta,
        },
        db,
      );
      return account?.email
        ? this.mail.enqueue(deletionDeclinedMail(account.email, `${this.config.publicUrl}/mijn-gegevens`, account.language), db)
        : null;
    });
    if (mail) await this.mail.deliver(mail);
    return this.detail(staff, id, meta);
  }

  /** The request, when the caller may see it: an admin of its organisation, or the client's assigned worker. */
  private async visible(staff: AuthUser, id: string): Promise<DeletionRequestEntity> {
    const organisationId = this.organisationOf(staff);
    const found = await this.requests.find(id);
    const mayRead =
      !!found &&
      found.organisationId === organisationId &&
      (staff.role === 'admin' ||
        (staff.role === 'worker' && (await this.cases.isAssignedWorkerOf(staff.id, organisationId, found.clientId))));
    if (!found || !mayRead)
      throw new NotFoundException({ message: 'This request does not exist or is not for you.', code: 'privacy.request_not_exist' });
    return found;
  }

  private organisationOf(staff: AuthUser): string {
    if (!staff.organisationId)
      throw new ForbiddenException({ message: 'You do not belong to an organisation.', code: 'privacy.not_belong_organisation' });
    return staff.organisationId;
  }

  private async listItem(r: DeletionRequestEntity): Promise<DeletionRequestListItem> {
    const account = await this.accounts.findById(r.clientId);
    return { id: r.id, clientId: r.clientId, clientName: account?.name ?? null, status: r.status, createdAt: r.createdAt.toISOString() };
  }

  private openConflict(): ConflictException {
    return new ConflictException({
      code: DELETION_REQUEST_OPEN,
      message: 'You already asked us to delete your data. Wait for the answer, or withdraw that request first.',
    });
  }

  private handledConflict(found: DeletionRequestEntity): ConflictException {
    return new ConflictException({ code: DELETION_REQUEST_HANDLED, message: `This request is already ${found.status}.` });
  }
}

function toView(r: DeletionRequestEntity): DeletionRequestView {
  return {
    id: r.id,
    status: r.status,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    handledAt: r.handledAt?.toISOString() ?? null,
    decisionNote: r.decisionNote,
  };
}
