import { Injectable, Logger } from '@nestjs/common';
import { ChatQueueEvent, ChatServerEvent, ChatSessionView } from '@nabij/chat/contracts';
import type { Namespace } from 'socket.io';
import { ChatQueueService } from '../sessions/chat-queue.service';

export const chatRoom = (sessionId: string) => `chat:${sessionId}`;
export const workersRoom = (organisationId: string) => `org:${organisationId}:workers`;
/** The client's sockets in a chat (an anonymous visitor's or the registered client's), to know when the last one went. */
export const clientRoom = (sessionId: string) => `chat:${sessionId}:client`;

/**
 * Pushes what REST actions change (pick-up, end, queue moves) to the sockets concerned, on every
 * API instance (the namespace's adapter is Redis when configured).
 */
@Injectable()
export class ChatEvents {
  private readonly logger = new Logger('ChatEvents');
  private server: Namespace | null = null;

  constructor(private readonly queue: ChatQueueService) {}

  attach(server: Namespace): void {
    this.server = server;
  }

  /** Of these waiting chats, the ones whose client has a socket on any instance (one fetchSockets for all). */
  async clientsPresent(sessionIds: string[]): Promise<string[]> {
    if (!this.server || sessionIds.length === 0) return [];
    const sockets = await this.server.in(sessionIds.map(clientRoom)).fetchSockets();
    const present = new Set(sockets.flatMap((socket) => [...socket.rooms]));
    return sessionIds.filter((id) => present.has(clientRoom(id)));
  }

  sessionChanged(view: ChatSessionView): void {
    this.server?.to(chatRoom(view.id)).emit(ChatServerEvent.Session, view);
  }

  /** Tells the duty workers to reload the queue (someone's connection or topic changed; nobody moved). */
  workersChanged(organisationId: string): void {
    this.server?.to(workersRoom(organisationId)).emit(ChatServerEvent.QueueChanged, { organisationId });
  }

  /** Tells each waiting client their new place and the duty workers to reload the queue. */
  queueMoved(organisationId: string): void {
    const server = this.server;
    if (!server) return;
    this.queue
      .waiting(organisationId)
      .then((positions) => {
        for (const p of positions) {
          const event: ChatQueueEvent = { sessionId: p.sessionId, position: p.position, estimatedWaitSeconds: p.estimatedWaitSeconds };
          server.to(chatRoom(p.sessionId)).emit(ChatServerEvent.Queue, event);
        }
        server.to(workersRoom(organisationId)).emit(ChatServerEvent.QueueChanged, { organisationId });
      })
      .catch((error) => this.logger.warn(`Queue update failed: ${error instanceof Error ? error.message : error}`));
  }
}
