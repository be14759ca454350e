import { Module } from '@nestjs/common';
import { CaseloadReportController } from './caseload-report.controller';
import { CaseloadReportRepository } from './caseload-report.repository';
import { CaseloadReportService } from './caseload-report.service';
import { WorkerReportService } from './worker-report.service';
import { ReferralReportController } from './referral-report.controller';
import { ReferralReportRepository } from './referral-report.repository';
import { ReferralReportService } from './referral-report.service';

/** Reports for team leads and admins: aggregates only, never dossier contents. */
@Module({
  controllers: [CaseloadReportController, ReferralReportController],
  providers: [CaseloadReportService, CaseloadReportRepository, WorkerReportService, ReferralReportRepository, ReferralReportService],
  exports: [CaseloadReportService],
})
export class ReportsModule {}
