import { Module } from '@nestjs/common';
import { AccountDirectoryRepository } from './account-directory.repository';
import { AccountDirectoryService } from './account-directory.service';

/** Account look-ups for other domains (names, roles, organisation, addresses), without identity's routes. */
@Module({
  providers: [AccountDirectoryRepository, AccountDirectoryService],
  exports: [AccountDirectoryService],
})
export class AccountDirectoryModule {}
