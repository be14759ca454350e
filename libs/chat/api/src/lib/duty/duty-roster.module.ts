import { Module } from '@nestjs/common';
import { DutyRosterService } from './duty-roster.service';

/** The duty roster alone, for domains that need to know who is on duty (messages), without chat itself. */
@Module({
  providers: [DutyRosterService],
  exports: [DutyRosterService],
})
export class DutyRosterModule {}
