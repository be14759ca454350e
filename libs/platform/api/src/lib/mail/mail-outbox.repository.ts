import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { JOBS_SCHEMA } from '../jobs/jobs.service';
import { OutboxMailEntity } from './outbox-mail.entity';

/** A claimed mail: what is needed to send it. */
export interface ClaimedMail {
  to_address: string;
  subject: string;
  text: string;
}

/** The SQL of the mail outbox (table `outbox_mail`); MailService holds the rules of delivery. */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectRepository(OutboxMailEntity) private readonly outbox: Repository<OutboxMailEntity>) {}

  /** Stores a new, unsent mail, inside the caller's transaction when one is given. */
  insert(mail: Pick<OutboxMailEntity, 'to' | 'subject' | 'text' | 'createdAt'>, manager?: EntityManager): Promise<OutboxMailEntity> {
    const repo = manager ? manager.getRepository(OutboxMailEntity) : this.outbox;
    return repo.save(repo.create({ ...mail, sentAt: null, lastError: null, attempts: 0, claimedUntil: null }));
  }

  /**
   * Unsent, unclaimed mails created after `since` with attempts left and no delivery job waiting to
   * retry or running (`jobName` in the pg-boss schema), oldest first.
   */
  async pendingWithoutJob(maxAttempts: number, since: Date, now: Date, jobName: string, limit = 100): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.outbox.query(
      `SELECT m.id FROM outbox_mail m
        WHERE m.sent_at IS NULL AND m.attempts < $1 AND m.created_at > $2 AND (m.claimed_until IS NULL OR m.claimed_until <= $3)
          AND NOT EXISTS (SELECT 1 FROM ${JOBS_SCHEMA}.job j WHERE j.name = $4 AND j.singleton_key = m.id::text AND j.state IN ('retry', 'active'))
        ORDER BY m.created_at LIMIT $5`,
      [maxAttempts, since, now, jobName, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Claims an unsent mail with attempts left until `until` (one short UPDATE); null when sent, used up or claimed. */
  async claim(id: string, until: Date, now: Date, maxAttempts: number): Promise<ClaimedMail | null> {
    const [claimed] = (await this.outbox.query(
      `UPDATE outbox_mail SET claimed_until = $2
        WHERE id = $1 AND sent_at IS NULL AND attempts < $4 AND (claimed_until IS NULL OR claimed_until <= $3)
        RETURNING to_address, subject, text`,
      [id, until, now, maxAttempts],
    )) as [ClaimedMail[], number];
    return claimed[0] ?? null;
  }

  /** Whether a mail was sent and how often it was tried; null when there is no such mail. */
  async state(id: string): Promise<{ sentAt: Date | null; attempts: number } | null> {
    const [row] = await this.outbox.query(`SELECT sent_at, attempts FROM outbox_mail WHERE id = $1`, [id]);
    return row ? { sentAt: row.sent_at, attempts: row.attempts } : null;
  }

  async recordFailure(id: string, error: string): Promise<void> {
    await this.outbox.query(`UPDATE outbox_mail SET attempts = attempts + 1, last_error = $2, claimed_until = NULL WHERE id = $1`, [
      id,
      error,
    ]);
  }

  async recordSent(id: string, at: Date): Promise<void> {
    await this.outbox.query(
      `UPDATE outbox_mail SET sent_at = $2, attempts = attempts + 1, last_error = NULL, claimed_until = NULL WHERE id = $1`,
      [id, at],
    );
  }

  recent(limit: number): Promise<OutboxMailEntity[]> {
    return this.outbox.find({ order: { createdAt: 'DESC' }, take: limit });
  }

  /** Every mail to this address (sent or not): our copies of what an erased person was sent. */
  async deleteTo(address: string, manager: EntityManager): Promise<number> {
    const [, affected] = await manager.query(`DELETE FROM outbox_mail WHERE lower(to_address) = lower($1)`, [address]);
    return Number(affected ?? 0);
  }

  /** Mails written before `before`, sent or not: see OutboxCleanupJob. */
  async deleteWrittenBefore(before: Date): Promise<number> {
    const result = await this.outbox.createQueryBuilder().delete().where('created_at < :before', { before }).execute();
    return result.affected ?? 0;
  }
}
