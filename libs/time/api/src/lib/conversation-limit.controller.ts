import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import type { ConversationAllowance, ConversationLimits, ExtensionForLead, ExtensionRequest } from '@nabij/time/contracts';
import { ConversationLimitService } from './conversation-limit.service';
import { ConversationLimitsDto, ExtensionListQueryDto, ExtensionRequestDto } from './dto/conversation-limit.dto';

/**
 * The conversation limit per case: an admin sets it per kind of work, the worker sees what is left
 * and asks for more, the team lead of the team approves or refuses.
 */
@ApiTags('time registration')
@Controller('time')
export class ConversationLimitController {
  constructor(private readonly limits: ConversationLimitService) {}

  @Roles('worker', 'team_lead', 'admin')
  @Get('limits')
  get(@CurrentUser() user: AuthUser): Promise<ConversationLimits> {
    return this.limits.limits(user);
  }

  @Roles('admin')
  @Put('limits')
  set(@CurrentUser() user: AuthUser, @Body() body: ConversationLimitsDto): Promise<ConversationLimits> {
    return this.limits.setLimits(user, body);
  }

  /** The assigned worker (a team lead doing casework too): "Nog 2 van 5 gesprekken". */
  @Roles('worker', 'team_lead')
  @Get('cases/:caseId/conversations')
  allowance(@CurrentUser() user: AuthUser, @Param('caseId', new ParseUUIDPipe()) caseId: string): Promise<ConversationAllowance> {
    return this.limits.allowance(user, caseId);
  }

  @Roles('worker', 'team_lead')
  @Post('cases/:caseId/extensions')
  request(
    @CurrentUser() user: AuthUser,
    @Param('caseId', new ParseUUIDPipe()) caseId: string,
    @Body() body: ExtensionRequestDto,
  ): Promise<ExtensionRequest> {
    return this.limits.request(user, caseId, body);
  }

  @Roles('team_lead')
  @Get('extensions')
  list(@CurrentUser() user: AuthUser, @Query() query: ExtensionListQueryDto): Promise<ExtensionForLead[]> {
    return this.limits.forLead(user, query.status === 'decided');
  }

  @Roles('team_lead')
  @Post('extensions/:id/approve')
  @HttpCode(200)
  approve(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExtensionRequest> {
    return this.limits.decide(user, id, 'approved');
  }

  @Roles('team_lead')
  @Post('extensions/:id/refuse')
  @HttpCode(200)
  refuse(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExtensionRequest> {
    return this.limits.decide(user, id, 'refused');
  }
}
