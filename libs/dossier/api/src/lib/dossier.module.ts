import { AppConfig } from '@nabij/platform/api';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TimeModule } from '@nabij/time/api';
import { CaseAccessService } from './case-access.service';
import { CasesController } from './cases.controller';
import { ClientSearchController } from './client-search.controller';
import { ClientSearchService } from './client-search.service';
import { ColleaguesController } from './colleagues.controller';
import { CasesService } from './cases.service';
import { ClientDossierController } from './client-dossier.controller';
import { ClientDossierService } from './client-dossier.service';
import { AcceptAllScanner, DocumentScanner, DocumentStore, DOSSIER_DOCUMENTS_DIR } from './document-store';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { DossierItemsController } from './dossier-items.controller';
import { DossierItemsService } from './dossier-items.service';
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
    TimeModule,
  ],
  controllers: [CasesController, ClientSearchController, ColleaguesController, DossierItemsController, ClientDossierController, DocumentsController],
  providers: [
    CaseAccessService,
    ClientSearchService,
    CasesService,
    DossierItemsService,
    ClientDossierService,
    DocumentsService,
    DocumentStore,
    // Outside the portal's static directory, never served directly (AppConfig.documentsDir).
    { provide: DOSSIER_DOCUMENTS_DIR, inject: [AppConfig], useFactory: (config: AppConfig) => config.documentsDir },
    { provide: DocumentScanner, useClass: AcceptAllScanner },
  ],
  // DocumentStore and DocumentScanner: message attachments are stored and checked the same way.
  exports: [CaseAccessService, DocumentStore, DocumentScanner],
})
export class DossierModule {
  /** The same module with documents stored in `documentsDir` (e.g. a mounted volume). */
  static withDocumentsDir(documentsDir: string): DynamicModule {
    return { module: DossierModule, providers: [{ provide: DOSSIER_DOCUMENTS_DIR, useValue: documentsDir }] };
  }
}
