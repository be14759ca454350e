import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@nabij/identity/api';
import { SocialMapLookupModule } from '@nabij/socialmap/api';
import { AdmissionService } from './admission.service';
import { FinancierEntity, OrganisationEntity, PostcodeCheckEntity, ServiceAreaEntity } from './entities/organisation.entities';
import { OrganisationDirectoryModule } from './directory/organisation-directory.module';
import { IntakeController } from './intake.controller';
import { IntakeErasureRepository } from './intake-erasure.repository';
import { IntakeRepository } from './intake.repository';
import { PostcodeCheckService } from './postcode-check.service';
import { RegistrationService } from './registration.service';
import { ServiceAreasController } from './service-areas.controller';
import { OrganisationRecordsRepository } from './organisation-records.repository';
import { OrganisationRecordsService } from './organisation-records.service';
import { ServiceAreasService } from './service-areas.service';

@Module({
  imports: [
    IdentityModule,
    OrganisationDirectoryModule,
    // A postcode outside the region is shown the social map of its own municipality.
    SocialMapLookupModule,
    TypeOrmModule.forFeature([OrganisationEntity, FinancierEntity, ServiceAreaEntity, PostcodeCheckEntity]),
  ],
  controllers: [IntakeController, ServiceAreasController],
  providers: [
    IntakeRepository,
    PostcodeCheckService,
    RegistrationService,
    AdmissionService,
    ServiceAreasService,
    IntakeErasureRepository,
    OrganisationRecordsRepository,
    OrganisationRecordsService,
  ],
  // The library's anonymous first question asks whether a served check is real (PostcodeCheckService.servedCheck).
  // Organisation's setup command creates an organisation's records through OrganisationRecordsService.
  // Outreach's "Maak een dossier" makes a client of a family on a call list through AdmissionService.admitWithoutEmailIn.
  exports: [PostcodeCheckService, OrganisationRecordsService, OrganisationDirectoryModule, AdmissionService],
})
export class IntakeModule {}
