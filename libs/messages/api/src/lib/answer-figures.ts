import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, MetricsService } from '@nabij/platform/api';
import { WARN_BEFORE_MS } from './deadline';
import { MessageDeadlinesRepository } from './message-deadlines.repository';

/**
 * The 48-hour promise in the metrics: messages waiting for an answer, those past the warning
 * (42 hours) and those past the deadline. One query per scrape serves all three figures.
 */
@Injectable()
export class AnswerFigures implements OnModuleInit {
  private last: { at: number; counts: ReturnType<MessageDeadlinesRepository['openCounts']> } | null = null;

  constructor(
    private readonly metrics: MetricsService,
    private readonly deadlines: MessageDeadlinesRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.metrics.gauge(
      'nabij_messages_waiting',
      'Client messages waiting for an answer (the 48-hour clock runs).',
      async () => (await this.counts()).waiting,
    );
    this.metrics.gauge(
      'nabij_messages_waiting_past_warning',
      'Client messages waiting longer than the warning point (42 hours): the worker has been reminded.',
      async () => (await this.counts()).warned,
    );
    this.metrics.gauge(
      'nabij_messages_overdue',
      'Client messages not answered within 48 hours and still waiting.',
      async () => (await this.counts()).overdue,
    );
  }

  /** The three gauges of one scrape share one query (they are read within the same moment). */
  private counts(): ReturnType<MessageDeadlinesRepository['openCounts']> {
    const now = this.clock.now();
    if (!this.last || now.getTime() - this.last.at > 1_000) {
      const counts = this.deadlines.openCounts(now, new Date(now.getTime() + WARN_BEFORE_MS));
      this.last = { at: now.getTime(), counts };
      counts.catch(() => (this.last = null));
    }
    return this.last.counts;
  }
}
