import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, RequireSecondFactor, Roles } from '@nabij/platform/api';
import type { DeletionRequestDetail, DeletionRequestListItem, DeletionRequestView } from '@nabij/privacy/contracts';
import { CreateDeletionRequestDto, DeclineDeletionRequestDto } from '../dto/deletion-request.dto';
import { DeletionRequestsService } from './deletion-requests.service';

@ApiTags('privacy')
@Controller('privacy/deletion-requests')
export class DeletionRequestsController {
  constructor(private readonly requests: DeletionRequestsService) {}

  /** A client asks to have their data deleted; one open request at a time (409 `deletion_request_open`). */
  @Roles('client')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDeletionRequestDto, @ReqMeta() meta: RequestMeta): Promise<DeletionRequestView> {
    return this.requests.create(user, dto, meta);
  }

  /** The client's own requests, newest first. */
  @Roles('client')
  @Get('mine')
  mine(@CurrentUser() user: AuthUser): Promise<DeletionRequestView[]> {
    return this.requests.mine(user);
  }

  /** The client withdraws their open request. */
  @Roles('client')
  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<DeletionRequestView> {
    return this.requests.withdraw(user, id, meta);
  }

  /** Open requests: a worker's own clients, an admin's whole organisation (no content). */
  @Roles('worker', 'admin')
  @Get()
  list(@CurrentUser() user: AuthUser, @ReqMeta() meta: RequestMeta): Promise<DeletionRequestListItem[]> {
    return this.requests.list(user, meta);
  }

  /** One request with the plan: per kind of data what is deleted, what is kept and why. */
  @Roles('worker', 'admin')
  @Get(':id')
  detail(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<DeletionRequestDetail> {
    return this.requests.detail(user, id, meta);
  }

  /** Executes the plan in one transaction and mails the client (admin only, logged in with a second factor: it cannot be undone). */
  @Roles('admin')
  @RequireSecondFactor()
  @Post(':id/execute')
  @HttpCode(200)
  execute(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<DeletionRequestDetail> {
    return this.requests.execute(user, id, meta);
  }

  /** Declines with a note the client reads. */
  @Roles('worker', 'admin')
  @Post(':id/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclineDeletionRequestDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<DeletionRequestDetail> {
    return this.requests.decline(user, id, dto, meta);
  }
}
