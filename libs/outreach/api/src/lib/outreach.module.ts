import { Module } from '@nestjs/common';
import { QuestionnairesController } from './questionnaires/questionnaires.controller';
import { QuestionnairesRepository } from './questionnaires/questionnaires.repository';
import { QuestionnairesService } from './questionnaires/questionnaires.service';

/**
 * The conversation tool (issue 15): questionnaires as data with frozen published versions, call
 * lists of families, the worker's calls with the questionnaire, and call-back and follow-up tasks.
 */
@Module({
  controllers: [QuestionnairesController],
  providers: [QuestionnairesRepository, QuestionnairesService],
})
export class OutreachModule {}
