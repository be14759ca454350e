import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HandOverWorkResult, StaffMember, StaffOpenWork } from '@nabij/organisation/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, RequireSecondFactor, Roles } from '@nabij/platform/api';
import { HandOverWorkDto, UpdateStaffDto } from './dto/staff.dto';
import { StaffTwoFactorService } from './staff-two-factor.service';
import { StaffService } from './staff.service';

@ApiTags('organisation')
@Controller('organisation/staff')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly twoFactor: StaffTwoFactorService,
  ) {}

  /** Active staff first, then deactivated accounts; never clients. */
  @Roles('admin')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<StaffMember[]> {
    return this.staff.list(user);
  }

  /** Role and/or team; a role change ends the person's logins (the token carries the role). */
  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateStaffDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<StaffMember> {
    return this.staff.update(user, id, dto, meta);
  }

  /** The open cases that must be handed over before deactivation. */
  @Roles('admin')
  @Get(':id/open-work')
  openWork(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<StaffOpenWork> {
    return this.staff.openWork(user, id);
  }

  /** Moves every open case of this person to one active worker of the organisation. */
  @Roles('admin')
  @Post(':id/hand-over')
  @HttpCode(200)
  handOver(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: HandOverWorkDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<HandOverWorkResult> {
    return this.staff.handOver(user, id, dto, meta);
  }

  /** 409 `staff_has_work` with `details.cases` while the person has open cases. */
  @Roles('admin')
  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<StaffMember> {
    return this.staff.deactivate(user, id, meta);
  }

  /** Lost phone: removes the colleague's authenticator and recovery codes and ends their logins; they set it up again at the next login. */
  @Roles('admin')
  @RequireSecondFactor()
  @Post(':id/two-factor/reset')
  @HttpCode(204)
  resetTwoFactor(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.twoFactor.reset(user, id, meta);
  }

  @Roles('admin')
  @Post(':id/reactivate')
  @HttpCode(200)
  reactivate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<StaffMember> {
    return this.staff.reactivate(user, id, meta);
  }
}
