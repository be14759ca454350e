import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { AuditService, AuthUser, Clock, OutboxMailEntity, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { MessagesRepository } from './messages.repository';
import { NotificationsService } from './notifications.service';

/** A client who gets a group message, in the organisation whose message thread it lands in. */
export interface GroupMessageRecipient {
  clientId: string;
  organisationId: string;
}

/** The message id of one recipient's copy: the same group message id and client give the same id, so a retry sends nothing twice. */
export function copyIdOf(groupMessageId: string, clientId: string): string {
  const h = createHash('sha256').update(`${groupMessageId}:${clientId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A worker's message to a group (a training cohort): each client gets their own copy in their own
 * message thread (the thread of their open case, else the organisation's thread without a case), so
 * a reply is private and reaches whoever answers that thread. Other domains send group messages
 * only through here (messages owns message and message_thread). No deadline starts: the clock runs
 * from a client's message only.
 */
@Injectable()
export class GroupMessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessagesRepository,
    private readonly notifications: NotificationsService,
    private readonly cases: CaseLookupService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Sends one copy per recipient in one transaction; answers how many copies were new. */
  async sendToClients(
    worker: AuthUser,
    groupMessageId: string,
    recipients: GroupMessageRecipient[],
    body: string,
    meta: RequestMeta,
  ): Promise<number> {
    let sent = 0;
    const mails: OutboxMailEntity[] = [];
    await this.dataSource.transaction(async (db) => {
      const now = this.clock.now();
      for (const r of recipients) {
        const open = await this.cases.newestOpenCaseOfClient(r.clientId, db);
        const caseId = open && open.organisationId === r.organisationId ? open.id : null;
        const thread = await this.messages.ensureThread(db, { organisationId: r.organisationId, clientId: r.clientId, caseId }, now);
        const id = copyIdOf(groupMessageId, r.clientId);
        const fresh = await this.messages.insertMessage(db, {
          id,
          threadId: thread.id,
          senderId: worker.id,
          senderRole: 'worker',
          body,
          receivedAt: now,
          answerBy: null,
        });
        if (!fresh) continue;
        sent++;
        await this.messages.setLastMessageAt(db, thread.id, now);
        await this.messages.markRead(db, thread.id, worker.id);
        await this.audit.record(
          {
            actor: worker,
            action: 'create',
            resourceType: 'message',
            resourceId: id,
            clientId: r.clientId,
            reason: 'group message',
            ...meta,
          },
          db,
        );
        mails.push(...(await this.notifications.notify(db, [r.clientId], 'new_message', thread.id, true)));
      }
    });
    await this.notifications.deliver(mails);
    return sent;
  }
}
