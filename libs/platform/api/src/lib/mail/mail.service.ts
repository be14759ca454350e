import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { OutboxMailEntity } from './outbox-mail.entity';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Stores each mail in the outbox, then delivers it over SMTP when SMTP_URL is set. Without SMTP the
 * outbox is the mailbox: the dev outbox page shows it so a newcomer can finish registration.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(
    @InjectRepository(OutboxMailEntity) private readonly outbox: Repository<OutboxMailEntity>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  /** Queue a mail inside the caller's transaction; call deliver() after it commits. */
  async enqueue(message: MailMessage, manager?: EntityManager): Promise<OutboxMailEntity> {
    const repo = manager ? manager.getRepository(OutboxMailEntity) : this.outbox;
    return repo.save(repo.create({ ...message, createdAt: this.clock.now(), sentAt: null, lastError: null, attempts: 0 }));
  }

  /** Try to deliver; a failure is recorded on the outbox row, never thrown at the user. */
  async deliver(mail: OutboxMailEntity): Promise<boolean> {
    return this.deliverWith(this.outbox.manager, mail);
  }

  private async deliverWith(manager: EntityManager, mail: OutboxMailEntity): Promise<boolean> {
    if (!this.transport) return false;
    const repo = manager.getRepository(OutboxMailEntity);
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      await repo.update(mail.id, { sentAt: this.clock.now(), attempts: mail.attempts + 1, lastError: null });
      return true;
    } catch (error) {
      this.logger.warn(`Mail ${mail.id} not delivered: ${(error as Error).message}`);
      await repo.update(mail.id, { attempts: mail.attempts + 1, lastError: (error as Error).message.slice(0, 500) });
      return false;
    }
  }

  async send(message: MailMessage): Promise<void> {
    await this.deliver(await this.enqueue(message));
  }

  /**
   * Delivers mails whose earlier attempts failed (SMTP down, network). Rows are claimed with
   * SKIP LOCKED so several API instances never send the same mail twice.
   */
  async retryPending(maxAttempts = 10): Promise<number> {
    if (!this.transport) return 0;
    const since = new Date(this.clock.now().getTime() - 2 * 86_400_000);
    let delivered = 0;
    await this.outbox.manager.transaction(async (manager) => {
      const due = await manager
        .getRepository(OutboxMailEntity)
        .createQueryBuilder('m')
        .where('m.sent_at IS NULL AND m.attempts < :maxAttempts AND m.created_at > :since', { maxAttempts, since })
        .orderBy('m.created_at')
        .limit(20)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const mail of due) if (await this.deliverWith(manager, mail)) delivered++;
    });
    return delivered;
  }

  recent(limit = 50): Promise<OutboxMailEntity[]> {
    return this.outbox.find({ order: { createdAt: 'DESC' }, take: limit });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
