import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, DataSource, Repository } from 'typeorm';
import { ChatHoursExceptionEntity, ChatHoursSlotEntity } from '../entities/chat-hours.entities';

/** Every SQL statement behind chat hours: weekly slots, exceptions, the roster at a moment, organisations. */
@Injectable()
export class ChatHoursRepository {
  constructor(
    @InjectRepository(ChatHoursSlotEntity) private readonly slots: Repository<ChatHoursSlotEntity>,
    @InjectRepository(ChatHoursExceptionEntity) private readonly exceptions: Repository<ChatHoursExceptionEntity>,
    private readonly dataSource: DataSource,
  ) {}

  slotsOf(organisationId: string): Promise<ChatHoursSlotEntity[]> {
    return this.slots.find({ where: { organisationId } });
  }

  /** Exceptions on the days from `from` to `to` (ISO dates, inclusive). */
  exceptionsBetween(organisationId: string, from: string, to: string): Promise<ChatHoursExceptionEntity[]> {
    return this.exceptions.find({ where: { organisationId, onDate: Between(from, to) } });
  }

  /** Workers on the roster at a local (Amsterdam) moment: weekly on `weekday` or once on `date`. */
  async workersOnDutyAt(organisationId: string, weekday: number, date: string, time: string): Promise<string[]> {
    const rows: Array<{ worker_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT worker_id FROM chat_duty
        WHERE organisation_id = $1 AND (weekday = $2 OR on_date = $3) AND starts_at <= $4 AND ends_at > $4`,
      [organisationId, weekday, date, time],
    );
    return rows.map((r) => r.worker_id);
  }

  async organisationIdBySlug(slug: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT id FROM organisation WHERE slug = $1', [slug]);
    return row?.id ?? null;
  }

  /** At most two organisation ids, oldest first: enough to tell whether there is only one. */
  async firstTwoOrganisationIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM organisation ORDER BY created_at LIMIT 2');
    return rows.map((r) => r.id);
  }
}
