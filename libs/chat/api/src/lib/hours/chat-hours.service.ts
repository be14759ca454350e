import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChatStatusResponse } from '@nabij/chat/contracts';
import { Clock } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { Between, DataSource, Repository } from 'typeorm';
import { ChatHoursExceptionEntity, ChatHoursSlotEntity } from '../entities/chat-hours.entities';
import { CHAT_TIME_ZONE, chatHoursStatus, ChatHoursStatus, ChatSchedule, isDutchPublicHoliday, localMoment } from './chat-hours';

/** Chat consultation hours and the duty roster, read from the database per organisation. */
@Injectable()
export class ChatHoursService {
  constructor(
    @InjectRepository(ChatHoursSlotEntity) private readonly slots: Repository<ChatHoursSlotEntity>,
    @InjectRepository(ChatHoursExceptionEntity) private readonly exceptions: Repository<ChatHoursExceptionEntity>,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async status(organisationSlug: string | undefined): Promise<ChatStatusResponse> {
    const organisationId = await this.resolveOrganisation(organisationSlug);
    const now = this.clock.now();
    const hours = await this.hoursAt(organisationId, now);
    return {
      open: hours.open,
      closesAt: hours.closesAt?.toISOString() ?? null,
      nextOpensAt: hours.nextOpensAt?.toISOString() ?? null,
      workersOnDuty: (await this.workersOnDuty(organisationId, now)).length,
    };
  }

  async hoursAt(organisationId: string, now: Date): Promise<ChatHoursStatus> {
    return chatHoursStatus(now, await this.scheduleFor(organisationId, now));
  }

  /** The organisation's weekly hours with the exceptions from yesterday to 40 days after `now`. */
  async scheduleFor(organisationId: string, now: Date): Promise<ChatSchedule> {
    const today = DateTime.fromJSDate(now, { zone: CHAT_TIME_ZONE });
    const [slots, exceptions] = await Promise.all([
      this.slots.find({ where: { organisationId } }),
      this.exceptions.find({
        where: { organisationId, onDate: Between(today.minus({ days: 1 }).toISODate()!, today.plus({ days: 40 }).toISODate()!) },
      }),
    ]);
    return {
      slots: slots.map((s) => ({ weekday: s.weekday, start: s.startsAt, end: s.endsAt })),
      exceptions: exceptions.map((x) => ({ date: x.onDate, kind: x.kind, start: x.startsAt, end: x.endsAt })),
      isHoliday: isDutchPublicHoliday,
    };
  }

  /** Workers the roster puts on chat duty at this moment. */
  async workersOnDuty(organisationId: string, now: Date): Promise<string[]> {
    const { date, weekday, time } = localMoment(now);
    const rows: Array<{ worker_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT worker_id FROM chat_duty
        WHERE organisation_id = $1 AND (weekday = $2 OR on_date = $3) AND starts_at <= $4 AND ends_at > $4`,
      [organisationId, weekday, date, time],
    );
    return rows.map((r) => r.worker_id);
  }

  /** `?organisation=<slug>`, or the only organisation when there is just one. */
  async resolveOrganisation(slug: string | undefined): Promise<string> {
    if (slug) {
      const [row] = await this.dataSource.query('SELECT id FROM organisation WHERE slug = $1', [slug]);
      if (!row) throw new NotFoundException('There is no organisation with this name.');
      return row.id;
    }
    const rows: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM organisation ORDER BY created_at LIMIT 2');
    if (rows.length !== 1)
      throw new BadRequestException({
        message: 'Say which organisation: ?organisation=<slug>',
        fields: { organisation: ['organisation is required'] },
      });
    return rows[0].id;
  }
}
