import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { ContactDefaults, ReportLineDefaults } from '@nabij/time/contracts';
import { ContactDefaultsService } from './contact-defaults.service';
import { ContactDefaultsDto } from './dto/contact-defaults.dto';
import { ReportLineDefaultsDto } from './dto/conversation-limit.dto';

/** The organisation's default minutes of prefilled contacts: an admin edits, workers and team leads read. */
@ApiTags('time registration')
@Controller('time/defaults')
export class ContactDefaultsController {
  constructor(private readonly defaults: ContactDefaultsService) {}

  @Roles('worker', 'team_lead', 'admin')
  @Get()
  get(@CurrentUser() user: AuthUser): Promise<ContactDefaults> {
    return this.defaults.get(user);
  }

  @Roles('admin')
  @Put()
  update(@CurrentUser() user: AuthUser, @Body() body: ContactDefaultsDto): Promise<ContactDefaults> {
    return this.defaults.update(user, body);
  }

  /** The minutes of the prefilled report line ("1 uur gesprek + 1 uur verslag") per contact type; null: none. */
  @Roles('worker', 'team_lead', 'admin')
  @Get('report-lines')
  reportLines(@CurrentUser() user: AuthUser): Promise<ReportLineDefaults> {
    return this.defaults.reportLines(user);
  }

  @Roles('admin')
  @Put('report-lines')
  setReportLines(@CurrentUser() user: AuthUser, @Body() body: ReportLineDefaultsDto): Promise<ReportLineDefaults> {
    return this.defaults.setReportLines(user, body);
  }
}
