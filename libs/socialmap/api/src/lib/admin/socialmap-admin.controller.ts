import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AdminSocialService, ImportSocialServicesResult } from '@nabij/socialmap/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ImportSocialServicesDto, SaveSocialServiceDto } from '../dto/save-social-service.dto';
import { SocialMapAdminService } from './socialmap-admin.service';

/**
 * Keeping an organisation's part of the social map: its admins only. Workers, team leads and clients
 * get 403; another organisation's service is 404.
 */
@ApiTags('social-map')
@Controller('social-map/admin')
@Roles('admin')
export class SocialMapAdminController {
  constructor(private readonly admin: SocialMapAdminService) {}

  @Get('services')
  list(@CurrentUser() user: AuthUser): Promise<AdminSocialService[]> {
    return this.admin.list(user);
  }

  @Post('services')
  create(@CurrentUser() user: AuthUser, @Body() body: SaveSocialServiceDto, @ReqMeta() meta: RequestMeta): Promise<AdminSocialService> {
    return this.admin.create(user, body, meta);
  }

  @Put('services/:id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SaveSocialServiceDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<AdminSocialService> {
    return this.admin.update(user, id, body, meta);
  }

  @Delete('services/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.admin.remove(user, id, meta);
  }

  @Post('import')
  @HttpCode(200)
  import(
    @CurrentUser() user: AuthUser,
    @Body() body: ImportSocialServicesDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<ImportSocialServicesResult> {
    return this.admin.import(user, body.csv, meta);
  }
}
