import { ForbiddenException, Injectable, Logger } from '@nestjs/common';
import { CaseRetentionService, ExpiredCase } from '@nabij/dossier/api';
import { AuditService, AuthUser, Clock, ErasureScope, RequestMeta } from '@nabij/platform/api';
import { RETENTION_YEARS_DEFAULT, RetentionSetting } from '@nabij/privacy/contracts';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { DeletionRequestsRepository } from '../deletion/deletion-requests.repository';
import { ErasureService } from '../deletion/erasure.service';
import { RetentionRepository } from './retention.repository';

export interface RetentionRunResult {
  cases: number;
  clients: number;
}

/**
 * The retention term after a case closes (per organisation, default 7 years) and the run that
 * erases what passed it, through the same erasers as a deletion request. A client's whole record
 * (account included) goes only when none of their cases is open or within its term; otherwise only
 * the expired cases' content goes.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly repo: RetentionRepository,
    private readonly cases: CaseRetentionService,
    private readonly erasure: ErasureService,
    private readonly requests: DeletionRequestsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async get(admin: AuthUser): Promise<RetentionSetting> {
    return { retentionYears: await this.yearsOf(this.organisationOf(admin)) };
  }

  async set(admin: AuthUser, setting: RetentionSetting, meta: RequestMeta): Promise<RetentionSetting> {
    const organisationId = this.organisationOf(admin);
    const before = await this.yearsOf(organisationId);
    await this.repo.upsert(organisationId, setting.retentionYears, admin.id, this.clock.now());
    await this.audit.record({
      actor: admin,
      action: 'update',
      resourceType: 'retention_setting',
      resourceId: organisationId,
      reason: `${before} → ${setting.retentionYears} years`,
      ...meta,
    });
    return { retentionYears: setting.retentionYears };
  }

  /** One run over every organisation; the daily job calls this, and so do tests (fixed clock). */
  async run(): Promise<RetentionRunResult> {
    const total: RetentionRunResult = { cases: 0, clients: 0 };
    for (const organisationId of await this.cases.organisationsWithClosedCases()) {
      const years = await this.yearsOf(organisationId);
      // Closed before this day (Europe/Amsterdam) means closed more than `years` ago.
      const closedBefore = DateTime.fromJSDate(this.clock.now(), { zone: 'Europe/Amsterdam' }).minus({ years }).toISODate() as string;
      const expired = await this.cases.expiredCases(organisationId, closedBefore);
      for (const [clientId, list] of groupByClient(expired)) {
        const scope: ErasureScope = { clientId, cases: list.some((c) => !c.clientHasLiveCase) ? 'all' : list.map((c) => c.caseId) };
        try {
          await this.eraseOne(scope, years, list.length);
          total.cases += list.length;
          total.clients += scope.cases === 'all' ? 1 : 0;
        } catch (error) {
          // One client's failure leaves the others to go; the next run tries again.
          this.logger.warn(`retention for a client of ${organisationId} failed: ${(error as Error).message}`);
        }
      }
    }
    return total;
  }

  private async eraseOne(scope: ErasureScope, years: number, caseCount: number): Promise<void> {
    const after = await this.dataSource.transaction(async (db) => {
      const result = await this.erasure.erase(scope, db);
      // A request of the client still waiting is done now: everything it asked for is erased.
      if (scope.cases === 'all')
        await this.requests.executeOpenOfClient(scope.clientId, this.clock.now(), `Done by the retention period (${years} years).`, db);
      await this.audit.record(
        {
          actor: null,
          action: 'delete',
          resourceType: 'retention',
          clientId: scope.clientId,
          reason: `${caseCount} case(s) closed more than ${years} years ago; ${scope.cases === 'all' ? 'whole client' : 'cases only'}`,
        },
        db,
      );
      return result.afterCommit;
    });
    await after();
  }

  private async yearsOf(organisationId: string): Promise<number> {
    return (await this.repo.years(organisationId)) ?? RETENTION_YEARS_DEFAULT;
  }

  private organisationOf(admin: AuthUser): string {
    if (!admin.organisationId)
      throw new ForbiddenException({ message: 'You do not belong to an organisation.', code: 'privacy.not_belong_organisation' });
    return admin.organisationId;
  }
}

function groupByClient(cases: ExpiredCase[]): Map<string, ExpiredCase[]> {
  const map = new Map<string, ExpiredCase[]>();
  for (const c of cases) map.set(c.clientId, [...(map.get(c.clientId) ?? []), c]);
  return map;
}
