import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CaseLookupModule } from '@nabij/dossier/api';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { ContactOccurredHandler } from './contact-occurred.handler';
import { ContactDefaultsController } from './contact-defaults.controller';
import { ContactDefaultsService } from './contact-defaults.service';
import { ConversationLimitController } from './conversation-limit.controller';
import { ConversationLimitRepository } from './conversation-limit.repository';
import { ConversationLimitService } from './conversation-limit.service';
import { TimeEntriesController } from './time-entries.controller';
import { TimeEntriesRepository } from './time-entries.repository';
import { TimeEntriesService } from './time-entries.service';
import { TimeEntryChangeEntity, TimeEntryEntity } from './time-entry.entities';
import { TimePrefillService } from './time-prefill.service';
import { TimeWeekService } from './time-week.service';
import { TimeErasureRepository } from './time-erasure.repository';

/** Time registration per contact; other modules announce contacts with the ContactOccurred event. */
@Module({
  // A contact's case and a worker's case are found through dossier's CaseLookupService (dossier owns care_case),
  // a team lead's team through identity's AccountDirectoryService (identity owns account).
  imports: [TypeOrmModule.forFeature([TimeEntryEntity, TimeEntryChangeEntity]), CaseLookupModule, AccountDirectoryModule],
  controllers: [TimeEntriesController, ContactDefaultsController, ConversationLimitController],
  providers: [
    TimeEntriesRepository,
    TimeEntriesService,
    TimeWeekService,
    TimePrefillService,
    ContactDefaultsService,
    ContactOccurredHandler,
    TimeErasureRepository,
    ConversationLimitRepository,
    ConversationLimitService,
  ],
  exports: [TimePrefillService],
})
export class TimeModule {}
