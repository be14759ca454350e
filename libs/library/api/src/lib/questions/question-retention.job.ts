import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { QUESTION_KEEP_DAYS } from '@nabij/library/contracts';
import { Clock, JobsService } from '@nabij/platform/api';
import { QuestionRepository } from './question.repository';

/**
 * Every night (a pg-boss schedule, one instance), deletes anonymous questions QUESTION_KEEP_DAYS after
 * their answer, or after asking when no answer came: nobody's dossier needs them, and the private
 * link then simply finds nothing. The time entry of the answer stays (it holds no content).
 */
@Injectable()
export class QuestionRetentionJob implements OnModuleInit {
  private readonly logger = new Logger('QuestionRetention');

  constructor(
    private readonly questions: QuestionRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'library.question-retention',
      cron: '40 3 * * *',
      policy: 'singleton',
      retryLimit: 2,
      handle: async () => {
        const removed = await this.run();
        if (removed) this.logger.log(`deleted ${removed} anonymous questions past their term`);
      },
    });
  }

  /** One run now; the schedule calls this, and so do tests (background jobs off, a fixed clock). */
  run(): Promise<number> {
    return this.questions.deleteOlderThan(new Date(this.clock.now().getTime() - QUESTION_KEEP_DAYS * 86_400_000));
  }
}
