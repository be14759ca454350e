import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseScores } from '@nabij/outreach/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ScoresService } from './scores.service';

/** A client's 1–10 answers from calls, on their case: the case's worker and the client only. */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach/cases')
export class ScoresController {
  constructor(private readonly scores: ScoresService) {}

  @Roles('worker', 'client')
  @Get(':caseId/scores')
  ofCase(@CurrentUser() user: AuthUser, @Param('caseId', ParseUUIDPipe) caseId: string, @ReqMeta() meta: RequestMeta): Promise<CaseScores> {
    return this.scores.ofCase(user, caseId, meta);
  }
}
