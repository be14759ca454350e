import { CaseLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringController } from './authoring.controller';
import { AuthoringService } from './authoring.service';
import { CatalogueController } from './catalogue.controller';
import { CatalogueService } from './catalogue.service';
import { EnrolmentsService } from './enrolments.service';
import { TrainingEntity, TrainingModuleEntity, TrainingStepEntity } from './entities/training-content.entities';
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

/** Online trainings: catalogue and editor, enrolment, modules with homework, trainer feedback. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TrainingEntity,
      TrainingModuleEntity,
      TrainingStepEntity,
      EnrolmentEntity,
      StepProgressEntity,
      SelfTestResultEntity,
      SubmissionEntity,
      HomeworkContactEntity,
    ]),
    // An enrolment's case is found through dossier's CaseLookupService (dossier owns care_case).
    CaseLookupModule,
    // Client names, addresses and who may train come from identity's AccountDirectoryService (identity owns account).
    AccountDirectoryModule,
  ],
  controllers: [CatalogueController, LearningController, TrainerController, AuthoringController],
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
    TrainingRemindersService,
    TrainingRemindersJob,
    TrainingsPersonalDataRepository,
    TrainingsErasureRepository,
    TrainerHandOverRepository,
    TrainerHandOverService,
  ],
  exports: [TrainingRemindersService, TrainerHandOverService],
})
export class TrainingsModule {}
