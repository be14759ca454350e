import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  CASE_NOT_CLOSED,
  CASE_REOPEN_DAYS,
  CLIENT_IN_CARE,
  REOPEN_PERIOD_OVER,
  reopenableUntil,
  type CaseSummary,
  type Colleague,
  type Dossier,
  type OpenCaseRequest,
  type ReopenedCase,
  type TeamClosedCase,
} from '@nabij/dossier/contracts';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, OrganisationNames, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { amsterdamDate, CaseAccessService, isUuid } from './case-access.service';
import { CasesRepository } from './cases.repository';
import { DossierNamesService } from './dossier-names.service';
import { CareCaseEntity } from './entities/care-case.entity';
import { CaseloadQueryDto, CloseCaseDto, HandoverDto, OpenCaseDto, ReopenCaseDto, SetInterpreterDto } from './dto/case.dto';

/** A worker's caseload: listing, opening, handing over and closing cases. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly names: DossierNamesService,
    private readonly accounts: AccountDirectoryService,
    private readonly organisations: OrganisationNames,
  ) {}

  /** Who the worker can hand a case over to: the other workers of their organisation. */
  async colleagues(worker: AuthUser): Promise<Colleague[]> {
    if (!worker.organisationId) return [];
    const workers = await this.accounts.accountsOf(worker.organisationId, ['worker']);
    return workers.filter((w) => w.id !== worker.id).map((w) => ({ id: w.id, name: w.name }));
  }

  /** Own cases (handed-over ones included, as they are assigned to the caller now). */
  async caseload(worker: AuthUser, query: CaseloadQueryDto, meta: RequestMeta): Promise<CaseSummary[]> {
    const unnamed = await this.cases.summaries(this.dataSource.manager, {
      workerId: worker.id,
      organisationId: worker.organisationId,
      status: query.status ?? 'open',
      financierId: query.financierId,
      kindOfWork: query.kindOfWork,
    });
    // The list shows client names and problem areas: a read of each client's dossier data, logged
    // as one list entry (each client with their case) and committed before the list is answered
    // (the names are looked up meanwhile).
    const [, cases] = await Promise.all([
      this.audit.recordList(
        { actor: worker, action: 'read', resourceType: 'caseload', ...meta },
        unnamed.map((c) => ({ clientId: c.client.id, resourceId: c.id })),
      ),
      this.names.summaries(unnamed),
    ]);
    return cases;
  }

  /**
   * Opens a case for a client of the organisation. A client who is in care with another worker (an
   * open case assigned to someone else) gets no second case: that would put a second worker next to
   * the first without either of them or the client deciding so. The way in is a hand-over by the
   * current worker (arranged by the team lead when needed), so 409 `client_in_care`. A client whose
   * cases are all closed, or whose open case is the caller's own, can get a new one.
   */
  async open(worker: AuthUser, dto: OpenCaseDto, meta: RequestMeta): Promise<CaseSummary> {
    return this.dataSource.transaction((db) => this.openIn(db, worker, dto, meta));
  }

  /** `open` inside the caller's transaction (another domain's, through CaseOpeningService). */
  async openIn(db: EntityManager, worker: AuthUser, dto: OpenCaseRequest, meta: RequestMeta): Promise<CaseSummary> {
    const client = await this.accounts.memberOf(worker.organisationId, dto.clientId, ['client'], db);
    if (!client)
      throw new NotFoundException({
        message: 'This client does not exist or is not a client of your organisation.',
        code: 'dossier.client_not_exist',
      });
    // Serialises case openings per client, so two workers opening at once cannot both pass the check.
    await this.cases.lockCaseOpening(db, client.id);
    if (await this.cases.isInCareElsewhere(db, client.id, worker.organisationId, worker.id)) {
      throw new ConflictException({
        code: CLIENT_IN_CARE,
        message:
          'This client already has an open case with a colleague. Ask that colleague, or your team lead, to hand the case over to you.',
      });
    }
    const financierId = dto.financierId ?? client.financierId;
    if (!financierId)
      throw new BadRequestException({
        message: 'This client has no financier yet; choose one.',
        fields: { financierId: ['is required for this client'] },
      });
    const financier = (await this.organisations.financiersByIds([financierId], db)).get(financierId);
    if (!financier || financier.organisationId !== worker.organisationId)
      throw new NotFoundException({ message: 'This financier is not one of your organisation.', code: 'dossier.financier_not_one' });
    const teamId = (await this.accounts.byId(worker.id, db))?.teamId ?? null;
    const now = this.clock.now();
    const openedOn = dto.openedOn ?? amsterdamDate(now);
    const saved = await this.cases.insertCase(db, {
      organisationId: worker.organisationId!,
      clientId: client.id,
      financierId,
      teamId,
      assignedWorkerId: worker.id,
      kindOfWork: dto.kindOfWork,
      problemAreas: dto.problemAreas ?? [],
      usesOnlineDossier: dto.usesOnlineDossier ?? true,
      intakeChannel: dto.intakeChannel ?? null,
      openedOn,
      closedOn: null,
      closeReason: null,
      createdAt: now,
      interpreterLanguage: null,
      anonymisedAt: null,
    });
    await this.audit.record(
      { actor: worker, action: 'create', resourceType: 'case', resourceId: saved.id, clientId: client.id, ...meta },
      db,
    );
    return this.names.summary(await this.cases.summary(db, saved.id), db);
  }

  /** One query for the whole dossier; answered only once the audit entry of this read is committed. */
  async dossier(worker: AuthUser, caseId: string, meta: RequestMeta): Promise<Dossier> {
    const found = isUuid(caseId) ? await this.cases.dossier(caseId, false) : null;
    const c = this.access.allowed(worker, found?.access ?? null);
    const [, dossier, clientLanguage] = await Promise.all([
      this.audit.record({ actor: worker, action: 'read', resourceType: 'dossier', resourceId: c.id, clientId: c.clientId, ...meta }),
      this.names.dossier(found!.dossier),
      this.names.clientLanguage(c.clientId),
    ]);
    return { ...dossier, clientLanguage };
  }

  /** The colleague becomes the assigned worker; the caller loses access from then on. */
  async handOver(worker: AuthUser, caseId: string, dto: HandoverDto, meta: RequestMeta): Promise<CaseSummary> {
    return this.dataSource.transaction(async (db) => {
      const c = await this.access.openCaseFor(worker, caseId, db);
      if (dto.toWorkerId === worker.id)
        throw new BadRequestException({ message: 'Choose a colleague, not yourself.', fields: { toWorkerId: ['must be a colleague'] } });
      const colleague = await this.accounts.memberOf(worker.organisationId, dto.toWorkerId, ['worker'], db);
      if (!colleague)
        throw new NotFoundException({ message: 'This colleague does not exist in your organisation.', code: 'common.colleague_not_found' });
      await this.cases.reassign(db, c.id, colleague.id, colleague.teamId ?? c.teamId);
      await this.cases.insertHandover(db, {
        caseId: c.id,
        fromWorkerId: worker.id,
        toWorkerId: colleague.id,
        note: dto.note ?? null,
        handedOverAt: this.clock.now(),
      });
      await this.audit.record(
        {
          actor: worker,
          action: 'update',
          resourceType: 'case_handover',
          resourceId: c.id,
          clientId: c.clientId,
          reason: `handed over to ${colleague.id}`,
          ...meta,
        },
        db,
      );
      return this.names.summary(await this.cases.summary(db, c.id), db);
    });
  }

  /** "Tolk nodig": the case's worker sets the interpreter's language, or clears it (null). Audited. */
  async setInterpreter(worker: AuthUser, caseId: string, dto: SetInterpreterDto, meta: RequestMeta): Promise<CaseSummary> {
    return this.dataSource.transaction(async (db) => {
      const c = await this.access.openCaseFor(worker, caseId, db);
      await this.cases.setInterpreter(db, c.id, dto.language);
      await this.audit.record(
        {
          actor: worker,
          action: 'update',
          resourceType: 'case_interpreter',
          resourceId: c.id,
          clientId: c.clientId,
          reason: dto.language ? `interpreter: ${dto.language}` : 'no interpreter',
          ...meta,
        },
        db,
      );
      return this.names.summary(await this.cases.summary(db, c.id), db);
    });
  }

  async close(worker: AuthUser, caseId: string, dto: CloseCaseDto, meta: RequestMeta): Promise<CaseSummary> {
    return this.dataSource.transaction(async (db) => {
      const c = await this.access.openCaseFor(worker, caseId, db);
      const closedOn = dto.closedOn ?? amsterdamDate(this.clock.now());
      if (closedOn < c.openedOn)
        throw new BadRequestException({
          message: 'A case cannot close before it opened.',
          fields: { closedOn: [`must be on or after ${c.openedOn}`] },
        });
      await this.cases.close(db, c.id, closedOn, dto.reason);
      await this.audit.record(
        {
          actor: worker,
          action: 'update',
          resourceType: 'case_close',
          resourceId: c.id,
          clientId: c.clientId,
          reason: dto.reason,
          ...meta,
        },
        db,
      );
      return this.names.summary(await this.cases.summary(db, c.id), db);
    });
  }

  /**
   * Opens a closed case again within CASE_REOPEN_DAYS of its closing day: its worker, or the team
   * lead of its team (who sees no contents, so the answer holds none). Anyone else gets 404, as for
   * any case id that is not theirs. Audited with the reason.
   */
  async reopen(user: AuthUser, caseId: string, dto: ReopenCaseDto, meta: RequestMeta): Promise<ReopenedCase> {
    return this.dataSource.transaction(async (db) => {
      const found = isUuid(caseId) ? await this.cases.findCase(caseId, db) : null;
      const c = found && (await this.mayReopen(user, found, db)) ? found : null;
      if (!c) throw new NotFoundException({ message: 'This case does not exist or is not yours.', code: 'common.case_not_found' });
      if (!c.closedOn) throw new ConflictException({ code: CASE_NOT_CLOSED, message: 'This case is open.' });
      const today = amsterdamDate(this.clock.now());
      if (reopenableUntil(c.closedOn) < today) {
        throw new ConflictException({
          code: REOPEN_PERIOD_OVER,
          message: `This case closed more than ${CASE_REOPEN_DAYS} days ago; open a new case instead.`,
        });
      }
      // Same rule as opening: never a second worker beside the one the client has now.
      await this.cases.lockCaseOpening(db, c.clientId);
      if (await this.cases.isInCareElsewhere(db, c.clientId, c.organisationId, c.assignedWorkerId)) {
        throw new ConflictException({
          code: CLIENT_IN_CARE,
          message: 'This client has an open case with a colleague now; that case continues instead.',
        });
      }
      if (!(await this.cases.reopen(db, c.id))) throw new ConflictException({ code: CASE_NOT_CLOSED, message: 'This case is open.' });
      await this.audit.record(
        { actor: user, action: 'update', resourceType: 'case_reopen', resourceId: c.id, clientId: c.clientId, reason: dto.reason, ...meta },
        db,
      );
      return { id: c.id, openedOn: c.openedOn, closedOn: null };
    });
  }

  /**
   * A team lead's list of their team's cases closed within CASE_REOPEN_DAYS, to reopen one: client
   * and worker names, closing day and reason category, never contents. Showing client names is a
   * read of client data, so each listed case is in the access log before the list is answered.
   */
  async closedCasesOfTeam(lead: AuthUser, meta: RequestMeta): Promise<TeamClosedCase[]> {
    const teamId = (await this.accounts.byId(lead.id))?.teamId;
    if (!teamId || !lead.organisationId) return [];
    const since = new Date(`${amsterdamDate(this.clock.now())}T00:00:00Z`);
    since.setUTCDate(since.getUTCDate() - CASE_REOPEN_DAYS);
    const rows = await this.cases.closedCasesOfTeam(teamId, lead.organisationId, since.toISOString().slice(0, 10));
    const [, names] = await Promise.all([
      this.audit.recordList(
        { actor: lead, action: 'read', resourceType: 'team_closed_cases', ...meta },
        rows.map((c) => ({ clientId: c.client_id, resourceId: c.id })),
      ),
      this.accounts.namesByIds(rows.flatMap((c) => [c.client_id, c.worker_id])),
    ]);
    return rows.map((c) => ({
      id: c.id,
      client: { id: c.client_id, name: names.get(c.client_id) ?? null },
      worker: c.worker_id ? { id: c.worker_id, name: names.get(c.worker_id) ?? null } : null,
      closedOn: c.closed_on,
      closeReason: c.close_reason,
      reopenableUntil: reopenableUntil(c.closed_on),
    }));
  }

  private async mayReopen(user: AuthUser, c: CareCaseEntity, db: EntityManager): Promise<boolean> {
    if (c.organisationId !== user.organisationId) return false;
    if (user.role === 'worker') return c.assignedWorkerId === user.id;
    if (user.role === 'team_lead') return !!c.teamId && c.teamId === (await this.accounts.byId(user.id, db))?.teamId;
    return false;
  }
}
