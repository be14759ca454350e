import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ChatAppointmentSlotsResponse, ChatAppointmentView } from '@nabij/chat/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { ChatAppointmentsService } from './appointments/chat-appointments.service';
import { BookChatAppointmentDto } from './dto/chat.dto';

/** Outside chat hours a registered client books a chat appointment with their worker. */
@ApiTags('chat')
@ApiBearerAuth()
@Controller('chat')
export class ChatAppointmentsController {
  constructor(private readonly appointments: ChatAppointmentsService) {}

  @Roles('client')
  @Get('appointment-slots')
  slots(@CurrentUser() user: AuthUser): Promise<ChatAppointmentSlotsResponse> {
    return this.appointments.slots(user);
  }

  @Roles('client')
  @Post('appointments')
  @HttpCode(201)
  book(@CurrentUser() user: AuthUser, @Body() body: BookChatAppointmentDto): Promise<ChatAppointmentView> {
    return this.appointments.book(user, body.startsAt);
  }
}
