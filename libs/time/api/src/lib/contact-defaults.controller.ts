import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { ContactDefaults } from '@nabij/time/contracts';
import { ContactDefaultsService } from './contact-defaults.service';
import { ContactDefaultsDto } from './dto/contact-defaults.dto';

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
}
