import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppointmentBookingModule, CaseLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { AppConfig, NamespaceRedisAdapter } from '@nabij/platform/api';
import { ChatAnonymousController } from './chat-anonymous.controller';
import { ChatAppointmentsController } from './chat-appointments.controller';
import { ChatAppointmentsService } from './appointments/chat-appointments.service';
import { ChatHoursAdminController } from './chat-hours-admin.controller';
import { ChatHoursController } from './chat-hours.controller';
import { ChatRotaController } from './chat-rota.controller';
import { ChatSessionsController } from './chat-sessions.controller';
import { ChatErasureRepository } from './chat-erasure.repository';
import { ChatFigures } from './chat-figures';
import { ChatFiguresRepository } from './chat-figures.repository';
import { ChatPersonalDataRepository } from './chat-personal-data.repository';
import { ChatDutyEntity, ChatHoursExceptionEntity, ChatHoursSlotEntity } from './entities/chat-hours.entities';
import { ChatEvaluationEntity, ChatMessageEntity, ChatSessionEntity } from './entities/chat-session.entities';
import { ChatRotaService } from './duty/chat-rota.service';
import { DutyRosterRepository } from './duty/duty-roster.repository';
import { DutyRosterService } from './duty/duty-roster.service';
import { ChatHoursAdminService } from './hours/chat-hours-admin.service';
import { ChatHoursRepository } from './hours/chat-hours.repository';
import { ChatHoursService } from './hours/chat-hours.service';
import { ChatMessagesRepository } from './sessions/chat-messages.repository';
import { ChatMessagesService } from './sessions/chat-messages.service';
import { ChatPresenceService } from './sessions/chat-presence.service';
import { ChatQueueService } from './sessions/chat-queue.service';
import { ChatSessionsRepository } from './sessions/chat-sessions.repository';
import { ChatSessionsService } from './sessions/chat-sessions.service';
import { ChatWorkService } from './sessions/chat-work.service';
import { ChatEvents } from './socket/chat-events';
import { ChatSocketAuthService } from './socket/chat-socket-auth.service';
import { ChatSocketLoginsService } from './socket/chat-socket-logins.service';
import { ChatSocketOptions, defaultChatSocketOptions } from './socket/chat-socket-options';
import { ChatSocketService } from './socket/chat-socket.service';
import { ChatGateway } from './socket/chat.gateway';
import { ChatVideoService } from './video/chat-video.service';

/** Chat consultation hours, queue, live chat over socket.io (/chat), transcripts and evaluations. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ChatHoursSlotEntity,
      ChatHoursExceptionEntity,
      ChatDutyEntity,
      ChatSessionEntity,
      ChatMessageEntity,
      ChatEvaluationEntity,
    ]),
    // Chat appointments are booked into the dossier through the service it exports, and a chat finds
    // its case through dossier's CaseLookupService (dossier owns care_case).
    AppointmentBookingModule,
    CaseLookupModule,
    AccountDirectoryModule,
    // An anonymous chat starts from intake's served postcode check; the queue names financiers (PostcodeCheckService).
    IntakeModule,
  ],
  controllers: [
    ChatHoursController,
    ChatHoursAdminController,
    ChatRotaController,
    ChatSessionsController,
    ChatAnonymousController,
    ChatAppointmentsController,
  ],
  providers: [
    { provide: ChatSocketOptions, inject: [AppConfig], useFactory: defaultChatSocketOptions },
    // Broadcasts, room joins and fetchSockets of /chat through Redis when REDIS_URL is set (channel `nabij-chat:<database>`).
    {
      provide: NamespaceRedisAdapter,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => NamespaceRedisAdapter.connect(config, 'chat'),
    },
    ChatHoursRepository,
    ChatSessionsRepository,
    ChatMessagesRepository,
    ChatHoursService,
    ChatHoursAdminService,
    // The rota edits the roster table through its repository; DutyRosterModule exports only the read side.
    DutyRosterRepository,
    DutyRosterService,
    ChatRotaService,
    ChatQueueService,
    ChatMessagesService,
    ChatSessionsService,
    ChatWorkService,
    ChatPresenceService,
    ChatAppointmentsService,
    ChatVideoService,
    ChatEvents,
    ChatSocketAuthService,
    ChatSocketLoginsService,
    ChatSocketService,
    ChatGateway,
    ChatPersonalDataRepository,
    ChatErasureRepository,
    ChatFiguresRepository,
    ChatFigures,
  ],
  exports: [ChatHoursService],
})
export class ChatModule {}
