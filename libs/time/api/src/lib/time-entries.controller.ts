import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { TimeEntry, TimeEntryChange, WeekView } from '@nabij/time/contracts';
import { ConfirmTimeEntryDto, CreateTimeEntryDto, TimeRangeQueryDto, UpdateTimeEntryDto, WeekQueryDto } from './dto/time-entry.dto';
import { TimeEntriesService } from './time-entries.service';
import { TimeWeekService } from './time-week.service';

/** Workers (and team leads doing casework) register their own time. */
@ApiTags('time registration')
@Controller('time')
export class TimeEntriesController {
  constructor(
    private readonly entries: TimeEntriesService,
    private readonly weeks: TimeWeekService,
  ) {}

  @Roles('worker', 'team_lead')
  @Get('week')
  week(@CurrentUser() user: AuthUser, @Query() query: WeekQueryDto): Promise<WeekView> {
    return this.weeks.week(user, query.date);
  }

  @Roles('worker', 'team_lead')
  @Get('entries')
  list(@CurrentUser() user: AuthUser, @Query() query: TimeRangeQueryDto): Promise<TimeEntry[]> {
    return this.entries.list(user, query);
  }

  @Roles('worker', 'team_lead')
  @Post('entries')
  create(@CurrentUser() user: AuthUser, @Body() body: CreateTimeEntryDto): Promise<TimeEntry> {
    return this.entries.create(user, body);
  }

  @Roles('worker', 'team_lead')
  @Patch('entries/:id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateTimeEntryDto,
  ): Promise<TimeEntry> {
    return this.entries.update(user, id, body);
  }

  @Roles('worker', 'team_lead')
  @Post('entries/:id/confirm')
  @HttpCode(200)
  confirm(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ConfirmTimeEntryDto,
  ): Promise<TimeEntry> {
    return this.entries.confirm(user, id, body);
  }

  @Roles('worker', 'team_lead')
  @Delete('entries/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.entries.remove(user, id);
  }

  @Roles('worker', 'team_lead')
  @Get('entries/:id/changes')
  history(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<TimeEntryChange[]> {
    return this.entries.history(user, id);
  }

  @Roles('team_lead')
  @Post('entries/:id/unlock')
  @HttpCode(200)
  unlock(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<TimeEntry> {
    return this.entries.unlock(user, id);
  }
}
