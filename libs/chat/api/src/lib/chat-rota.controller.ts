import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ChatRotaView } from '@nabij/chat/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ChatRotaService } from './duty/chat-rota.service';
import { AddChatDutyDto, ChatRotaQueryDto } from './duty/dto/chat-rota.dto';

/** The chat duty rota: admins plan every worker of the organisation, team leads their own team's. */
@ApiTags('chat')
@Controller('chat/rota')
export class ChatRotaController {
  constructor(private readonly rota: ChatRotaService) {}

  @Roles('admin', 'team_lead')
  @Get()
  week(@CurrentUser() user: AuthUser, @Query() query: ChatRotaQueryDto): Promise<ChatRotaView> {
    return this.rota.week(user, query.week);
  }

  /** 403 for a team lead and a worker of another team; 404 for another organisation's account. */
  @Roles('admin', 'team_lead')
  @Post()
  add(@CurrentUser() user: AuthUser, @Body() dto: AddChatDutyDto, @ReqMeta() meta: RequestMeta): Promise<ChatRotaView> {
    return this.rota.add(user, dto, meta);
  }

  @Roles('admin', 'team_lead')
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ReqMeta() meta: RequestMeta): Promise<void> {
    return this.rota.remove(user, id, meta);
  }
}
