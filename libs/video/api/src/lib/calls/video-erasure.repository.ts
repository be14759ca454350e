import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppointmentLookupService, CaseLookupService } from '@nabij/dossier/api';
import { ErasureOutcome, ErasureScope, PersonalDataEraser, PersonalDataEraserRegistry } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The video part of erasing a client or an expired case (ERASURE_RULES kind `video`). Deleted: the
 * notices "Je hebt om 14:00 een videogesprek" and the guest links of the case's calls (an
 * interpreter's first name). Kept without content: the calls themselves (start, end, duration),
 * like a chat session, for time registration; nothing of a call's sound or image was ever stored.
 */
@Injectable()
export class VideoErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'video';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
    private readonly cases: CaseLookupService,
    private readonly appointments: AppointmentLookupService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    const { caseIds, appointmentIds } = await this.inScope(scope, manager);
    const [row] = await manager.query(
      `SELECT (SELECT count(*) FROM video_guest_link WHERE case_id = ANY($1))::int
            + (SELECT count(*) FROM video_notice WHERE client_id = $2 AND appointment_id = ANY($3))::int AS n`,
      [caseIds, scope.clientId, appointmentIds],
    );
    return { video: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    const { caseIds, appointmentIds } = await this.inScope(scope, manager);
    const [, links] = await manager.query(`DELETE FROM video_guest_link WHERE case_id = ANY($1)`, [caseIds]);
    const [, notices] = await manager.query(`DELETE FROM video_notice WHERE client_id = $1 AND appointment_id = ANY($2)`, [
      scope.clientId,
      appointmentIds,
    ]);
    return { counts: { video: Number(links ?? 0) + Number(notices ?? 0) } };
  }

  /** The cases in scope, and their appointments (dossier owns both; appointments are kept by an erasure). */
  private async inScope(scope: ErasureScope, manager: EntityManager): Promise<{ caseIds: string[]; appointmentIds: string[] }> {
    const caseIds = await this.caseIds(scope, manager);
    const appointmentIds = (await this.appointments.ofClient(scope.clientId))
      .filter((a) => caseIds.includes(a.caseId))
      .map((a) => a.appointmentId);
    return { caseIds, appointmentIds };
  }

  /** All the client's cases come from dossier's CaseLookupService (dossier owns care_case). */
  private async caseIds(scope: ErasureScope, manager: EntityManager): Promise<string[]> {
    return scope.cases === 'all' ? (await this.cases.casesOfClient(scope.clientId, manager)).map((c) => c.id) : scope.cases;
  }
}
