import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The chat queue of the whole installation in one row. */
@Injectable()
export class ChatFiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  async queue(now: Date): Promise<{ waiting: number; longestWaitSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS waiting,
              COALESCE(EXTRACT(EPOCH FROM ($1::timestamptz - min(created_at))), 0)::float8 AS "longestWaitSeconds"
         FROM chat_session WHERE status = 'waiting'`,
      [now],
    );
    return row;
  }
}
