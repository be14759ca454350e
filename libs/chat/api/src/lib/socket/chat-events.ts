import { Injectable, Logger } from '@nestjs/common';
import { ChatQueueEvent, ChatServerEvent, ChatSessionView } from '@nabij/chat/contracts';
import type { Namespace } from 'socket.io';
import { ChatQueueService } from '../sessions/chat-queue.service';

export const chatRoom = (sessionId: string) => `chat:${sessionId}`;
export const workersRoom = (organisationId: string) => `org:${organisationId}:workers`;
/** The client's sockets in a chat (an anonymous visitor's or the registered client's), to know when the last one went. */
export const clientRoom = (sessionId: string) => `chat:${sessionId}:client`;
const CLIENT_ROOM = /^chat:([0-9a-f-]{36}):client$/;

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

  /** The chats whose client has a socket on this instance (the adapter's rooms are this instance's). */
  localClientChats(): string[] {
    const rooms = this.server?.adapter.rooms;
    if (!rooms) return [];
    return [...rooms.keys()].flatMap((room) => {
      const match = CLIENT_ROOM.exec(room);
      return match ? [match[1]] : [];
    });
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
