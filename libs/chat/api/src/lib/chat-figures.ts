import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, MetricsService } from '@nabij/platform/api';
import { ChatFiguresRepository } from './chat-figures.repository';

/** Chats waiting for a worker and how long the first of them has waited, for the metrics. */
@Injectable()
export class ChatFigures implements OnModuleInit {
  private last: { at: number; queue: ReturnType<ChatFiguresRepository['queue']> } | null = null;

  constructor(
    private readonly metrics: MetricsService,
    private readonly repository: ChatFiguresRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.metrics.gauge('nabij_chats_waiting', 'Chats waiting for a worker to pick them up.', async () => (await this.queue()).waiting);
    this.metrics.gauge(
      'nabij_chat_longest_wait_seconds',
      'How long the chat that waits longest has been waiting (0 when none waits).',
      async () => Math.max(0, (await this.queue()).longestWaitSeconds),
    );
  }

  /** Both gauges of one scrape share one query. */
  private queue(): ReturnType<ChatFiguresRepository['queue']> {
    const now = this.clock.now();
    if (!this.last || now.getTime() - this.last.at > 1_000) {
      const queue = this.repository.queue(now);
      this.last = { at: now.getTime(), queue };
      queue.catch(() => (this.last = null));
    }
    return this.last.queue;
  }
}
