import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TeamView } from '@nabij/organisation/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { CreateTeamDto, RenameTeamDto } from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('organisation')
@Controller('organisation/teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  /** Active teams first, then archived ones, each by name. */
  @Roles('admin')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<TeamView[]> {
    return this.teams.list(user);
  }

  @Roles('admin')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateTeamDto, @ReqMeta() meta: RequestMeta): Promise<TeamView> {
    return this.teams.create(user, dto, meta);
  }

  @Roles('admin')
  @Patch(':id')
  rename(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RenameTeamDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<TeamView> {
    return this.teams.rename(user, id, dto, meta);
  }

  /** 409 `team_has_open_cases` while the team has open cases. */
  @Roles('admin')
  @Post(':id/archive')
  @HttpCode(200)
  archive(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<TeamView> {
    return this.teams.archive(user, id, meta);
  }
}
