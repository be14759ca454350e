import { Injectable } from '@nestjs/common';
import type { ChatQueuePosition } from '@nabij/chat/contracts';
import { Clock } from '@nabij/platform/api';
import { ChatHoursService } from '../hours/chat-hours.service';
import { ChatSessionsRepository } from './chat-sessions.repository';
import { estimateWaitSeconds } from './wait-estimate';

/** Queue order is arrival order (created_at, then id) among waiting chats of one organisation. */
@Injectable()
export class ChatQueueService {
  constructor(
    private readonly repository: ChatSessionsRepository,
    private readonly hours: ChatHoursService,
    private readonly clock: Clock,
  ) {}

  /** Positions of every waiting chat of the organisation, in queue order. */
  async waiting(organisationId: string): Promise<Array<{ sessionId: string } & ChatQueuePosition>> {
    const ids = await this.repository.waitingIds(organisationId);
    if (ids.length === 0) return [];
    const [duty, average] = await Promise.all([
      this.hours.workersOnDuty(organisationId, this.clock.now()),
      this.averageChatSeconds(organisationId),
    ]);
    return ids.map((id, i) => ({
      sessionId: id,
      position: i + 1,
      estimatedWaitSeconds: estimateWaitSeconds(i + 1, duty.length, average),
    }));
  }

  async positionOf(sessionId: string, organisationId: string): Promise<ChatQueuePosition | null> {
    const position = await this.repository.queuePosition(sessionId);
    if (!(await this.repository.isWaiting(sessionId))) return null;
    const [duty, average] = await Promise.all([
      this.hours.workersOnDuty(organisationId, this.clock.now()),
      this.averageChatSeconds(organisationId),
    ]);
    return { position, estimatedWaitSeconds: estimateWaitSeconds(position, duty.length, average) };
  }

  private averageChatSeconds(organisationId: string): Promise<number | null> {
    return this.repository.averageChatSeconds(organisationId);
  }
}
