import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { WeeklySummary } from '@nabij/outreach/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { SummaryQueryDto } from '../dto/call-list.dto';
import { SummaryService } from './summary.service';

/** The team lead's weekly overview of the calls: figures only, groups under five families suppressed. */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach/summary')
export class SummaryController {
  constructor(private readonly summary: SummaryService) {}

  @Roles('team_lead')
  @Get()
  week(@CurrentUser() user: AuthUser, @Query() query: SummaryQueryDto): Promise<WeeklySummary> {
    return this.summary.week(user, query.week);
  }
}
