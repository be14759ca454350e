import { Injectable, OnModuleInit } from '@nestjs/common';
import { MetricsService } from '@nabij/platform/api';
import { WARN_BEFORE_MS } from './deadline';
import { MessageDeadlinesRepository } from './message-deadlines.repository';

/**
 * The 48-hour promise in the metrics: messages waiting for an answer, those past the warning
 * (42 hours) and those past the deadline. One query per scrape serves all three figures.
 */
@Injectable()
export class AnswerFigures implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly deadlines: MessageDeadlinesRepository,
  ) {}

  onModuleInit(): void {
    const counts = this.metrics.sharedRead((now) => this.deadlines.openCounts(now, new Date(now.getTime() + WARN_BEFORE_MS)));
    this.metrics.gauge(
      'nabij_messages_waiting',
      'Client messages waiting for an answer (the 48-hour clock runs).',
      async () => (await counts()).waiting,
    );
    this.metrics.gauge(
      'nabij_messages_waiting_past_warning',
      'Client messages waiting longer than the warning point (42 hours): the worker has been reminded.',
      async () => (await counts()).warned,
    );
    this.metrics.gauge(
      'nabij_messages_overdue',
      'Client messages not answered within 48 hours and still waiting.',
      async () => (await counts()).overdue,
    );
  }
}
