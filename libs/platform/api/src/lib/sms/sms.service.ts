import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { JobsService } from '../jobs/jobs.service';
import { SmsMessage, SmsTransport } from './sms-transport';

/** The pg-boss queue with one job per stored SMS (data: `{ smsId }`). */
export const SMS_DELIVERY_JOB = 'platform.sms-delivery';
export const MAX_SMS_ATTEMPTS = 8;

export interface OutboxSms {
  id: string;
  to: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
  lastError: string | null;
}

/**
 * Stores each SMS in the outbox (`outbox_sms`) in the caller's transaction, and with a provider
 * configured gives it a delivery job there too, so an SMS exists only for a committed change and is
 * retried with backoff until sent. Without a provider the outbox is the phone (dev outbox).
 */
@Injectable()
export class SmsService implements OnModuleInit {
  private readonly logger = new Logger('Sms');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: SmsTransport,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ smsId: string }>({
      name: SMS_DELIVERY_JOB,
      policy: 'short',
      retryLimit: MAX_SMS_ATTEMPTS - 1,
      retryDelaySeconds: 60,
      retryBackoff: true,
      handle: ({ smsId }) => this.deliver(smsId),
    });
  }

  async enqueue(message: SmsMessage, manager?: EntityManager): Promise<string> {
    const db = manager ?? this.dataSource.manager;
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO outbox_sms (to_number, text, created_at) VALUES ($1, $2, $3) RETURNING id`,
      [message.to, message.text, this.clock.now()],
    );
    if (this.transport.provider) await this.jobs.send(SMS_DELIVERY_JOB, { smsId: row.id }, { manager, singletonKey: row.id });
    return row.id;
  }

  /** Sends a stored SMS once; thrown errors make pg-boss try again later. */
  async deliver(smsId: string): Promise<void> {
    const [claimed]: [Array<{ to_number: string; text: string }>, number] = await this.dataSource.query(
      `UPDATE outbox_sms SET attempts = attempts + 1 WHERE id = $1 AND sent_at IS NULL AND attempts < $2 RETURNING to_number, text`,
      [smsId, MAX_SMS_ATTEMPTS],
    );
    const sms = claimed[0];
    if (!sms) return;
    try {
      await this.transport.send({ to: sms.to_number, text: sms.text });
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      this.logger.warn(`SMS ${smsId} not delivered: ${message}`);
      await this.dataSource.query(`UPDATE outbox_sms SET last_error = $2 WHERE id = $1`, [smsId, message]);
      throw error;
    }
    await this.dataSource.query(`UPDATE outbox_sms SET sent_at = $2, last_error = NULL WHERE id = $1`, [smsId, this.clock.now()]);
  }

  async recent(limit = 50): Promise<OutboxSms[]> {
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

  /** Erasing a person: our copies of the SMS to their number go, inside the caller's transaction. */
  async forgetNumber(number: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM outbox_sms WHERE to_number = $1`, [number]);
  }
}
