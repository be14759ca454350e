import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AppNotification, UnreadCount } from '@nabij/messages/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { InboxService } from './inbox.service';
import { NotificationsService } from './notifications.service';

@ApiTags('messages')
@ApiBearerAuth()
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly inbox: InboxService,
  ) {}

  /** The badge: unread messages over all threads the caller can see. */
  @Roles('client', 'worker')
  @Get('messages/unread-count')
  async unread(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return { unread: await this.inbox.unread(user) };
  }

  /** Team leads get escalations here too; they never see the messages themselves. */
  @Roles('worker', 'team_lead')
  @Get('notifications')
  list(@CurrentUser() user: AuthUser): Promise<AppNotification[]> {
    return this.notifications.list(user);
  }

  @Roles('worker', 'team_lead')
  @Post('notifications/:id/read')
  @HttpCode(204)
  markRead(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.notifications.markRead(user, id);
  }
}
