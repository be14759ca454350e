import { Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { CasesRepository } from './cases.repository';

/** An open case as the admin sees it before deactivating its worker: whose, since when; no contents. */
export interface OpenCaseRef {
  id: string;
  clientId: string;
  clientName: string | null;
  openedOn: string;
}

/**
 * What other domains (the organisation admin screens) may ask and do with cases of a team or a
 * worker, without reading or writing care_case themselves.
 */
@Injectable()
export class TeamCasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accounts: AccountDirectoryService,
  ) {}

  openCaseCount(teamId: string, manager?: EntityManager): Promise<number> {
    return this.cases.openCaseCountOfTeam(manager ?? this.dataSource.manager, teamId);
  }

  async openCasesOfWorker(workerId: string, manager?: EntityManager): Promise<OpenCaseRef[]> {
    const db = manager ?? this.dataSource.manager;
    const rows = await this.cases.openCasesOfWorker(db, workerId);
    const names = await this.accounts.namesByIds(
      rows.map((r) => r.client_id),
      db,
    );
    return rows.map((r) => ({ id: r.id, clientId: r.client_id, clientName: names.get(r.client_id) ?? null, openedOn: r.opened_on }));
  }

  /**
   * An admin hands every open case of one worker to a colleague of the same organisation (before
   * deactivating the worker). Each case gets a hand-over record and an audit entry, as a worker's
   * own hand-over does; run it in the caller's transaction. `closedCaseIds`: closed cases of the
   * worker that still hold something waiting for them (a client's unanswered question) go too.
   */
  async handOverAll(
    admin: AuthUser,
    fromWorkerId: string,
    toWorkerId: string,
    meta: RequestMeta,
    db: EntityManager,
    closedCaseIds: readonly string[] = [],
  ): Promise<number> {
    const colleague = await this.accounts.memberOf(admin.organisationId, toWorkerId, ['worker'], db);
    if (!colleague)
      throw new NotFoundException({ message: 'This colleague does not exist in your organisation.', code: 'common.colleague_not_found' });
    const open = await this.cases.openCasesOfWorker(db, fromWorkerId, true);
    const closed = closedCaseIds.length ? await this.cases.closedCasesOfWorker(db, fromWorkerId, closedCaseIds) : [];
    for (const c of [...open, ...closed]) {
      await this.cases.reassign(db, c.id, colleague.id, colleague.teamId ?? c.team_id);
      await this.cases.insertHandover(db, {
        caseId: c.id,
        fromWorkerId,
        toWorkerId: colleague.id,
        note: null,
        handedOverAt: this.clock.now(),
      });
      await this.audit.record(
        {
          actor: admin,
          action: 'update',
          resourceType: 'case_handover',
          resourceId: c.id,
          clientId: c.client_id,
          reason: `handed over by an admin from ${fromWorkerId} to ${colleague.id}`,
          ...meta,
        },
        db,
      );
    }
    return open.length + closed.length;
  }
}
