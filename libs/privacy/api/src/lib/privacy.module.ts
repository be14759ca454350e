import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseLookupModule, DossierModule } from '@nabij/dossier/api';
import { AccountDirectoryModule, IdentityModule } from '@nabij/identity/api';
import { AuditLogController } from './audit-log.controller';
import { AuditLogService } from './audit-log.service';
import { DeletionRequestEntity } from './deletion/deletion-request.entity';
import { DeletionRequestsController } from './deletion/deletion-requests.controller';
import { DeletionRequestsRepository } from './deletion/deletion-requests.repository';
import { DeletionRequestsService } from './deletion/deletion-requests.service';
import { ErasureService } from './deletion/erasure.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataService } from './personal-data.service';
import { RetentionSettingEntity } from './retention/retention-setting.entity';
import { RetentionController } from './retention/retention.controller';
import { RetentionJob } from './retention/retention.job';
import { RetentionRepository } from './retention/retention.repository';
import { RetentionService } from './retention/retention.service';

/**
 * Privacy rights (AVG): download my data, deletion requests, retention after a case closes, and the
 * access-log review (NEN 7513). Other domains' data is read and erased through the platform
 * registries; dossier answers which cases passed their term and whose worker is whose, identity
 * gives the client's name and address.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([DeletionRequestEntity, RetentionSettingEntity]),
    DossierModule,
    CaseLookupModule,
    IdentityModule,
    AccountDirectoryModule,
  ],
  controllers: [AuditLogController, PersonalDataController, DeletionRequestsController, RetentionController],
  providers: [
    AuditLogService,
    PersonalDataService,
    DeletionRequestsRepository,
    DeletionRequestsService,
    ErasureService,
    RetentionRepository,
    RetentionService,
    RetentionJob,
  ],
  exports: [RetentionService],
})
export class PrivacyModule {}
