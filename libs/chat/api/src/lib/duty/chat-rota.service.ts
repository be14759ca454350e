import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { CHAT_ROTA_WARNING_DAYS, type ChatOpenSlot, type ChatRotaView } from '@nabij/chat/contracts';
import { AccountDirectoryService, type AccountRef } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { CHAT_TIME_ZONE } from '../hours/chat-hours';
import { ChatHoursService } from '../hours/chat-hours.service';
import { rotaSlotsOn } from './chat-rota';
import { DutyLineRow, DutyRosterRepository } from './duty-roster.repository';
import { AddChatDutyDto } from './dto/chat-rota.dto';

/**
 * The chat duty rota as admins (whole organisation) and team leads (their own team's workers)
 * edit it: a week of openings with who is on duty, and openings of the coming days nobody staffs.
 * Everyone on the rota sees the whole grid, so a team lead can see where their team is needed.
 */
@Injectable()
export class ChatRotaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roster: DutyRosterRepository,
    private readonly hours: ChatHoursService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async week(user: AuthUser, week: string | undefined): Promise<ChatRotaView> {
    const organisationId = organisationOf(user);
    const ownTeam = await this.ownTeam(user);
    const today = DateTime.fromJSDate(this.clock.now(), { zone: CHAT_TIME_ZONE }).startOf('day');
    const monday = (week ? DateTime.fromISO(week, { zone: CHAT_TIME_ZONE }) : today).startOf('week');
    const sunday = monday.plus({ days: 6 });
    const warnUntil = today.plus({ days: CHAT_ROTA_WARNING_DAYS });
    const from = DateTime.min(monday, today).toISODate()!;
    const to = DateTime.max(sunday, warnUntil).toISODate()!;
    const [schedule, lines, workers] = await Promise.all([
      this.hours.scheduleBetween(organisationId, from, to),
      this.linesBetween(organisationId, from, to),
      this.dutyWorkers(organisationId, ownTeam),
    ]);
    const editable = (line: { worker_team_id: string | null }) => ownTeam === null || line.worker_team_id === ownTeam;

    const days = Array.from({ length: 7 }, (_, i) => {
      const date = monday.plus({ days: i }).toISODate()!;
      return { date, slots: rotaSlotsOn(date, schedule, lines, editable) };
    });

    const nowTime = DateTime.fromJSDate(this.clock.now(), { zone: CHAT_TIME_ZONE }).toFormat('HH:mm');
    const openSlots: ChatOpenSlot[] = [];
    for (let i = 0; i < CHAT_ROTA_WARNING_DAYS; i++) {
      const date = today.plus({ days: i }).toISODate()!;
      for (const slot of rotaSlotsOn(date, schedule, lines, editable)) {
        // An opening already over today needs nobody any more.
        if (i === 0 && slot.end <= nowTime) continue;
        if (slot.duty.length === 0) openSlots.push({ date, start: slot.start, end: slot.end });
      }
    }
    return { weekStart: monday.toISODate()!, days, workers, openSlots };
  }

  async add(user: AuthUser, dto: AddChatDutyDto, meta: RequestMeta): Promise<ChatRotaView> {
    const organisationId = organisationOf(user);
    if (dto.start >= dto.end)
      throw new BadRequestException({ message: 'The duty ends before it starts.', fields: { end: ['end must be later than start'] } });
    const worker = await this.accounts.memberOf(organisationId, dto.workerId);
    if (!worker)
      throw new NotFoundException({ message: 'This worker does not exist in your organisation.', code: 'chat.worker_not_exist' });
    if (worker.role !== 'worker')
      throw new BadRequestException({ message: 'Only workers take chat duty.', fields: { workerId: ['workerId must be a worker'] } });
    if (!worker.chatDuty)
      throw new BadRequestException({
        message: 'This worker does not do chat duty. An admin can turn it on under Medewerkers.',
        fields: { workerId: ['workerId must be a worker who does chat duty'] },
      });
    await this.assertMayEdit(user, worker.teamId);
    await this.dataSource.transaction(async (db) => {
      const id = await this.roster.insertDatedLine(db, organisationId, dto);
      await this.audit.record({ actor: user, action: 'create', resourceType: 'chat_duty', resourceId: id, ...meta }, db);
    });
    return this.week(user, dto.date);
  }

  /** Removes a line (a weekly line for every week); another organisation's line answers 404. */
  async remove(user: AuthUser, id: string, meta: RequestMeta): Promise<void> {
    const organisationId = organisationOf(user);
    await this.dataSource.transaction(async (db) => {
      const line = await this.roster.lineForUpdate(db, organisationId, id);
      if (!line) throw new NotFoundException({ message: 'This duty does not exist in your organisation.', code: 'chat.duty_not_exist' });
      await this.assertMayEdit(user, (await this.accounts.byId(line.worker_id, db))?.teamId ?? null);
      await this.roster.deleteLine(db, id);
      await this.audit.record({ actor: user, action: 'delete', resourceType: 'chat_duty', resourceId: id, ...meta }, db);
    });
  }

  /** The team lead's team; null for an admin, who may edit the whole organisation. */
  private async ownTeam(user: AuthUser): Promise<string | null> {
    if (user.role === 'admin') return null;
    const me = await this.accounts.memberOf(organisationOf(user), user.id);
    // A team lead without a team edits nobody: a team id that matches no worker.
    return me?.teamId ?? '00000000-0000-0000-0000-000000000000';
  }

  /** The roster lines with their workers' names and teams (identity's directory), by worker name, then start. */
  private async linesBetween(organisationId: string, from: string, to: string): Promise<DutyLineRow[]> {
    const lines = await this.roster.linesBetween(organisationId, from, to);
    const workers = await this.accounts.byIds(lines.map((l) => l.worker_id));
    const named = lines.map((l) => ({
      ...l,
      worker_name: workers.get(l.worker_id)?.name ?? null,
      worker_team_id: workers.get(l.worker_id)?.teamId ?? null,
    }));
    // As PostgreSQL sorts ORDER BY name, starts_at: names without one last; the lines come sorted by start.
    return named.sort((a, b) => byName(a.worker_name, b.worker_name));
  }

  /** Workers who do chat duty, of the organisation or of one team when `teamId` is given, by name. */
  private async dutyWorkers(organisationId: string, teamId: string | null): Promise<Array<{ id: string; name: string | null }>> {
    const workers: AccountRef[] = await this.accounts.accountsOf(organisationId, ['worker'], { teamId });
    return workers.filter((w) => w.chatDuty).map((w) => ({ id: w.id, name: w.name }));
  }

  private async assertMayEdit(user: AuthUser, workerTeamId: string | null): Promise<void> {
    const ownTeam = await this.ownTeam(user);
    if (ownTeam !== null && workerTeamId !== ownTeam)
      throw new ForbiddenException({ message: 'You plan chat duty for the workers of your own team only.', code: 'chat.plan_chat_duty' });
  }
}

/** Names in alphabetical order, a missing name last; a stable sort keeps equal names in their order. */
function byName(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'nl');
}

function organisationOf(user: AuthUser): string {
  if (!user.organisationId)
    throw new NotFoundException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
  return user.organisationId;
}
