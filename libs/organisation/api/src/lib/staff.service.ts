import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DutyRosterService } from '@nabij/chat/api';
import { TeamCasesService } from '@nabij/dossier/api';
import { SessionsService, StaffAccountsService, type StaffRow } from '@nabij/identity/api';
import { WorkerThreadsService } from '@nabij/messages/api';
import {
  STAFF_HAS_WORK,
  STAFF_OWN_ACCOUNT,
  type HandOverWorkResult,
  type StaffMember,
  type StaffOpenWork,
} from '@nabij/organisation/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { TrainerHandOverService } from '@nabij/trainings/api';
import { DataSource, EntityManager } from 'typeorm';
import { HandOverWorkDto, UpdateStaffDto } from './dto/staff.dto';
import { organisationOf } from './organisation-of';

/**
 * Staff accounts of the admin's own organisation: role and team, deactivation (with the hand-over
 * of open work first) and reactivation. Every change is audited.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly staff: StaffAccountsService,
    private readonly teamCases: TeamCasesService,
    private readonly sessions: SessionsService,
    private readonly threads: WorkerThreadsService,
    private readonly trainers: TrainerHandOverService,
    private readonly roster: DutyRosterService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(admin: AuthUser): Promise<StaffMember[]> {
    return (await this.staff.list(this.dataSource.manager, organisationOf(admin))).map(toMember);
  }

  /**
   * The access token carries the role, so a role change ends the person's logins: their next login
   * gets the new role instead of acting on the old one until the token expires.
   */
  async update(admin: AuthUser, accountId: string, dto: UpdateStaffDto, meta: RequestMeta): Promise<StaffMember> {
    const { member, roleChanged } = await this.dataSource.transaction(async (db) => {
      const member = await this.memberFor(db, admin, accountId);
      if (dto.role !== undefined && dto.role !== member.role) this.refuseOwnAccount(admin, member, 'change your own role');
      if (dto.teamId && !(await this.staff.activeTeamOfOrganisation(db, organisationOf(admin), dto.teamId)))
        throw new NotFoundException({
          message: 'This team does not exist in your organisation or has been archived.',
          code: 'organisation.team_not_exist',
        });
      const role = dto.role ?? member.role;
      const teamId = dto.teamId === undefined ? member.team_id : dto.teamId;
      const canTrain = dto.canTrain ?? member.can_train;
      const chatDuty = dto.chatDuty ?? member.chat_duty;
      const libraryEditor = dto.libraryEditor ?? member.library_editor;
      await this.staff.update(db, member.id, { role, teamId, canTrain, chatDuty, libraryEditor });
      // No longer doing chat duty (or no longer a worker): off the rota from today, so the rota warns.
      const offRota =
        (member.chat_duty && !chatDuty) || (member.role === 'worker' && role !== 'worker')
          ? await this.roster.removeFromRoster(organisationOf(admin), member.id, this.clock.now(), db)
          : 0;
      await this.audit.record(
        {
          actor: admin,
          action: 'update',
          resourceType: 'staff_account',
          resourceId: member.id,
          reason: `role ${role}, team ${teamId ?? 'none'}${capabilityChange(member, { canTrain, chatDuty, libraryEditor })}${offRota ? `, ${offRota} rota line(s) removed` : ''}`,
          ...meta,
        },
        db,
      );
      return { member: (await this.staff.find(db, organisationOf(admin), member.id)) as StaffRow, roleChanged: role !== member.role };
    });
    if (roleChanged) await this.sessions.revokeAll(member.id);
    return toMember(member);
  }

  /** What must be handed over before the account can be deactivated. */
  async openWork(admin: AuthUser, accountId: string): Promise<StaffOpenWork> {
    const member = await this.memberFor(this.dataSource.manager, admin, accountId);
    return this.workOf(this.dataSource.manager, organisationOf(admin), member.id);
  }

  /** Open cases, the waiting threads of those cases, and the enrolments the person coaches or trains. */
  private async workOf(db: EntityManager, organisationId: string, accountId: string): Promise<StaffOpenWork> {
    return {
      cases: await this.teamCases.openCasesOfWorker(accountId, db),
      threads: await this.threads.waitingThreadsOfWorker(accountId, db),
      enrolments: await this.trainers.coachedEnrolments(accountId, db),
      groups: await this.trainers.soleTrainerGroups(organisationId, accountId, db),
    };
  }

  /**
   * Login is refused from now on and every login ends at once (API access and chat sockets), so a
   * person who left cannot keep working from an open tab. Open cases would lose their worker, so
   * while there are any the answer is 409 with the list to hand over.
   */
  async deactivate(admin: AuthUser, accountId: string, meta: RequestMeta): Promise<StaffMember> {
    const member = await this.dataSource.transaction(async (db) => {
      const member = await this.memberFor(db, admin, accountId, true);
      this.refuseOwnAccount(admin, member, 'deactivate your own account');
      if (member.deactivated_at) return member;
      const work = await this.workOf(db, organisationOf(admin), member.id);
      if (work.cases.length + work.threads.length + work.enrolments.length + work.groups.length > 0) {
        throw new ConflictException({
          code: STAFF_HAS_WORK,
          details: work,
          message:
            `This colleague still has ${work.cases.length} open case(s), ${work.threads.length} waiting message thread(s) and ` +
            `${work.enrolments.length} training enrolment(s) and trains ${work.groups.length} group(s) alone. Hand them over to a colleague first.`,
        });
      }
      await this.staff.setDeactivated(db, member.id, this.clock.now());
      const offRota = await this.roster.removeFromRoster(organisationOf(admin), member.id, this.clock.now(), db);
      await this.audit.record(
        {
          actor: admin,
          action: 'update',
          resourceType: 'staff_account',
          resourceId: member.id,
          reason: offRota ? `deactivated, ${offRota} rota line(s) removed` : 'deactivated',
          ...meta,
        },
        db,
      );
      return (await this.staff.find(db, organisationOf(admin), member.id)) as StaffRow;
    });
    // After the commit: a login that starts in between is refused by the deactivated_at check.
    await this.sessions.revokeAll(member.id);
    return toMember(member);
  }

  async reactivate(admin: AuthUser, accountId: string, meta: RequestMeta): Promise<StaffMember> {
    return this.dataSource.transaction(async (db) => {
      const member = await this.memberFor(db, admin, accountId, true);
      if (!member.deactivated_at) return toMember(member);
      await this.staff.setDeactivated(db, member.id, null);
      await this.audit.record(
        { actor: admin, action: 'update', resourceType: 'staff_account', resourceId: member.id, reason: 'reactivated', ...meta },
        db,
      );
      return toMember((await this.staff.find(db, organisationOf(admin), member.id)) as StaffRow);
    });
  }

  /**
   * Every open case of the person (with its waiting message threads and the homework of enrolments
   * made in it) and every training they are the trainer of go to one active worker of the same
   * organisation, in one transaction.
   */
  async handOver(admin: AuthUser, accountId: string, dto: HandOverWorkDto, meta: RequestMeta): Promise<HandOverWorkResult> {
    return this.dataSource.transaction(async (db) => {
      const from = await this.memberFor(db, admin, accountId, true);
      const to = dto.toWorkerId === from.id ? null : await this.staff.find(db, organisationOf(admin), dto.toWorkerId);
      if (!to || to.role !== 'worker' || to.deactivated_at)
        throw new NotFoundException({
          message: 'Choose an active worker of your organisation other than this colleague.',
          code: 'organisation.choose_active_worker',
        });
      const waiting = await this.threads.waitingThreadsOfWorker(from.id, db);
      // A question on a case closed after the client wrote would wait for nobody: that case goes too.
      const closedWithQuestion = [...new Set(waiting.filter((w) => w.caseClosed).map((w) => w.caseId))];
      const cases = await this.teamCases.handOverAll(admin, from.id, to.id, meta, db, closedWithQuestion);
      const threads = waiting.length;
      const training = await this.trainers.handOver(organisationOf(admin), from.id, to.id, db);
      await this.audit.record(
        {
          actor: admin,
          action: 'update',
          resourceType: 'staff_account',
          resourceId: from.id,
          reason: `open work handed over to ${to.id}`,
          ...meta,
        },
        db,
      );
      return { cases, threads, trainings: training.trainings, homework: training.homework, groups: training.groups };
    });
  }

  /** Another organisation's account, or a client, answers like an account that does not exist. */
  private async memberFor(db: EntityManager, admin: AuthUser, accountId: string, lock = false): Promise<StaffRow> {
    if (lock) await this.staff.lock(db, accountId);
    const member = await this.staff.find(db, organisationOf(admin), accountId);
    if (!member)
      throw new NotFoundException({ message: 'This colleague does not exist in your organisation.', code: 'common.colleague_not_found' });
    return member;
  }

  /** An admin cannot lock themselves out (or leave the organisation without any admin by accident). */
  private refuseOwnAccount(admin: AuthUser, member: StaffRow, what: string): void {
    if (member.id === admin.id) throw new ConflictException({ code: STAFF_OWN_ACCOUNT, message: `You cannot ${what}. Ask another admin.` });
  }
}

function toMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    teamId: row.team_id,
    teamName: row.team_name,
    deactivatedAt: row.deactivated_at ? new Date(row.deactivated_at).toISOString() : null,
    canTrain: row.can_train,
    chatDuty: row.chat_duty,
    libraryEditor: row.library_editor,
  };
}

/** Audit text for changed capabilities only, so the existing "role …, team …" entries read the same. */
function capabilityChange(member: StaffRow, to: { canTrain: boolean; chatDuty: boolean; libraryEditor: boolean }): string {
  const changes: Array<[string, boolean, boolean]> = [
    ['can train', member.can_train, to.canTrain],
    ['chat duty', member.chat_duty, to.chatDuty],
    ['library editor', member.library_editor, to.libraryEditor],
  ];
  const parts = changes.filter(([, was, now]) => was !== now).map(([what, , now]) => `${what} ${now ? 'yes' : 'no'}`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}
