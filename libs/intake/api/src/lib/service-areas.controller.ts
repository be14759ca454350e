import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Financier, ServiceArea } from '@nabij/intake/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { ServiceAreaDto } from './dto/intake.dto';
import { ServiceAreasService } from './service-areas.service';

@ApiTags('service areas')
@Controller()
export class ServiceAreasController {
  constructor(private readonly areas: ServiceAreasService) {}

  @Roles('worker', 'team_lead', 'admin')
  @Get('financiers')
  financiers(@CurrentUser() user: AuthUser): Promise<Financier[]> {
    return this.areas.financiersOf(user);
  }

  @Roles('admin')
  @Get('admin/service-areas')
  list(@CurrentUser() user: AuthUser): Promise<ServiceArea[]> {
    return this.areas.list(user);
  }

  @Roles('admin')
  @Post('admin/service-areas')
  create(@CurrentUser() user: AuthUser, @Body() body: ServiceAreaDto): Promise<ServiceArea> {
    return this.areas.create(user, body);
  }

  @Roles('admin')
  @Put('admin/service-areas/:id')
  update(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ServiceAreaDto): Promise<ServiceArea> {
    return this.areas.update(user, id, body);
  }

  @Roles('admin')
  @Delete('admin/service-areas/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.areas.remove(user, id);
  }
}
