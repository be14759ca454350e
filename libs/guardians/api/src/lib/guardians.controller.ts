import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type {
  AcceptGuardianInviteResult,
  GuardianChild,
  GuardianChildView,
  GuardianInvitePreview,
  GuardianLink,
  GuardianMessage,
  GuardiansOfCase,
  GuardianUnreadCount,
  MyGuardian,
} from '@nabij/guardians/contracts';
import { AuthUser, CurrentUser, Public, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import {
  AcceptGuardianInviteDto,
  GuardianInviteTokenQueryDto,
  InviteGuardianDto,
  SendGuardianMessageDto,
  UpdateGuardianSharesDto,
} from './dto/guardian.dto';
import { GuardianConsentService } from './guardian-consent.service';
import { GuardianInvitesService } from './guardian-invites.service';
import { GuardianViewService } from './guardian-view.service';

/** The case's worker: parents of the pupil, what they see, and the parent thread. Team leads never. */
@ApiTags('guardians')
@Roles('worker')
@Controller('guardians')
export class GuardianCasesController {
  constructor(
    private readonly invites: GuardianInvitesService,
    private readonly view: GuardianViewService,
  ) {}

  @Get('cases/:caseId')
  ofCase(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GuardiansOfCase> {
    return this.invites.ofCase(user, caseId, meta);
  }

  /** 409 `guardian_email_in_use` when the case has this parent already or the address is another kind of account. */
  @Post('cases/:caseId')
  invite(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: InviteGuardianDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GuardianLink> {
    return this.invites.invite(user, caseId, dto, meta);
  }

  @Patch('links/:id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateGuardianSharesDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GuardianLink> {
    return this.invites.updateShares(user, id, dto, meta);
  }

  @Post('links/:id/resend')
  @HttpCode(200)
  resend(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<GuardianLink> {
    return this.invites.resend(user, id, meta);
  }

  @Delete('links/:id')
  @HttpCode(204)
  end(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.invites.end(user, id, meta);
  }

  /** The badge: messages from parents on the worker's open cases that the worker has not read yet. */
  @Get('unread-count')
  async unread(@CurrentUser() user: AuthUser): Promise<GuardianUnreadCount> {
    return { unread: await this.view.unreadForWorker(user) };
  }

  @Get('links/:id/messages')
  thread(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<GuardianMessage[]> {
    return this.view.workerThread(user, id, meta);
  }

  @Post('links/:id/messages')
  send(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SendGuardianMessageDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GuardianMessage> {
    return this.view.workerSends(user, id, dto.body, meta);
  }
}

/** The parent's own view: their children and, per child, what is shared with them. */
@ApiTags('guardians')
@Roles('guardian')
@Controller('guardians/children')
export class GuardianChildrenController {
  constructor(private readonly view: GuardianViewService) {}

  @Get()
  children(@CurrentUser() user: AuthUser): Promise<GuardianChild[]> {
    return this.view.children(user);
  }

  /** 404 for another parent's link, and for a pupil of 16 or older who has not consented. */
  @Get(':linkId')
  child(
    @CurrentUser() user: AuthUser,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GuardianChildView> {
    return this.view.child(user, linkId, meta);
  }

  @Get(':linkId/documents/:documentId/content')
  document(
    @CurrentUser() user: AuthUser,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<StreamableFile> {
    return this.view.document(user, linkId, documentId, meta);
  }

  @Post(':linkId/messages')
  send(
    @CurrentUser() user: AuthUser,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @Body() dto: SendGuardianMessageDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<GuardianMessage> {
    return this.view.guardianSends(user, linkId, dto.body, meta);
  }
}

/** The pupil: the parents on my case, and my consent from 16. */
@ApiTags('guardians')
@Roles('client')
@Controller('guardians/mine')
export class MyGuardiansController {
  constructor(private readonly consent: GuardianConsentService) {}

  @Get()
  mine(@CurrentUser() user: AuthUser): Promise<MyGuardian[]> {
    return this.consent.mine(user);
  }

  @Put(':linkId/consent')
  give(@CurrentUser() user: AuthUser, @Param('linkId', ParseUUIDPipe) linkId: string, @ReqMeta() meta: RequestMeta): Promise<MyGuardian> {
    return this.consent.consent(user, linkId, meta);
  }

  /** Takes effect at once: the parent's next request gets 404. */
  @Delete(':linkId/consent')
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('linkId', ParseUUIDPipe) linkId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<MyGuardian> {
    return this.consent.withdraw(user, linkId, meta);
  }
}

/** The invite link's page (`/ouder-uitnodiging`): public, throttled like the staff invite. */
@ApiTags('auth')
@Controller('auth/guardian-invite')
export class GuardianInviteAcceptController {
  constructor(private readonly invites: GuardianInvitesService) {}

  /** 400 `guardian_invite_invalid` for a used, ended, expired or unknown link alike. */
  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 30 } })
  @Get()
  preview(@Query() query: GuardianInviteTokenQueryDto): Promise<GuardianInvitePreview> {
    return this.invites.preview(query.token);
  }

  @Public()
  @Throttle({ default: { ttl: 60_000, limit: 10 } })
  @Post('accept')
  @HttpCode(200)
  accept(@Body() dto: AcceptGuardianInviteDto, @ReqMeta() meta: RequestMeta): Promise<AcceptGuardianInviteResult> {
    return this.invites.accept(dto, meta);
  }
}
