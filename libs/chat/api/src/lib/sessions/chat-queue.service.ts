import { Injectable } from '@nestjs/common';
import type { ChatQueuePosition } from '@nabij/chat/contracts';
import { Clock } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { ChatHoursService } from '../hours/chat-hours.service';
import { estimateWaitSeconds } from './wait-estimate';

/** Queue order is arrival order (created_at, then id) among waiting chats of one organisation. */
@Injectable()
export class ChatQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hours: ChatHoursService,
    private readonly clock: Clock,
  ) {}

  /** Positions of every waiting chat of the organisation, in queue order. */
  async waiting(organisationId: string): Promise<Array<{ sessionId: string } & ChatQueuePosition>> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM chat_session WHERE organisation_id = $1 AND status = 'waiting' ORDER BY created_at, id`,
      [organisationId],
    );
    if (rows.length === 0) return [];
    const [duty, average] = await Promise.all([
      this.hours.workersOnDuty(organisationId, this.clock.now()),
      this.averageChatSeconds(organisationId),
    ]);
    return rows.map((r, i) => ({
      sessionId: r.id,
      position: i + 1,
      estimatedWaitSeconds: estimateWaitSeconds(i + 1, duty.length, average),
    }));
  }

  async positionOf(sessionId: string, organisationId: string): Promise<ChatQueuePosition | null> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int + 1 AS position FROM chat_session o, chat_session me
        WHERE me.id = $1 AND me.status = 'waiting' AND o.organisation_id = me.organisation_id AND o.status = 'waiting'
          AND (o.created_at, o.id) < (me.created_at, me.id)`,
      [sessionId],
    );
    const [exists] = await this.dataSource.query(`SELECT 1 FROM chat_session WHERE id = $1 AND status = 'waiting'`, [sessionId]);
    if (!exists) return null;
    const [duty, average] = await Promise.all([
      this.hours.workersOnDuty(organisationId, this.clock.now()),
      this.averageChatSeconds(organisationId),
    ]);
    return { position: row.position, estimatedWaitSeconds: estimateWaitSeconds(row.position, duty.length, average) };
  }

  private async averageChatSeconds(organisationId: string): Promise<number | null> {
    const [row] = await this.dataSource.query(
      `SELECT avg(duration_seconds)::int AS average FROM (
         SELECT duration_seconds FROM chat_session
          WHERE organisation_id = $1 AND status = 'ended' AND picked_up_at IS NOT NULL
          ORDER BY ended_at DESC LIMIT 20) recent`,
      [organisationId],
    );
    return row?.average ?? null;
  }
}
