import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { ChatStatusResponse } from '@nabij/chat/contracts';
import { OrganisationDirectoryService } from '@nabij/intake/api';
import { Clock } from '@nabij/platform/api';
import { DateTime } from 'luxon';
import { ChatHoursRepository } from './chat-hours.repository';
import { DutyRosterService } from '../duty/duty-roster.service';
import { CHAT_TIME_ZONE, chatHoursStatus, ChatHoursStatus, ChatSchedule, isDutchPublicHoliday } from './chat-hours';

/** Chat consultation hours and the duty roster, read from the database per organisation. */
@Injectable()
export class ChatHoursService {
  constructor(
    private readonly repository: ChatHoursRepository,
    private readonly roster: DutyRosterService,
    private readonly clock: Clock,
    private readonly organisations: OrganisationDirectoryService,
  ) {}

  async status(organisationSlug: string | undefined): Promise<ChatStatusResponse> {
    return this.statusOf(await this.resolveOrganisation(organisationSlug));
  }

  async statusOf(organisationId: string): Promise<ChatStatusResponse> {
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
    return this.scheduleBetween(organisationId, today.minus({ days: 1 }).toISODate()!, today.plus({ days: 40 }).toISODate()!);
  }

  /** The weekly hours with the exceptions on the local dates `from` to `to` (inclusive). */
  async scheduleBetween(organisationId: string, from: string, to: string): Promise<ChatSchedule> {
    const [slots, exceptions] = await Promise.all([
      this.repository.slotsOf(organisationId),
      this.repository.exceptionsBetween(organisationId, from, to),
    ]);
    return {
      slots: slots.map((s) => ({ weekday: s.weekday, start: s.startsAt, end: s.endsAt })),
      exceptions: exceptions.map((x) => ({ date: x.onDate, kind: x.kind, start: x.startsAt, end: x.endsAt })),
      isHoliday: isDutchPublicHoliday,
    };
  }

  /** Workers the roster puts on chat duty at this moment (the one duty query: DutyRosterService's). */
  async workersOnDuty(organisationId: string, now: Date): Promise<string[]> {
    return (await this.roster.onDutyToday(organisationId, now)).now;
  }

  /** `?organisation=<slug>`, or the only organisation when there is just one. */
  async resolveOrganisation(slug: string | undefined): Promise<string> {
    if (slug) {
      const id = await this.organisations.organisationIdBySlug(slug);
      if (!id) throw new NotFoundException({ message: 'There is no organisation with this name.', code: 'chat.no_organisation_name' });
      return id;
    }
    const ids = await this.organisations.firstTwoOrganisationIds();
    if (ids.length !== 1)
      throw new BadRequestException({
        message: 'Say which organisation: ?organisation=<slug>',
        fields: { organisation: ['organisation is required'] },
      });
    return ids[0];
  }
}
