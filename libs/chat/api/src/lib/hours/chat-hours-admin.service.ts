import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { CHAT_CLOSURE_MAX_DAYS, type ChatHoursView } from '@nabij/chat/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { CHAT_TIME_ZONE } from './chat-hours';
import { weeklyHoursProblems } from './chat-hours-rules';
import { ChatHoursRepository } from './chat-hours.repository';
import { AddChatClosureDto, ReplaceChatHoursDto } from './dto/chat-hours-admin.dto';

/**
 * The organisation's weekly chat hours and closures as the admin edits them (team leads read).
 * Status and start page read the same tables per request, so an edit counts at once. Audited.
 */
@Injectable()
export class ChatHoursAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ChatHoursRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async view(user: AuthUser): Promise<ChatHoursView> {
    const organisationId = organisationOf(user);
    const [slots, closures] = await Promise.all([
      this.repository.slotsOf(organisationId),
      this.repository.closuresFrom(organisationId, this.today()),
    ]);
    return {
      slots: slots
        .map((s) => ({ weekday: s.weekday, start: s.startsAt.slice(0, 5), end: s.endsAt.slice(0, 5) }))
        .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)),
      closures: closures.map((c) => ({ id: c.id, date: c.onDate, reason: c.note })),
    };
  }

  async replace(admin: AuthUser, dto: ReplaceChatHoursDto, meta: RequestMeta): Promise<ChatHoursView> {
    const organisationId = organisationOf(admin);
    const problems = weeklyHoursProblems(dto.slots);
    if (problems) throw new BadRequestException({ message: 'These chat hours cannot be saved.', fields: problems });
    await this.dataSource.transaction(async (db) => {
      await this.repository.lockOrganisation(db, organisationId);
      await this.repository.replaceSlots(db, organisationId, dto.slots);
      await this.audit.record({ actor: admin, action: 'update', resourceType: 'chat_hours', resourceId: organisationId, ...meta }, db);
    });
    return this.view(admin);
  }

  /** A closure over several days is one row per day, so one day can be reopened later on its own. */
  async addClosure(admin: AuthUser, dto: AddChatClosureDto, meta: RequestMeta): Promise<ChatHoursView> {
    const organisationId = organisationOf(admin);
    const from = DateTime.fromISO(dto.from, { zone: CHAT_TIME_ZONE });
    const to = DateTime.fromISO(dto.to ?? dto.from, { zone: CHAT_TIME_ZONE });
    const days = Math.round(to.diff(from, 'days').days) + 1;
    if (days < 1)
      throw new BadRequestException({ message: 'The last day lies before the first.', fields: { to: ['to must not be before from'] } });
    if (days > CHAT_CLOSURE_MAX_DAYS)
      throw new BadRequestException({
        message: `A closure covers at most ${CHAT_CLOSURE_MAX_DAYS} days.`,
        fields: { to: [`to must be at most ${CHAT_CLOSURE_MAX_DAYS - 1} days after from`] },
      });
    const dates = Array.from({ length: days }, (_, i) => from.plus({ days: i }).toISODate()!);
    await this.dataSource.transaction(async (db) => {
      const ids = await this.repository.insertClosures(db, organisationId, dates, dto.reason);
      for (const id of ids) {
        await this.audit.record(
          { actor: admin, action: 'create', resourceType: 'chat_closure', resourceId: id, reason: dto.reason, ...meta },
          db,
        );
      }
    });
    return this.view(admin);
  }

  /** Another organisation's closure answers like one that does not exist. */
  async removeClosure(admin: AuthUser, id: string, meta: RequestMeta): Promise<void> {
    const organisationId = organisationOf(admin);
    await this.dataSource.transaction(async (db) => {
      if (!(await this.repository.deleteClosure(db, organisationId, id))) {
        throw new NotFoundException({ message: 'This closure does not exist in your organisation.', code: 'chat.closure_not_exist' });
      }
      await this.audit.record({ actor: admin, action: 'delete', resourceType: 'chat_closure', resourceId: id, ...meta }, db);
    });
  }

  private today(): string {
    return DateTime.fromJSDate(this.clock.now(), { zone: CHAT_TIME_ZONE }).toISODate()!;
  }
}

/** Staff always belong to an organisation; a token without one sees nothing rather than everything. */
function organisationOf(user: AuthUser): string {
  if (!user.organisationId)
    throw new NotFoundException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
  return user.organisationId;
}
