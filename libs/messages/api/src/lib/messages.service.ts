import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { SendMessageResponse } from '@nabij/messages/contracts';
import { CaseLookupService, CaseRef } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditService, AuthUser, Clock, JobsService, OutboxMailEntity, RequestMeta } from '@nabij/platform/api';
import type { UploadedDocument } from '@nabij/platform/api';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { dueAtFor } from './deadline';
import { ReplyDto, SendMessageDto } from './dto/messages.dto';
import { MessageEntity, MessageThreadEntity } from './entities/message.entities';
import { MessageAttachmentsService } from './message-attachments.service';
import { MessageDeadlinesRepository } from './message-deadlines.repository';
import { withSenderNames } from './message-senders';
import { MessageRecipientsService } from './message-recipients.service';
import { MessagesRepository } from './messages.repository';
import { NotificationsService } from './notifications.service';
import { WorkerScopeService } from './worker-scope.service';

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
    private readonly messages: MessagesRepository,
    private readonly deadlines: MessageDeadlinesRepository,
    private readonly recipients: MessageRecipientsService,
    private readonly cases: CaseLookupService,
    private readonly scopes: WorkerScopeService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  async clientSend(client: AuthUser, dto: SendMessageDto, files?: UploadedDocument[]): Promise<SendMessageResponse> {
    return this.idempotent(client, dto.id, files, async (db) => {
      const thread = await this.clientThread(db, client, dto.caseId);
      await this.messages.lockThread(db, thread.id);
      const now = this.clock.now();
      // The clock runs from the oldest unanswered message, so a second message does not move it.
      const open = (await this.deadlines.running(db, thread.id)) ?? (await this.deadlines.start(db, thread.id, now, dueAtFor(now)));
      await this.insert(db, {
        id: dto.id,
        threadId: thread.id,
        senderId: client.id,
        senderRole: 'client',
        body: dto.body,
        receivedAt: now,
        answerBy: open.dueAt,
      });
      await this.messages.reopen(db, thread.id);
      const ctx = await this.recipients.contextOf(db, thread.id);
      const recipients = ctx.assignedWorkerId ? [ctx.assignedWorkerId] : await this.recipients.dutyWorkers(db, ctx.organisationId, now);
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
      const thread = /^[0-9a-f-]{36}$/i.test(threadId)
        ? await this.messages.replyThreadForUpdate(db, await this.scopes.of(worker, db), threadId)
        : undefined;
      if (!thread)
        throw new NotFoundException({
          message: 'This conversation does not exist or is not yours.',
          code: 'messages.conversation_not_exist',
        });
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
      await this.deadlines.answer(db, thread.id, now);
      await this.messages.markRead(db, thread.id, worker.id);
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
      throw new ConflictException({
        message: 'Your account is not linked to an organisation yet; please contact us by phone.',
        code: 'messages.no_organisation',
      });
    let chosen: CaseRef | null;
    if (caseId) {
      chosen = await this.cases.caseOfClient(caseId, client.id, db);
      if (!chosen) throw new NotFoundException({ message: 'This case does not exist or is not yours.', code: 'common.case_not_found' });
      if (chosen.closedOn)
        throw new ConflictException({
          message: 'This case is closed. Send your message without choosing a case to reach the duty team.',
          code: 'messages.case_closed',
        });
    } else {
      const open = await this.cases.openCasesOfClient(client.id, db);
      if (open.length > 1)
        throw new BadRequestException({
          message: 'You have more than one case; choose which one this message is about.',
          fields: { caseId: ['choose one of your cases'] },
        });
      chosen = open[0] ?? null;
    }
    return this.messages.ensureThread(
      db,
      { organisationId: client.organisationId, clientId: client.id, caseId: chosen?.id ?? null },
      this.clock.now(),
    );
  }

  private async insert(db: EntityManager, m: Omit<MessageEntity, 'seq'>): Promise<void> {
    if (!(await this.messages.insertMessage(db, m))) throw new AlreadyStored();
    await this.messages.setLastMessageAt(db, m.threadId, m.receivedAt);
    // What one sends, one has read: sending never adds to one's own unread count.
    await this.messages.markRead(db, m.threadId, m.senderId);
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
    const existing = await this.messages.loadMessage(id);
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
    const stored = await this.messages.loadMessage(id);
    if (!stored || stored.sender.id !== sender.id)
      throw new ConflictException({ message: 'This message id is already in use; generate a new one.', code: 'messages.id_in_use' });
    const [message] = await withSenderNames(this.accounts, [stored]);
    return { message, threadId: stored.threadId, answerBy: stored.answerBy };
  }
}
