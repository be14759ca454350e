import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, EntityManager, IsNull, MoreThanOrEqual, Repository } from 'typeorm';
import { ChatHoursExceptionEntity, ChatHoursSlotEntity } from '../entities/chat-hours.entities';

/** Every SQL statement behind chat hours: weekly slots and exceptions (organisations are intake's). */
@Injectable()
export class ChatHoursRepository {
  constructor(
    @InjectRepository(ChatHoursSlotEntity) private readonly slots: Repository<ChatHoursSlotEntity>,
    @InjectRepository(ChatHoursExceptionEntity) private readonly exceptions: Repository<ChatHoursExceptionEntity>,
  ) {}

  slotsOf(organisationId: string): Promise<ChatHoursSlotEntity[]> {
    return this.slots.find({ where: { organisationId } });
  }

  /** Exceptions on the days from `from` to `to` (ISO dates, inclusive). */
  exceptionsBetween(organisationId: string, from: string, to: string): Promise<ChatHoursExceptionEntity[]> {
    return this.exceptions.find({ where: { organisationId, onDate: Between(from, to) } });
  }

  /** Whole-day closures (cancelled, no times) from `from` on, by date. */
  closuresFrom(organisationId: string, from: string): Promise<ChatHoursExceptionEntity[]> {
    return this.exceptions.find({
      where: { organisationId, kind: 'cancelled', startsAt: IsNull(), onDate: MoreThanOrEqual(from) },
      order: { onDate: 'ASC', id: 'ASC' },
    });
  }

  /** Serialises edits of one organisation's hours, so two admins replacing at once do not mix their slots. */
  async lockOrganisation(db: EntityManager, organisationId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtextextended('chat_hours:' || $1::text, 0))`, [organisationId]);
  }

  async replaceSlots(
    db: EntityManager,
    organisationId: string,
    slots: Array<{ weekday: number; start: string; end: string }>,
  ): Promise<void> {
    await db.delete(ChatHoursSlotEntity, { organisationId });
    if (slots.length) {
      await db.insert(
        ChatHoursSlotEntity,
        slots.map((s) => ({ organisationId, weekday: s.weekday, startsAt: s.start, endsAt: s.end })),
      );
    }
  }

  /** One whole-day closure per date; answers the new ids. */
  async insertClosures(db: EntityManager, organisationId: string, dates: string[], reason: string): Promise<string[]> {
    const result = await db.insert(
      ChatHoursExceptionEntity,
      dates.map((onDate) => ({ organisationId, onDate, kind: 'cancelled' as const, startsAt: null, endsAt: null, note: reason })),
    );
    return result.identifiers.map((i) => i['id'] as string);
  }

  /** Removes a whole-day closure of this organisation; false when there is none with this id. */
  async deleteClosure(db: EntityManager, organisationId: string, id: string): Promise<boolean> {
    const result = await db.delete(ChatHoursExceptionEntity, { id, organisationId, kind: 'cancelled', startsAt: IsNull() });
    return (result.affected ?? 0) > 0;
  }
}
