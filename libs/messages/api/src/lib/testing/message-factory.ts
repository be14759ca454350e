import type { SendMessageResponse } from '@nabij/messages/contracts';
import type { AuthUser } from '@nabij/platform/api';
import type { TestApp } from '@nabij/platform/testing';
import { randomUUID } from 'node:crypto';
import { MessagesService } from '../messages.service';

export interface SendMessageOptions {
  body: string;
  id?: string;
  caseId?: string;
}

/** A client's message, sent through the same service (thread, deadline, notifications) as POST /api/messages/mine. */
export function sendMessage(t: TestApp, client: AuthUser, options: SendMessageOptions): Promise<SendMessageResponse> {
  return t.app.get(MessagesService).clientSend(client, { id: options.id ?? randomUUID(), body: options.body, caseId: options.caseId });
}

/** A worker's reply in a thread they may answer, as POST /api/messages/inbox/:id/replies sends it. */
export function replyToThread(t: TestApp, worker: AuthUser, threadId: string, body: string): Promise<SendMessageResponse> {
  return t.app.get(MessagesService).workerReply(worker, threadId, { id: randomUUID(), body }, { ip: null, userAgent: 'test-factory' });
}
