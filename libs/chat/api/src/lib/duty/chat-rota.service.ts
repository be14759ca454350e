import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { CHAT_ROTA_WARNING_DAYS, type ChatOpenSlot, type ChatRotaView } from '@nabij/chat/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { CHAT_TIME_ZONE } from '../hours/chat-hours';
import { ChatHoursService } from '../hours/chat-hours.service';
import { rotaSlotsOn } from './chat-rota';
import { DutyRosterRepository } from './duty-roster.repository';
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
      this.roster.linesBetween(organisationId, from, to),
      this.roster.workers(organisationId, ownTeam),
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
    const worker = await this.roster.staffMember(organisationId, dto.workerId);
    if (!worker) throw new NotFoundException('This worker does not exist in your organisation.');
    if (worker.role !== 'worker')
      throw new BadRequestException({ message: 'Only workers take chat duty.', fields: { workerId: ['workerId must be a worker'] } });
    if (!worker.chat_duty)
      throw new BadRequestException({
        message: 'This worker does not do chat duty. An admin can turn it on under Medewerkers.',
        fields: { workerId: ['workerId must be a worker who does chat duty'] },
      });
    await this.assertMayEdit(user, worker.team_id);
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
      if (!line) throw new NotFoundException('This duty does not exist in your organisation.');
      await this.assertMayEdit(user, line.worker_team_id);
      await this.roster.deleteLine(db, id);
      await this.audit.record({ actor: user, action: 'delete', resourceType: 'chat_duty', resourceId: id, ...meta }, db);
    });
  }

  /** The team lead's team; null for an admin, who may edit the whole organisation. */
  private async ownTeam(user: AuthUser): Promise<string | null> {
    if (user.role === 'admin') return null;
    const me = await this.roster.staffMember(organisationOf(user), user.id);
    // A team lead without a team edits nobody: a team id that matches no worker.
    return me?.team_id ?? '00000000-0000-0000-0000-000000000000';
  }

  private async assertMayEdit(user: AuthUser, workerTeamId: string | null): Promise<void> {
    const ownTeam = await this.ownTeam(user);
    if (ownTeam !== null && workerTeamId !== ownTeam)
      throw new ForbiddenException('You plan chat duty for the workers of your own team only.');
  }
}

function organisationOf(user: AuthUser): string {
  if (!user.organisationId) throw new NotFoundException('Your account belongs to no organisation.');
  return user.organisationId;
}
