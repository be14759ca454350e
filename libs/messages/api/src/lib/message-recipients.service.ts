import { Injectable } from '@nestjs/common';
import { DutyRosterService } from '@nabij/chat/api';
import { CaseLookupService } from '@nabij/dossier/api';
import { EntityManager } from 'typeorm';
import { MessagesRepository, ThreadContext } from './messages.repository';

/** Who is told about a thread: the duty workers of the moment and the team leads above a case. */
@Injectable()
export class MessageRecipientsService {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly roster: DutyRosterService,
    private readonly cases: CaseLookupService,
  ) {}

  /** The thread with its case's assigned worker and team (from dossier's CaseLookupService), in the caller's transaction. */
  async contextOf(db: EntityManager, threadId: string): Promise<ThreadContext> {
    const thread = await this.messages.thread(db, threadId);
    const careCase = thread.caseId ? await this.cases.caseById(thread.caseId, db) : null;
    return { ...thread, assignedWorkerId: careCase?.assignedWorkerId ?? null, teamId: careCase?.teamId ?? null };
  }

  /**
   * The duty workers (bureaudienst) at `now`, from chat's duty roster: on duty right now, else on
   * duty some time today, else every worker of the organisation, so an escalation always reaches
   * someone.
   */
  async dutyWorkers(db: EntityManager, organisationId: string, now: Date): Promise<string[]> {
    const onDuty = await this.roster.onDutyToday(organisationId, now, db);
    if (onDuty.now.length) return onDuty.now;
    if (onDuty.today.length) return onDuty.today;
    return this.messages.workersOfOrganisation(db, organisationId);
  }

  /** Team leads of the case's team, or of the whole organisation for the duty queue. */
  teamLeads(db: EntityManager, ctx: ThreadContext): Promise<string[]> {
    return ctx.teamId ? this.messages.teamLeadsOfTeam(db, ctx.teamId) : this.messages.teamLeadsOfOrganisation(db, ctx.organisationId);
  }
}
