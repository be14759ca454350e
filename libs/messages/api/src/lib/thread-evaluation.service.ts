import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { ThreadEvaluationDto } from './dto/messages.dto';
import { MessagesRepository } from './messages.repository';
import { WorkerScopeService } from './worker-scope.service';

/**
 * A worker closes a message thread when the question is dealt with; the client is then asked the
 * three chat questions once (answer or skip). A new client message opens the thread again, but the
 * questions are not asked a second time.
 */
@Injectable()
export class ThreadEvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessagesRepository,
    private readonly scopes: WorkerScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async close(worker: AuthUser, threadId: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      const thread = await this.messages.replyThreadForUpdate(db, await this.scopes.of(worker, db), threadId);
      if (!thread)
        throw new NotFoundException({
          message: 'This conversation does not exist or is not yours.',
          code: 'messages.conversation_not_exist',
        });
      if (!(await this.messages.close(db, thread.id, this.clock.now())))
        throw new ConflictException({ message: 'This conversation is closed already.', code: 'messages.conversation_closed' });
      await this.audit.record(
        { actor: worker, action: 'update', resourceType: 'message_thread', resourceId: thread.id, clientId: thread.client_id, ...meta },
        db,
      );
    });
  }

  async evaluate(client: AuthUser, threadId: string, answers: ThreadEvaluationDto): Promise<void> {
    if (answers.skip === true) {
      const sent = (['helpful', 'understood', 'again', 'remark'] as const).filter((f) => answers[f] !== undefined);
      if (sent.length)
        throw new BadRequestException({
          message: 'Send either skip or the answers.',
          fields: Object.fromEntries(sent.map((f) => [f, [`${f} cannot be sent when skipping`]])),
        });
    }
    await this.dataSource.transaction(async (db) => {
      const thread = await this.messages.clientThreadForEvaluation(db, client.id, threadId);
      if (!thread) throw new NotFoundException({ message: 'This conversation does not exist.', code: 'messages.conversation_not_exist_2' });
      if (!thread.closed_at)
        throw new ConflictException({
          message: 'You can answer the questions when the conversation has been closed.',
          code: 'messages.questions_too_early',
        });
      if (!(await this.messages.insertEvaluation(db, threadId, answers, this.clock.now())))
        throw new ConflictException({
          message: 'You already answered the questions for this conversation.',
          code: 'messages.questions_answered',
        });
    });
  }
}
