import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Transporter, createTransport } from 'nodemailer';
import { EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { MailOutboxRepository } from './mail-outbox.repository';
import { OutboxMailEntity } from './outbox-mail.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** The pg-boss queue with one job per stored mail (data: `{ mailId }`). */
export const MAIL_DELIVERY_JOB = 'platform.mail-delivery';

/** After this many failed attempts a mail stays in the outbox unsent (the dev outbox still shows it). */
export const MAX_MAIL_ATTEMPTS = 10;

/**
 * How long a claim keeps others from sending a mail. Longer than one SMTP attempt can take (the
 * transport's timeouts below end it within about 2 minutes), so a claim never runs out mid-send.
 */
const CLAIM_MS = 5 * 60_000;

/** What one delivery attempt found: `done` is sent before or given up; `busy` is claimed by someone else. */
type Attempt = 'sent' | 'failed' | 'busy' | 'done';

/**
 * Stores each mail in the outbox, then delivers it over SMTP when SMTP_URL is set. Without SMTP the
 * outbox is the mailbox: the dev outbox page shows it so a newcomer can finish registration.
 *
 * Every stored mail gets a delivery job in the same transaction. The request path tries once right
 * after its commit (so the mail usually leaves at once); the job retries with backoff until it is
 * sent. Whoever sends first claims the row, so the two never send one mail twice, and no
 * transaction stays open while SMTP talks.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
  ) {
    // nodemailer is loaded only with SMTP_URL (development writes to the outbox): less to load at start.
    const url = config.smtpUrl;
    this.transport = url
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('nodemailer') as { createTransport: typeof createTransport }).createTransport({
          url,
          connectionTimeout: 30_000,
          greetingTimeout: 30_000,
          socketTimeout: 60_000,
        })
      : null;
  }

  onModuleInit(): void {
    // 1, 2, 4 … 256 minutes apart (about 8.5 hours); the retry sweep picks up mails without a job.
    this.jobs.register<{ mailId: string }>({
      name: MAIL_DELIVERY_JOB,
      policy: 'short',
      retryLimit: MAX_MAIL_ATTEMPTS - 1,
      retryDelaySeconds: 60,
      retryBackoff: true,
      handle: ({ mailId }) => this.deliverJob(mailId),
    });
  }

  /**
   * Erasing a person: our copies of the mails to their address go (the texts hold no content, but
   * name the address and what happened when). Inside the caller's transaction.
   */
  forgetAddress(address: string, manager: EntityManager): Promise<number> {
    return this.outbox.deleteTo(address, manager);
  }

  /** Store a mail inside the caller's transaction (with its delivery job); call deliver() after it commits. */
  async enqueue(message: MailMessage, manager?: EntityManager): Promise<OutboxMailEntity> {
    const mail = await this.outbox.insert({ ...message, createdAt: this.clock.now() }, manager);
    // Without SMTP there is nothing to deliver: the outbox is the mailbox.
    if (this.transport) await this.jobs.send(MAIL_DELIVERY_JOB, { mailId: mail.id }, { manager, singletonKey: mail.id });
    return mail;
  }

  /** Try to deliver now; a failure is recorded on the outbox row (its job retries), never thrown at the user. */
  async deliver(mail: OutboxMailEntity): Promise<boolean> {
    return (await this.attempt(mail.id)) === 'sent';
  }

  async send(message: MailMessage): Promise<void> {
    await this.deliver(await this.enqueue(message));
  }

  /**
   * The scheduled sweep: delivers unsent mails of the last two days that have no job of their own
   * (stored without one, or their job got lost). Claimed rows are skipped, so it never races a
   * sender, and so are mails whose job waits for its next retry, so the backoff holds during an
   * SMTP outage instead of the sweep using up their attempts.
   */
  async retryPending(maxAttempts = MAX_MAIL_ATTEMPTS): Promise<number> {
    if (!this.transport) return 0;
    await this.jobs.ready();
    const now = this.clock.now();
    const since = new Date(now.getTime() - 2 * 86_400_000);
    const due = await this.outbox.pendingWithoutJob(maxAttempts, since, now, MAIL_DELIVERY_JOB);
    let delivered = 0;
    for (const id of due) if ((await this.attempt(id, maxAttempts)) === 'sent') delivered++;
    return delivered;
  }

  recent(limit = 50): Promise<OutboxMailEntity[]> {
    return this.outbox.recent(limit);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  private async deliverJob(mailId: string): Promise<void> {
    const outcome = await this.attempt(mailId);
    // Thrown, pg-boss runs the job again later: after a failure, or when another sender holds the
    // claim (if that sender fails, this job is what still delivers the mail).
    if (outcome === 'failed' || outcome === 'busy') throw new Error(`Mail ${mailId} not delivered yet (${outcome})`);
  }

  /** One attempt: claim the row (one short UPDATE), send with no transaction open, record the outcome. */
  private async attempt(id: string, maxAttempts = MAX_MAIL_ATTEMPTS): Promise<Attempt> {
    if (!this.transport) return 'done';
    const now = this.clock.now();
    const mail = await this.outbox.claim(id, new Date(now.getTime() + CLAIM_MS), now, maxAttempts);
    if (!mail) {
      const row = await this.outbox.state(id);
      return !row || row.sentAt || row.attempts >= maxAttempts ? 'done' : 'busy';
    }
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to: mail.to_address, subject: mail.subject, text: mail.text });
    } catch (error) {
      const message = (error as Error).message;
      this.logger.warn(`Mail ${id} not delivered: ${message}`);
      await this.outbox.recordFailure(id, message.slice(0, 500));
      return 'failed';
    }
    // Should this UPDATE fail (database gone right now), the claim expires and the mail is sent
    // again later: at least once, never lost.
    await this.outbox.recordSent(id, this.clock.now());
    return 'sent';
  }
}
