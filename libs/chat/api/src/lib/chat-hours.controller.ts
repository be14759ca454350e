import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ChatStatusResponse } from '@nabij/chat/contracts';
import { Public } from '@nabij/platform/api';
import { ChatStatusQueryDto } from './dto/chat.dto';
import { ChatHoursService } from './hours/chat-hours.service';

@ApiTags('chat')
@Controller('chat')
export class ChatHoursController {
  constructor(private readonly hours: ChatHoursService) {}

  @Public()
  @Get('status')
  status(@Query() query: ChatStatusQueryDto): Promise<ChatStatusResponse> {
    return this.hours.status(query.organisation);
  }
}
