import { Module } from '@nestjs/common';
import { CaseloadReportController } from './caseload-report.controller';
import { CaseloadReportRepository } from './caseload-report.repository';
import { CaseloadReportService } from './caseload-report.service';
import { WorkerReportService } from './worker-report.service';
import { ReferralReportController } from './referral-report.controller';
import { ReferralReportRepository } from './referral-report.repository';
import { ReferralReportService } from './referral-report.service';
import { EvaluationReportRepository } from './evaluation-report.repository';
import { EvaluationReportService } from './evaluation-report.service';
import { IntakeReportRepository } from './intake-report.repository';
import { IntakeReportService } from './intake-report.service';
import { ExtensionReportController } from './extension-report.controller';
import { ExtensionReportRepository } from './extension-report.repository';
import { ExtensionReportService } from './extension-report.service';

import { InsightReportController } from './insight-report.controller';
import { OnlineTargetRepository } from './online-target.repository';
import { OnlineTargetService } from './online-target.service';
import { TopicTrendRepository } from './topic-trend.repository';
import { TopicTrendService } from './topic-trend.service';
import { TrainingDropoutRepository } from './training-dropout.repository';
import { TrainingDropoutService } from './training-dropout.service';

/** Reports for team leads and admins: aggregates only, never dossier contents. */
@Module({
  controllers: [CaseloadReportController, ReferralReportController, ExtensionReportController, InsightReportController],
  providers: [
    CaseloadReportService,
    CaseloadReportRepository,
    WorkerReportService,
    ReferralReportRepository,
    ReferralReportService,
    EvaluationReportService,
    EvaluationReportRepository,
    IntakeReportService,
    IntakeReportRepository,
    ExtensionReportService,
    ExtensionReportRepository,
    OnlineTargetService,
    OnlineTargetRepository,
    TrainingDropoutService,
    TrainingDropoutRepository,
    TopicTrendService,
    TopicTrendRepository,
  ],
  exports: [CaseloadReportService],
})
export class ReportsModule {}
