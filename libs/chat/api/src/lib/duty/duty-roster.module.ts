import { Module } from '@nestjs/common';
import { AccountDirectoryModule } from '@nabij/identity/api';
import { DutyRosterRepository } from './duty-roster.repository';
import { DutyRosterService } from './duty-roster.service';

/** The duty roster alone, for domains that need to know who is on duty (messages), without chat itself. */
@Module({
  // A roster line's worker (name, team, role) comes from identity's AccountDirectoryService.
  imports: [AccountDirectoryModule],
  providers: [DutyRosterRepository, DutyRosterService],
  exports: [DutyRosterService],
})
export class DutyRosterModule {}
