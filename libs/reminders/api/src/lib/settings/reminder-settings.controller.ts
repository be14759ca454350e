import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { NoShowReport, ReminderContact, ReminderSetting } from '@nabij/reminders/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { NoShowReportQuery, ReminderContactDto, ReminderSettingDto } from '../dto/reminders.dto';
import { ReminderSettingsService } from './reminder-settings.service';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders')
export class ReminderSettingsController {
  constructor(private readonly settings: ReminderSettingsService) {}

  @Roles('admin', 'team_lead')
  @Get('setting')
  setting(@CurrentUser() user: AuthUser): Promise<ReminderSetting> {
    return this.settings.setting(user);
  }

  @Roles('admin')
  @Put('setting')
  setSetting(@CurrentUser() user: AuthUser, @Body() body: ReminderSettingDto, @ReqMeta() meta: RequestMeta): Promise<ReminderSetting> {
    return this.settings.setSetting(user, body, meta);
  }

  @Roles('client')
  @Get('contact')
  contact(@CurrentUser() user: AuthUser): Promise<ReminderContact> {
    return this.settings.contact(user);
  }

  @Roles('client')
  @Put('contact')
  setContact(@CurrentUser() user: AuthUser, @Body() body: ReminderContactDto): Promise<ReminderContact> {
    return this.settings.setContact(user, body);
  }

  @Roles('team_lead', 'admin')
  @Get('no-show-report')
  noShowReport(@CurrentUser() user: AuthUser, @Query() query: NoShowReportQuery): Promise<NoShowReport> {
    return this.settings.noShowReport(user, query.months);
  }
}
