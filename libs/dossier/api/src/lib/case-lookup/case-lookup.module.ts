import { Module } from '@nestjs/common';
import { CaseLookupRepository } from './case-lookup.repository';
import { CaseLookupService } from './case-lookup.service';

/** Case lookups for other domains (chat, messages, time, …), without the dossier's routes. */
@Module({
  providers: [CaseLookupRepository, CaseLookupService],
  exports: [CaseLookupService],
})
export class CaseLookupModule {}
