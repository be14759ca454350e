import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutboxMail } from '@nabij/platform/contracts';
import { Public } from '../auth/access.decorators';
import { AppConfig } from '../config/app-config';
import { MailService } from './mail.service';
import { SmsService } from '../sms/sms.service';

/** Local demo only (DEV_OUTBOX=true, never in production): read the mails that were "sent". */
@ApiTags('dev')
@Controller('dev/outbox')
export class DevOutboxController {
  constructor(
    private readonly mail: MailService,
    private readonly sms: SmsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async list(): Promise<OutboxMail[]> {
    if (!this.config.devOutbox) throw new NotFoundException({ message: 'Not found.', code: 'common.not_found' });
    const mails = await this.mail.recent();
    return mails.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    }));
  }

  /** The SMS "sent" without a provider (SMS_PROVIDER empty): the development phone. */
  @Public()
  @Get('sms')
  async listSms(): Promise<OutboxSmsView[]> {
    if (!this.config.devOutbox) throw new NotFoundException({ message: 'Not found.', code: 'common.not_found' });
    return (await this.sms.recent()).map((m) => ({
      id: m.id,
      to: m.to,
      text: m.text,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    }));
  }
}

interface OutboxSmsView {
  id: string;
  to: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}
