import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TeamClosedCase } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { CasesService } from './cases.service';

/**
 * A team lead's way to reopen a case: the team's cases closed within the reopen period (names,
 * dates and the reason category, no contents). Reopening itself is POST /api/dossier/cases/:id/reopen.
 */
@ApiTags('dossier')
@ApiBearerAuth()
@Roles('team_lead')
@Controller('dossier/team/closed-cases')
export class TeamClosedCasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<TeamClosedCase[]> {
    return this.cases.closedCasesOfTeam(user, meta);
  }
}
