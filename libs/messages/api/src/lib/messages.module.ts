import { Module } from '@nestjs/common';
import { UploadsModule } from '@nabij/platform/api';
import { DutyRosterModule } from '@nabij/chat/api';
import { CaseLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentExpiryJob } from './attachment-expiry.job';
import { ClientMessagesController } from './client-messages.controller';
import { DeadlineJob } from './deadline.job';
import { DeadlineService } from './deadline.service';
import { AnswerFigures } from './answer-figures';
import {
  MessageDeadlineEntity,
  MessageEntity,
  MessageReadEntity,
  MessageThreadEntity,
  NotificationEntity,
} from './entities/message.entities';
import { GroupMessagesService } from './group-messages.service';
import { InboxController } from './inbox.controller';
import { MessageAttachmentsController } from './message-attachments.controller';
import { MessageAttachmentsRepository } from './message-attachments.repository';
import { MessageAttachmentsService } from './message-attachments.service';
import { MessageDeadlinesRepository } from './message-deadlines.repository';
import { MessageRecipientsService } from './message-recipients.service';
import { InboxService } from './inbox.service';
import { MessagesRepository } from './messages.repository';
import { MessagesService } from './messages.service';
import { ThreadEvaluationService } from './thread-evaluation.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { MessagesPersonalDataRepository } from './messages-personal-data.repository';
import { MessagesErasureRepository } from './messages-erasure.repository';
import { WorkerThreadsRepository } from './worker-threads.repository';
import { WorkerThreadsService } from './worker-threads.service';
import { WorkerScopeService } from './worker-scope.service';

/**
 * Secure messages between client and worker, with the 48-hour promise and its escalation. Files on
 * messages are stored and checked like dossier documents (the platform's UploadsModule).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([MessageThreadEntity, MessageEntity, MessageReadEntity, MessageDeadlineEntity, NotificationEntity]),
    UploadsModule,
    DutyRosterModule,
    CaseLookupModule,
    AccountDirectoryModule,
  ],
  controllers: [ClientMessagesController, InboxController, NotificationsController, MessageAttachmentsController],
  providers: [
    MessageAttachmentsService,
    MessagesService,
    ThreadEvaluationService,
    InboxService,
    NotificationsService,
    DeadlineService,
    AnswerFigures,
    DeadlineJob,
    AttachmentExpiryJob,
    MessageRecipientsService,
    MessagesRepository,
    MessageDeadlinesRepository,
    MessageAttachmentsRepository,
    NotificationsRepository,
    MessagesPersonalDataRepository,
    MessagesErasureRepository,
    WorkerThreadsRepository,
    WorkerThreadsService,
    WorkerScopeService,
    GroupMessagesService,
  ],
  exports: [DeadlineService, InboxService, WorkerThreadsService, GroupMessagesService],
})
export class MessagesModule {}
