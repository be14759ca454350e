import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { SendMessageResponse } from '@nabij/messages/contracts';
import { AuditService, AuthUser, Clock, JobsService, OutboxMailEntity, RequestMeta } from '@nabij/platform/api';
import type { UploadedDocument } from '@nabij/platform/api';
import { DutyRosterService } from '@nabij/chat/api';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { dueAtFor } from './deadline';
import { ReplyDto, SendMessageDto } from './dto/messages.dto';
import { MessageDeadlineEntity, MessageEntity, MessageThreadEntity } from './entities/message.entities';
import { MessageAttachmentsService } from './message-attachments.service';
import { dutyWorkers, threadContext } from './message-recipients';
import { loadMessage, markRead, WORKER_VISIBLE_SQL, workerParams } from './message-queries';
import { NotificationsService } from './notifications.service';

/** Thrown inside the transaction when another request stored this message id first. */
class AlreadyStored extends Error {}

/**
 * Sending: the message is stored (with its deadline) before we answer. The client picks the id,
 * so a retry after a lost response returns the stored message instead of a second one.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly attachments: MessageAttachmentsService,
    private readonly roster: DutyRosterService,
  ) {}

  async clientSend(client: AuthUser, dto: SendMessageDto, files?: UploadedDocument[]): Promise<SendMessageResponse> {
    return this.idempotent(client, dto.id, files, async (db) => {
      const thread = await this.clientThread(db, client, dto.caseId);
      await db.query('SELECT id FROM message_thread WHERE id = $1 FOR UPDATE', [thread.id]);
      const now = this.clock.now();
      const deadlines = db.getRepository(MessageDeadlineEntity);
      // The clock runs from the oldest unanswered message, so a second message does not move it.
      let open = await deadlines.findOneBy({ threadId: thread.id, answeredAt: IsNull() });
      if (!open)
        open = await deadlines.save({
          threadId: thread.id,
          startedAt: now,
          dueAt: dueAtFor(now),
          warnedAt: null,
          escalatedAt: null,
          answeredAt: null,
          metAt: null,
          missedAt: null,
          outcome: null,
        });
      await this.insert(db, {
        id: dto.id,
        threadId: thread.id,
        senderId: client.id,
        senderRole: 'client',
        body: dto.body,
        receivedAt: now,
        answerBy: open.dueAt,
      });
      const ctx = await threadContext(db, thread.id);
      const recipients = ctx.assignedWorkerId ? [ctx.assignedWorkerId] : await dutyWorkers(db, this.roster, ctx.organisationId, now);
      const mails = await this.notifications.notify(db, recipients, 'new_message', thread.id, false);
      return { threadId: thread.id, mails };
    });
  }

  async workerReply(
    worker: AuthUser,
    threadId: string,
    dto: ReplyDto,
    meta: RequestMeta,
    files?: UploadedDocument[],
  ): Promise<SendMessageResponse> {
    return this.idempotent(worker, dto.id, files, async (db) => {
      const [thread] = /^[0-9a-f-]{36}$/i.test(threadId)
        ? await db.query(
            `SELECT t.id, t.client_id, t.case_id FROM message_thread t LEFT JOIN care_case c ON c.id = t.case_id WHERE t.id = $3 AND ${WORKER_VISIBLE_SQL} FOR UPDATE OF t`,
            [...workerParams(worker), threadId],
          )
        : [];
      if (!thread) throw new NotFoundException('This conversation does not exist or is not yours.');
      const now = this.clock.now();
      await this.insert(db, {
        id: dto.id,
        threadId: thread.id,
        senderId: worker.id,
        senderRole: 'worker',
        body: dto.body,
        receivedAt: now,
        answerBy: null,
      });
      // A reply stops the clock: met when in time, missed when late (the check may have said so already).
      await db.query(
        `UPDATE message_deadline
            SET answered_at = $2,
                outcome = COALESCE(outcome, CASE WHEN $2 <= due_at THEN 'met' ELSE 'missed' END),
                met_at = CASE WHEN outcome IS NULL AND $2 <= due_at THEN $2 ELSE met_at END,
                missed_at = CASE WHEN outcome IS NULL AND $2 > due_at THEN due_at ELSE missed_at END
          WHERE thread_id = $1 AND answered_at IS NULL`,
        [thread.id, now],
      );
      await markRead(db, thread.id, worker.id);
      await this.notifications.markThreadRead(db, worker.id, thread.id);
      // The reply is a contact: time prefills it for the worker to confirm (never twice per message).
      // Sent in this transaction, so there is no contact without its reply, and no reply without it.
      if (thread.case_id) {
        const contact: ContactOccurred = {
          source: 'message',
          sourceId: dto.id,
          workerId: worker.id,
          caseId: thread.case_id,
          contactType: 'message',
          occurredOn: dutchDate(now),
        };
        await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
      }
      await this.audit.record(
        { actor: worker, action: 'create', resourceType: 'message', resourceId: dto.id, clientId: thread.client_id, ...meta },
        db,
      );
      const mails = await this.notifications.notify(db, [thread.client_id], 'new_message', thread.id, true);
      return { threadId: thread.id, mails };
    });
  }

  /** The case thread (own case), the single open case's thread, or the duty queue. */
  private async clientThread(db: EntityManager, client: AuthUser, caseId: string | undefined): Promise<MessageThreadEntity> {
    if (!client.organisationId)
      throw new ConflictException('Your account is not linked to an organisation yet; please contact us by phone.');
    let chosen: { id: string; closed_on: string | null } | null;
    if (caseId) {
      [chosen] = await db.query(`SELECT id, closed_on FROM care_case WHERE id = $1 AND client_id = $2`, [caseId, client.id]);
      if (!chosen) throw new NotFoundException('This case does not exist or is not yours.');
      if (chosen.closed_on)
        throw new ConflictException('This case is closed. Send your message without choosing a case to reach the duty team.');
    } else {
      const open: Array<{ id: string; closed_on: null }> = await db.query(
        `SELECT id, closed_on FROM care_case WHERE client_id = $1 AND closed_on IS NULL`,
        [client.id],
      );
      if (open.length > 1)
        throw new BadRequestException({
          message: 'You have more than one case; choose which one this message is about.',
          fields: { caseId: ['choose one of your cases'] },
        });
      chosen = open[0] ?? null;
    }
    const now = this.clock.now();
    const conflict = chosen ? '(case_id) WHERE case_id IS NOT NULL' : '(client_id) WHERE case_id IS NULL';
    await db.query(
      `INSERT INTO message_thread (organisation_id, client_id, case_id, created_at, last_message_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT ${conflict} DO NOTHING`,
      [client.organisationId, client.id, chosen?.id ?? null, now],
    );
    const repo = db.getRepository(MessageThreadEntity);
    return (
      chosen
        ? await repo.findOneBy({ caseId: chosen.id })
        : await repo.createQueryBuilder('t').where('t.client_id = :id AND t.case_id IS NULL', { id: client.id }).getOne()
    )!;
  }

  private async insert(db: EntityManager, m: Omit<MessageEntity, 'seq'>): Promise<void> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO message (id, thread_id, sender_id, sender_role, body, received_at, answer_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [m.id, m.threadId, m.senderId, m.senderRole, m.body, m.receivedAt, m.answerBy],
    );
    if (!inserted.length) throw new AlreadyStored();
    await db.getRepository(MessageThreadEntity).update(m.threadId, { lastMessageAt: m.receivedAt });
    await markRead(db, m.threadId, m.senderId);
  }

  /**
   * Runs `send` unless this id is already stored; either way answers with the stored message. Files
   * sent along are checked before anything is stored (400, nothing kept) and join those uploaded
   * for this id before; a retry with the same id stores neither the message nor its files again.
   */
  private async idempotent(
    sender: AuthUser,
    id: string,
    files: UploadedDocument[] | undefined,
    send: (db: EntityManager) => Promise<{ threadId: string; mails: OutboxMailEntity[] }>,
  ): Promise<SendMessageResponse> {
    const existing = await loadMessage(this.dataSource.manager, id);
    if (!existing) {
      const checked = await this.attachments.check(files, await this.attachments.countPending(this.dataSource.manager, id, sender.id));
      const stored = await this.attachments.put(checked);
      let mails: OutboxMailEntity[] = [];
      try {
        ({ mails } = await this.dataSource.transaction(async (db) => {
          await this.attachments.lock(db, id);
          const sent = await send(db);
          await this.attachments.bind(db, id, sender.id, stored);
          return sent;
        }));
      } catch (error) {
        await this.attachments.discard(stored);
        if (!(error instanceof AlreadyStored)) throw error;
      }
      await this.notifications.deliver(mails);
    }
    const stored = await loadMessage(this.dataSource.manager, id);
    if (!stored || stored.sender.id !== sender.id) throw new ConflictException('This message id is already in use; generate a new one.');
    return { message: stored, threadId: stored.threadId, answerBy: stored.answerBy };
  }
}
