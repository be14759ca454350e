import { Body, Controller, Get, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { TooLargeAsBadRequest, UploadedDocument } from '@nabij/platform/api';
import type { MessageAttachment } from '@nabij/messages/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { MessageFile } from './attachment-upload';
import { AttachmentUploadDto } from './dto/messages.dto';
import { MessageAttachmentsService } from './message-attachments.service';

/** Files on messages, for both sides of a thread. */
@ApiTags('messages')
@ApiBearerAuth()
@Roles('client', 'worker')
@Controller('messages/attachments')
export class MessageAttachmentsController {
  constructor(private readonly attachments: MessageAttachmentsService) {}

  /**
   * A file uploaded before sending, bound to the message id the sender will send with (their own
   * uuid). Sending that id then carries it; at most 3 files per message in all. Unsent, it is removed
   * after 24 hours, and an account holds at most 20 files / 50 MB unsent (429 with a `code`).
   */
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { messageId: { type: 'string', format: 'uuid' }, file: { type: 'string', format: 'binary' } } },
  })
  @UseInterceptors(TooLargeAsBadRequest, MessageFile())
  upload(
    @CurrentUser() user: AuthUser,
    @Body() body: AttachmentUploadDto,
    @UploadedFile() file: UploadedDocument | undefined,
  ): Promise<MessageAttachment> {
    return this.attachments.uploadForMessage(user, body.messageId, file);
  }

  @Get(':attachmentId/content')
  download(
    @CurrentUser() user: AuthUser,
    @Param('attachmentId') attachmentId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<StreamableFile> {
    return this.attachments.download(user, attachmentId, meta);
  }
}
