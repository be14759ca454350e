import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CallListDetail, CallListSources, CallListSummary } from '@nabij/outreach/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AssignEntriesDto, CreateCallListDto } from '../dto/call-list.dto';
import { CallListsService } from './call-lists.service';

/** Call lists: a team lead or worker imports families and assigns them to workers. Counts and names only, never answers. */
@ApiTags('outreach')
@ApiBearerAuth()
@Controller('outreach/lists')
export class CallListsController {
  constructor(private readonly lists: CallListsService) {}

  @Roles('team_lead', 'worker')
  @Get()
  overview(@CurrentUser() user: AuthUser): Promise<CallListSummary[]> {
    return this.lists.overview(user);
  }

  @Roles('team_lead', 'worker')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCallListDto, @ReqMeta() meta: RequestMeta): Promise<CallListSummary> {
    return this.lists.create(user, body, meta);
  }

  /** Teams, financiers and schools to make a list of, with counts only. */
  @Roles('team_lead', 'worker')
  @Get('sources')
  sources(@CurrentUser() user: AuthUser): Promise<CallListSources> {
    return this.lists.sources(user);
  }

  @Roles('team_lead', 'worker')
  @Get(':listId')
  detail(
    @CurrentUser() user: AuthUser,
    @Param('listId', ParseUUIDPipe) listId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CallListDetail> {
    return this.lists.detail(user, listId, meta);
  }

  @Roles('team_lead', 'worker')
  @Post(':listId/assign')
  @HttpCode(200)
  assign(
    @CurrentUser() user: AuthUser,
    @Param('listId', ParseUUIDPipe) listId: string,
    @Body() body: AssignEntriesDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<CallListDetail> {
    return this.lists.assign(user, listId, body, meta);
  }
}
