import { Injectable } from '@nestjs/common';
import { DutyRosterService } from '@nabij/chat/api';
import { CaseLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { EntityManager } from 'typeorm';
import { MessagesRepository, ThreadContext } from './messages.repository';

/** Who is told about a thread: the duty workers of the moment and the team leads above a case. */
@Injectable()
export class MessageRecipientsService {
  constructor(
    private readonly messages: MessagesRepository,
    private readonly roster: DutyRosterService,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
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
    return this.idsOf(organisationId, 'worker', null, db);
  }

  /** Team leads of the case's team, or of the whole organisation for the duty queue. */
  teamLeads(db: EntityManager, ctx: ThreadContext): Promise<string[]> {
    return this.idsOf(ctx.organisationId, 'team_lead', ctx.teamId, db);
  }

  /** The organisation's accounts with the role (of one team when `teamId` is given), from identity's directory. */
  private async idsOf(organisationId: string, role: 'worker' | 'team_lead', teamId: string | null, db: EntityManager): Promise<string[]> {
    return (await this.accounts.accountsOf(organisationId, [role], { teamId, manager: db })).map((a) => a.id);
  }
}
