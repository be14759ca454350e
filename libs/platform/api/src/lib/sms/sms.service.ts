import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { JobsService } from '../jobs/jobs.service';
import { OutboxSms, SmsOutboxRepository } from './sms-outbox.repository';
import { SmsMessage, SmsTransport } from './sms-transport';

/** The pg-boss queue with one job per stored SMS (data: `{ smsId }`). */
export const SMS_DELIVERY_JOB = 'platform.sms-delivery';
export const MAX_SMS_ATTEMPTS = 8;

export type { OutboxSms };

/**
 * Stores each SMS in the outbox (`outbox_sms`) in the caller's transaction, and with a provider
 * configured gives it a delivery job there too, so an SMS exists only for a committed change and is
 * retried with backoff until sent. Without a provider the outbox is the phone (dev outbox).
 */
@Injectable()
export class SmsService implements OnModuleInit {
  private readonly logger = new Logger('Sms');

  constructor(
    private readonly outbox: SmsOutboxRepository,
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
    const id = await this.outbox.insert(message.to, message.text, this.clock.now(), manager);
    if (this.transport.provider) await this.jobs.send(SMS_DELIVERY_JOB, { smsId: id }, { manager, singletonKey: id });
    return id;
  }

  /** Sends a stored SMS once; a thrown error makes pg-boss try again later. */
  async deliver(smsId: string): Promise<void> {
    const sms = await this.outbox.claim(smsId, MAX_SMS_ATTEMPTS);
    if (!sms) return;
    try {
      await this.transport.send(sms);
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      this.logger.warn(`SMS ${smsId} not delivered: ${message}`);
      await this.outbox.recordFailure(smsId, message);
      throw error;
    }
    await this.outbox.recordSent(smsId, this.clock.now());
  }

  recent(limit = 50): Promise<OutboxSms[]> {
    return this.outbox.recent(limit);
  }

  /** Erasing a person: our copies of the SMS to their number go, inside the caller's transaction. */
  forgetNumber(number: string, manager: EntityManager): Promise<void> {
    return this.outbox.deleteTo(number, manager);
  }
}
