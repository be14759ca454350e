import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, RequireSecondFactor, Roles } from '@nabij/platform/api';
import type { RetentionSetting } from '@nabij/privacy/contracts';
import { RetentionSettingDto } from '../dto/deletion-request.dto';
import { RetentionService } from './retention.service';

@ApiTags('privacy')
@Controller('privacy/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** How many years after a case closes its content is kept (default 7). */
  @Roles('admin')
  @Get()
  get(@CurrentUser() user: AuthUser): Promise<RetentionSetting> {
    return this.retention.get(user);
  }

  /** Change the term (1–20 years; a login with a second factor: a shorter term erases more); the change is in the audit log. */
  @Roles('admin')
  @RequireSecondFactor()
  @Put()
  set(@CurrentUser() user: AuthUser, @Body() dto: RetentionSettingDto, @ReqMeta() meta: RequestMeta): Promise<RetentionSetting> {
    return this.retention.set(user, dto, meta);
  }
}
