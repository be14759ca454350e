import { CaseLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule, IdentityModule } from '@nabij/identity/api';
import { MessagesModule } from '@nabij/messages/api';
import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig, incomingUploadsDir, UploadsModule, UTF8_FILE_NAMES } from '@nabij/platform/api';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringController } from './authoring.controller';
import { AuthoringService } from './authoring.service';
import { ModuleTranslationController } from './module-translation.controller';
import { ModuleTranslationRepository } from './module-translation.repository';
import { ModuleTranslationService } from './module-translation.service';
import { CatalogueController } from './catalogue.controller';
import { CohortMembershipService } from './cohorts/cohort-membership.service';
import { GroupVideoSeatsService } from './cohorts/group-video-seats.service';
import { CohortReportService } from './cohorts/cohort-report.service';
import { CohortRepository } from './cohorts/cohort.repository';
import { CohortsController } from './cohorts/cohorts.controller';
import { CohortsService } from './cohorts/cohorts.service';
import {
  CohortEntity,
  CohortMemberEntity,
  CohortTrainerEntity,
  GroupContactEntity,
  GroupSessionEntity,
  SessionAttendanceEntity,
} from './entities/cohort.entities';
import { CatalogueService } from './catalogue.service';
import { CourseStepsRepository } from './course-steps.repository';
import { CourseStepsService } from './course-steps.service';
import { EnrolmentsService } from './enrolments.service';
import { TrainingEntity, TrainingMediaEntity, TrainingModuleEntity, TrainingStepEntity } from './entities/training-content.entities';
import {
  EnrolmentEntity,
  HomeworkContactEntity,
  SelfTestResultEntity,
  StepProgressEntity,
  SubmissionEntity,
} from './entities/participation.entities';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';
import { ParticipantAccessService } from './participant-access.service';
import { ParticipationRepository } from './participation.repository';
import { ProgressService } from './progress.service';
import { TrainingRemindersJob } from './reminders/training-reminders.job';
import { TrainingRemindersService } from './reminders/training-reminders.service';
import { TrainerController } from './trainer.controller';
import { TrainerService } from './trainer.service';
import { TrainingContentRepository } from './training-content.repository';
import { TrainingsErasureRepository } from './trainings-erasure.repository';
import { TrainingsPersonalDataRepository } from './trainings-personal-data.repository';
import { TrainerHandOverRepository } from './trainer-hand-over.repository';
import { TrainerHandOverService } from './trainer-hand-over.service';
import { MediaSourcesService } from './media/media-sources.service';
import { MediaTokens } from './media/media-token';
import { TrainingMediaController, VideoTooLarge } from './media/training-media.controller';
import { TrainingMediaRepository } from './media/training-media.repository';
import { TrainingMediaService } from './media/training-media.service';

/** Online trainings: catalogue and editor, enrolment, modules with homework, trainer feedback. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TrainingEntity,
      TrainingModuleEntity,
      TrainingStepEntity,
      TrainingMediaEntity,
      EnrolmentEntity,
      StepProgressEntity,
      SelfTestResultEntity,
      SubmissionEntity,
      HomeworkContactEntity,
      CohortEntity,
      CohortTrainerEntity,
      CohortMemberEntity,
      GroupSessionEntity,
      SessionAttendanceEntity,
      GroupContactEntity,
    ]),
    // An enrolment's case is found through dossier's CaseLookupService (dossier owns care_case).
    CaseLookupModule,
    // Client names, addresses and who may train come from identity's AccountDirectoryService (identity owns account).
    AccountDirectoryModule,
    // An invitation finds the client by e-mail address through identity's AccountsService.
    IdentityModule,
    // A message to the group lands in each participant's own thread (messages' GroupMessagesService).
    MessagesModule,
    // Films and captions are stored like dossier documents (platform's document store and scan hook).
    UploadsModule,
    // Upload limits come from the settings, so they are known only when the app starts.
    MulterModule.registerAsync({
      inject: [AppConfig],
      // On disk, not in memory: a film may be hundreds of megabytes (the service removes the file after the request).
      useFactory: (config: AppConfig) => ({
        ...UTF8_FILE_NAMES,
        dest: incomingUploadsDir(config.documentsDir),
        limits: { fileSize: config.trainingVideoMaxBytes, files: 1, fields: 5 },
      }),
    }),
  ],
  controllers: [
    CatalogueController,
    LearningController,
    TrainerController,
    AuthoringController,
    ModuleTranslationController,
    TrainingMediaController,
    CohortsController,
  ],
  providers: [
    TrainingContentRepository,
    ParticipationRepository,
    ParticipantAccessService,
    ProgressService,
    CatalogueService,
    EnrolmentsService,
    LearningService,
    TrainerService,
    AuthoringService,
    ModuleTranslationRepository,
    ModuleTranslationService,
    TrainingRemindersService,
    TrainingRemindersJob,
    TrainingsPersonalDataRepository,
    TrainingsErasureRepository,
    TrainerHandOverRepository,
    TrainerHandOverService,
    TrainingMediaRepository,
    TrainingMediaService,
    MediaTokens,
    MediaSourcesService,
    VideoTooLarge,
    CohortRepository,
    CohortMembershipService,
    GroupVideoSeatsService,
    CohortsService,
    CohortReportService,
    CourseStepsRepository,
    CourseStepsService,
  ],
  exports: [TrainingRemindersService, TrainerHandOverService, CohortMembershipService, GroupVideoSeatsService, CourseStepsService],
})
export class TrainingsModule {}
