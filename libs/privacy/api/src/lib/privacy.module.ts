import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataRepository } from './personal-data.repository';
import { PersonalDataService } from './personal-data.service';

/** Privacy rights (AVG) and the access-log review (NEN 7513). */
@Module({
  controllers: [AuditLogController, PersonalDataController],
  providers: [AuditLogService, AuditLogRepository, PersonalDataService, PersonalDataRepository],
})
export class PrivacyModule {}
