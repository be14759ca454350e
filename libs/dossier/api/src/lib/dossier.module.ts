import { AccountDirectoryModule } from '@nabij/identity/api';
import { DocumentStore, UploadsModule } from '@nabij/platform/api';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseAccessService } from './case-access.service';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { ClientSearchController } from './client-search.controller';
import { ClientSearchService } from './client-search.service';
import { ColleaguesController } from './colleagues.controller';
import { CasesService } from './cases.service';
import { CaseOpeningService } from './case-opening.service';
import { ClientDossierController } from './client-dossier.controller';
import { ClientDossierService } from './client-dossier.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DossierItemsController } from './dossier-items.controller';
import { DossierItemsRepository } from './dossier-items.repository';
import { DossierItemsService } from './dossier-items.service';
import { DossierNamesService } from './dossier-names.service';
import { TeamCasesService } from './team-cases.service';
import { TeamClosedCasesController } from './team-closed-cases.controller';
import { CareCaseEntity, CaseHandoverEntity } from './entities/care-case.entity';
import {
  AppointmentEntity,
  ClientActionEntity,
  ConversationReportEntity,
  DossierDocumentEntity,
  GoalEntity,
  PrivateNoteEntity,
  ReportReactionEntity,
} from './entities/dossier.entities';
import { DossierPersonalDataRepository } from './dossier-personal-data.repository';
import { DossierErasureRepository } from './dossier-erasure.repository';
import { CaseRetentionRepository } from './case-retention.repository';
import { CaseRetentionService } from './case-retention.service';
import { DossierShareRepository } from './share/dossier-share.repository';
import { DossierShareService } from './share/dossier-share.service';
import { AppointmentChangesController } from './appointments/appointment-changes.controller';
import { AppointmentRequestsController } from './appointments/appointment-requests.controller';
import { AppointmentChangesRepository } from './appointments/appointment-changes.repository';
import { AppointmentChangesService } from './appointments/appointment-changes.service';

/** Cases and the online dossier client and worker share. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CareCaseEntity,
      CaseHandoverEntity,
      GoalEntity,
      ConversationReportEntity,
      ReportReactionEntity,
      AppointmentEntity,
      ClientActionEntity,
      PrivateNoteEntity,
      DossierDocumentEntity,
    ]),
    UploadsModule,
    // People's names (and whose organisation and team they are) come from identity's AccountDirectoryService.
    AccountDirectoryModule,
  ],
  controllers: [
    AppointmentRequestsController,
    CasesController,
    ClientSearchController,
    ColleaguesController,
    DossierItemsController,
    ClientDossierController,
    DocumentsController,
    TeamClosedCasesController,
    AppointmentChangesController,
  ],
  providers: [
    CaseOpeningService,
    CasesRepository,
    DossierItemsRepository,
    CaseAccessService,
    ClientSearchService,
    CasesService,
    DossierItemsService,
    ClientDossierService,
    DossierNamesService,
    DocumentsService,
    TeamCasesService,
    DossierPersonalDataRepository,
    DossierErasureRepository,
    CaseRetentionRepository,
    CaseRetentionService,
    DossierShareRepository,
    DossierShareService,
    AppointmentChangesRepository,
    AppointmentChangesService,
  ],
  exports: [CaseAccessService, TeamCasesService, CaseRetentionService, DossierShareService, CaseOpeningService],
})
export class DossierModule {
  /** The same module with documents stored in `documentsDir` (e.g. a mounted volume). */
  static withDocumentsDir(documentsDir: string): DynamicModule {
    // A provider of the module itself wins over the one UploadsModule exports to it.
    return { module: DossierModule, providers: [{ provide: DocumentStore, useValue: new DocumentStore(documentsDir) }] };
  }
}
