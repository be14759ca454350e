import { Injectable, OnModuleInit } from '@nestjs/common';
import { MetricsService } from '@nabij/platform/api';
import { ChatFiguresRepository } from './chat-figures.repository';

/** Chats waiting for a worker and how long the first of them has waited, for the metrics. */
@Injectable()
export class ChatFigures implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly repository: ChatFiguresRepository,
  ) {}

  onModuleInit(): void {
    // Both gauges of one scrape share one query.
    const queue = this.metrics.sharedRead((now) => this.repository.queue(now));
    this.metrics.gauge('nabij_chats_waiting', 'Chats waiting for a worker to pick them up.', async () => (await queue()).waiting);
    this.metrics.gauge(
      'nabij_chat_longest_wait_seconds',
      'How long the chat that waits longest has been waiting (0 when none waits).',
      async () => Math.max(0, (await queue()).longestWaitSeconds),
    );
  }
}
