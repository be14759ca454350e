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
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      await this.outbox.update(mail.id, { sentAt: this.clock.now(), attempts: mail.attempts + 1, lastError: null });
      return true;
    } catch (error) {
      this.logger.warn(`Mail ${mail.id} not delivered: ${(error as Error).message}`);
      await this.outbox.update(mail.id, { attempts: mail.attempts + 1, lastError: (error as Error).message.slice(0, 500) });
      return false;
    }
  }

  async send(message: MailMessage): Promise<void> {
    await this.deliver(await this.enqueue(message));
  }

  recent(limit = 50): Promise<OutboxMailEntity[]> {
    return this.outbox.find({ order: { createdAt: 'DESC' }, take: limit });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
