import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { AcceptInviteResult, InvitePreview, StaffInvite } from '@nabij/organisation/contracts';
import { AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { AcceptInviteDto, CreateInviteDto, InviteTokenQueryDto } from '../dto/invite.dto';
import { InvitesService } from './invites.service';

/** An admin invites new colleagues of their own organisation; a team lead may not. */
@ApiTags('organisation')
@Controller('organisation/invites')
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  /** 409 `email_in_use` when an account or an open invite has the address. */
  @Roles('admin')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInviteDto, @ReqMeta() meta: RequestMeta): Promise<StaffInvite> {
    return this.invites.create(user, dto, meta);
  }

  /** Open and expired invites; accepted and withdrawn ones are gone from the list. */
  @Roles('admin')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<StaffInvite[]> {
    return this.invites.list(user);
  }

  @Roles('admin')
  @Post(':id/resend')
  @HttpCode(200)
  resend(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<StaffInvite> {
    return this.invites.resend(user, id, meta);
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  revoke(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.invites.revoke(user, id, meta);
  }
}

/**
 * The invite link's page (`/uitnodiging`). Organisation owns invites, so the routes live here; the
 * account itself is made by identity's AccountsService.
 */
@ApiTags('auth')
@Controller('auth/invite')
export class InviteAcceptController {
  constructor(private readonly invites: InvitesService) {}

  /** 400 `invite_link_invalid` for a used, withdrawn, expired or unknown link alike. */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @Get()
  preview(@Query() query: InviteTokenQueryDto): Promise<InvitePreview> {
    return this.invites.preview(query.token);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('accept')
  @HttpCode(200)
  accept(@Body() dto: AcceptInviteDto, @ReqMeta() meta: RequestMeta): Promise<AcceptInviteResult> {
    return this.invites.accept(dto, meta);
  }
}
