import { Module } from '@nestjs/common';
import { CallTextRepository } from './call-text.repository';
import { CallTextService } from './call-text.service';

/** What video needs to save a call's text into the dossier, without the dossier's routes. */
@Module({
  providers: [CallTextRepository, CallTextService],
  exports: [CallTextService],
})
export class CallTextModule {}
