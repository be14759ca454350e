import { Module } from '@nestjs/common';
import { DutyRosterRepository } from './duty-roster.repository';
import { DutyRosterService } from './duty-roster.service';

/** The duty roster alone, for domains that need to know who is on duty (messages), without chat itself. */
@Module({
  providers: [DutyRosterRepository, DutyRosterService],
  exports: [DutyRosterService],
})
export class DutyRosterModule {}
