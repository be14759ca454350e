import { Module } from '@nestjs/common';
import { CaseLookupModule, DossierModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { IntakeModule } from '@nabij/intake/api';
import { MobileNumbersModule } from '@nabij/reminders/api';
import { ReferralProposalModule } from '@nabij/socialmap/api';
import { CallsController } from './calls/calls.controller';
import { CallsRepository } from './calls/calls.repository';
import { CallsService } from './calls/calls.service';
import { CallListsController } from './lists/call-lists.controller';
import { CallListsRepository } from './lists/call-lists.repository';
import { CallListsService } from './lists/call-lists.service';
import { ListFamiliesService } from './lists/list-families.service';
import { OutreachPersonalDataRepository } from './outreach-personal-data.repository';
import { QuestionnairesController } from './questionnaires/questionnaires.controller';
import { QuestionnairesRepository } from './questionnaires/questionnaires.repository';
import { QuestionnairesService } from './questionnaires/questionnaires.service';
import { ScoresController } from './scores/scores.controller';
import { ScoresRepository } from './scores/scores.repository';
import { ScoresService } from './scores/scores.service';
import { SummaryController } from './summary/summary.controller';
import { SummaryDigestJob } from './summary/summary-digest.job';
import { SummaryDigestService } from './summary/summary-digest.service';
import { SummaryRepository } from './summary/summary.repository';
import { SummaryService } from './summary/summary.service';

/**
 * The conversation tool (issue 15): questionnaires as data with frozen published versions, call
 * lists of families, the worker's calls with the questionnaire, call-back and follow-up tasks, and
 * the team lead's anonymised weekly summary.
 */
@Module({
  // Workers to assign families to come from identity, which owns account; the clients served now
  // (for a list of a team or financier) from dossier's open cases; who may see a client's scores on a
  // case is dossier's CaseAccessService; the number to call a client on is the mobile number they
  // gave in reminders (MobileNumbersService); "Verwijs door" records the referral through socialmap's
  // ReferralService. "Maak een dossier" for a family without an account admits the client through
  // intake's AdmissionService and opens the case through dossier's CaseOpeningService.
  imports: [AccountDirectoryModule, CaseLookupModule, DossierModule, IntakeModule, MobileNumbersModule, ReferralProposalModule],
  controllers: [QuestionnairesController, CallListsController, CallsController, SummaryController, ScoresController],
  providers: [
    QuestionnairesRepository,
    QuestionnairesService,
    CallListsRepository,
    CallListsService,
    ListFamiliesService,
    CallsRepository,
    CallsService,
    SummaryRepository,
    SummaryService,
    SummaryDigestService,
    SummaryDigestJob,
    ScoresRepository,
    ScoresService,
    OutreachPersonalDataRepository,
  ],
})
export class OutreachModule {}
