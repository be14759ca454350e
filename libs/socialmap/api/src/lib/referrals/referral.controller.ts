import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Referral } from '@nabij/socialmap/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { CreateReferralDto, UpdateReferralDto } from '../dto/referral.dto';
import { ReferralService } from './referral.service';

/** Referrals to the social map on a case: the case's worker writes, the worker and the client read. Team leads never see them. */
@ApiTags('social-map')
@Controller('social-map')
export class ReferralController {
  constructor(private readonly referrals: ReferralService) {}

  @Roles('worker')
  @Post('cases/:caseId/referrals')
  create(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: CreateReferralDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Referral> {
    return this.referrals.create(user, caseId, body, meta);
  }

  @Roles('worker', 'client')
  @Get('cases/:caseId/referrals')
  list(@CurrentUser() user: AuthUser, @Param('caseId', ParseUUIDPipe) caseId: string, @ReqMeta() meta: RequestMeta): Promise<Referral[]> {
    return this.referrals.ofCase(user, caseId, meta);
  }

  @Roles('worker')
  @Patch('referrals/:id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateReferralDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<Referral> {
    return this.referrals.update(user, id, body, meta);
  }
}
