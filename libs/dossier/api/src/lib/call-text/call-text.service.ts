import { Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { amsterdamDate } from '../case-access.service';
import { CallTextRepository } from './call-text.repository';

/**
 * The text typed beside a video call, saved to the case only when the worker chooses "Bewaar in
 * dossier": it becomes a published conversation report of the case, so the client reads it in
 * their dossier as they read a chat's transcript, and it follows the report's rules (access,
 * download-my-data, erasure). Only the case's own worker, on an open case.
 */
@Injectable()
export class CallTextService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CallTextRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async save(worker: AuthUser, caseId: string, text: string, meta: RequestMeta): Promise<{ reportId: string }> {
    const organisationId = worker.organisationId;
    if (worker.role !== 'worker' || !organisationId)
      throw new NotFoundException({ message: 'There is no open case with this id in your caseload.', code: 'common.no_open_case' });
    return this.dataSource.transaction(async (db) => {
      const now = this.clock.now();
      const saved = await this.repository.insertReport(db, {
        caseId,
        workerId: worker.id,
        organisationId,
        heldOn: amsterdamDate(now),
        summary: text,
        now,
      });
      if (!saved)
        throw new NotFoundException({ message: 'There is no open case with this id in your caseload.', code: 'common.no_open_case' });
      await this.audit.record(
        {
          actor: worker,
          action: 'create',
          resourceType: 'report',
          resourceId: saved.id,
          clientId: saved.clientId,
          reason: 'text of a video call saved by the worker',
          ...meta,
        },
        db,
      );
      return { reportId: saved.id };
    });
  }
}
