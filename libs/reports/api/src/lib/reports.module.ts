import { Module } from '@nestjs/common';
import { CaseloadReportController } from './caseload-report.controller';
import { CaseloadReportRepository } from './caseload-report.repository';
import { CaseloadReportService } from './caseload-report.service';

/** Reports for team leads and admins: aggregates only, never dossier contents. */
@Module({
  controllers: [CaseloadReportController],
  providers: [CaseloadReportService, CaseloadReportRepository],
  exports: [CaseloadReportService],
})
export class ReportsModule {}
