import { Module } from '@nestjs/common';
import { AppointmentLookupModule, CallTextModule, CaseLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { TrainingsModule } from '@nabij/trainings/api';
import { AppConfig, NamespaceRedisAdapter } from '@nabij/platform/api';
import { VideoCallsRepository } from './calls/video-calls.repository';
import { VideoCallsService } from './calls/video-calls.service';
import { VideoErasureRepository } from './calls/video-erasure.repository';
import { VideoPersonalDataRepository } from './calls/video-personal-data.repository';
import { IceServersService } from './ice/ice-servers.service';
import { VideoRoomsService } from './rooms/video-rooms.service';
import { GroupVideoRoomsService } from './rooms/group-video-rooms.service';
import { VideoSocketAuthService } from './socket/video-socket-auth.service';
import { VideoSocketLoginsService } from './socket/video-socket-logins.service';
import { VideoSocketService } from './socket/video-socket.service';
import { VideoGateway } from './socket/video.gateway';
import { VideoGuestsRepository } from './guests/video-guests.repository';
import { VideoGuestsService } from './guests/video-guests.service';
import { VideoGuestController } from './video-guest.controller';
import { VideoNoticesJob } from './notices/video-notices.job';
import { VideoNoticesRepository } from './notices/video-notices.repository';
import { VideoNoticesService } from './notices/video-notices.service';
import { VideoController } from './video.controller';
import { VideoTextService } from './text/video-text.service';

/**
 * Video calls of video appointments (the client, the worker and a guest by one-time link): rooms and who may join (REST), signalling and the waiting
 * room over socket.io (/video), ICE servers with time-limited TURN credentials. Media goes browser
 * to browser (or through TURN); nothing of it passes or is stored here, and nothing is recorded.
 */
@Module({
  // The appointment and its case are the dossier's; it lends them through AppointmentLookupService.
  // The text of a call goes into the dossier only through CallTextService, when the worker chooses.
  // A training group's session held in Nabij: who is in it, and by which name, comes from trainings'
  // GroupVideoSeatsService (trainings owns training_cohort and training_group_session).
  imports: [AppointmentLookupModule, CaseLookupModule, CallTextModule, AccountDirectoryModule, TrainingsModule],
  controllers: [VideoController, VideoGuestController],
  providers: [
    // With REDIS_URL, /video's rooms and fetchSockets span every API instance (like /chat).
    {
      provide: NamespaceRedisAdapter,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => NamespaceRedisAdapter.connect(config, 'video'),
    },
    VideoCallsRepository,
    VideoCallsService,
    VideoRoomsService,
    GroupVideoRoomsService,
    IceServersService,
    VideoSocketAuthService,
    VideoSocketLoginsService,
    VideoSocketService,
    VideoGateway,
    VideoPersonalDataRepository,
    VideoErasureRepository,
    VideoGuestsRepository,
    VideoGuestsService,
    VideoNoticesRepository,
    VideoNoticesService,
    VideoNoticesJob,
    VideoTextService,
  ],
})
export class VideoModule {}
