import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface OutboxSms {
  id: string;
  to: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  lastError: string | null;
}

/** The SQL of the SMS outbox (table `outbox_sms`); SmsService holds the rules of delivery. */
@Injectable()
export class SmsOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(to: string, text: string, at: Date, manager?: EntityManager): Promise<string> {
    const [row]: Array<{ id: string }> = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO outbox_sms (to_number, text, created_at) VALUES ($1, $2, $3) RETURNING id`,
      [to, text, at],
    );
    return row.id;
  }

  /** Counts an attempt on an unsent SMS with attempts left; null when sent or used up. */
  async claim(id: string, maxAttempts: number): Promise<{ to: string; text: string } | null> {
    const [rows]: [Array<{ to_number: string; text: string }>, number] = await this.dataSource.query(
      `UPDATE outbox_sms SET attempts = attempts + 1 WHERE id = $1 AND sent_at IS NULL AND attempts < $2 RETURNING to_number, text`,
      [id, maxAttempts],
    );
    return rows[0] ? { to: rows[0].to_number, text: rows[0].text } : null;
  }

  async recordFailure(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_sms SET last_error = $2 WHERE id = $1`, [id, error]);
  }

  async recordSent(id: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_sms SET sent_at = $2, last_error = NULL WHERE id = $1`, [id, at]);
  }

  async recent(limit: number): Promise<OutboxSms[]> {
    const rows: Array<{ id: string; to_number: string; text: string; created_at: Date; sent_at: Date | null; last_error: string | null }> =
      await this.dataSource.query(`SELECT * FROM outbox_sms ORDER BY created_at DESC LIMIT $1`, [limit]);
    return rows.map((r) => ({
      id: r.id,
      to: r.to_number,
      text: r.text,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      lastError: r.last_error,
    }));
  }

  async deleteTo(number: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM outbox_sms WHERE to_number = $1`, [number]);
  }

  /** SMS written before `before`, sent or not: see OutboxCleanupJob. */
  async deleteWrittenBefore(before: Date): Promise<number> {
    const [, affected] = await this.dataSource.query(`DELETE FROM outbox_sms WHERE created_at < $1`, [before]);
    return Number(affected ?? 0);
  }
}
