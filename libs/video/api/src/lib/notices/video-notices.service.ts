import { Injectable, NotFoundException } from '@nestjs/common';
import { AppointmentLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, AuthUser, clientMail, Clock, MailMessage, MailService, OutboxMailEntity } from '@nabij/platform/api';
import { formatAmsterdamTime, type Language } from '@nabij/platform/contracts';
import { VIDEO_NOTICE_MINUTES_BEFORE, VideoNotice } from '@nabij/video/contracts';
import { DataSource } from 'typeorm';
import { VideoNoticesRepository } from './video-notices.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The mail ahead of a video call: the time and nothing else (no name, no subject, no case). In the
 * client's language, Dutch below (issue 17).
 */
export function videoNoticeMail(to: string, startsAt: Date, url: string, language: Language = 'nl'): MailMessage {
  const time = formatAmsterdamTime(startsAt, 'nl-NL');
  const one = (line: string, join: string) => ({ subject: line.replace(/\.$/, ''), lines: [line, '', `${join}: ${url}`, ''] });
  return clientMail(to, language, {
    nl: one(`Je hebt om ${time} een videogesprek.`, 'Log in op Nabij om mee te doen'),
    en: one(`You have a video call at ${time}.`, 'Log in to Nabij to join'),
    ar: one(`لديك مكالمة فيديو الساعة ${time}.`, 'سجّل الدخول إلى Nabij لتنضم'),
    tr: one(`Saat ${time} için görüntülü görüşmeniz var.`, "Katılmak için Nabij'e giriş yapın"),
    pl: one(`Masz rozmowę wideo o godz. ${time}.`, 'Zaloguj się do Nabij, aby dołączyć'),
  });
}

/**
 * The notice ahead of a video appointment: VIDEO_NOTICE_MINUTES_BEFORE before the start (or at
 * once when it is planned later than that) the client gets a mail and an in-app notice with only
 * the time. Once per appointment: the video_notice row's key decides, also when two instances run
 * the job. A client without an e-mail address (admitted with a login name) gets the in-app notice only.
 */
@Injectable()
export class VideoNoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly appointments: AppointmentLookupService,
    private readonly notices: VideoNoticesRepository,
    private readonly directory: AccountDirectoryService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Sends the notices that are due; returns how many appointments got one. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const due = await this.appointments.plannedForNotice('video', now, new Date(now.getTime() + VIDEO_NOTICE_MINUTES_BEFORE * 60_000));
    if (due.length === 0) return 0;
    const mails: OutboxMailEntity[] = [];
    const sent = await this.dataSource.transaction(async (db) => {
      const fresh = await this.notices.insertNew(
        db,
        due.map((a) => ({ appointmentId: a.appointmentId, clientId: a.clientId, startsAt: new Date(a.startsAt) })),
        now,
      );
      const targets = await this.directory.mailTargetsByIds(
        fresh.map((n) => n.client_id),
        db,
      );
      for (const notice of fresh) {
        const target = targets.get(notice.client_id);
        if (target)
          mails.push(
            await this.mail.enqueue(
              videoNoticeMail(target.email, new Date(notice.starts_at), `${this.config.publicUrl}/login`, target.language),
              db,
            ),
          );
      }
      return fresh.length;
    });
    for (const mail of mails) await this.mail.deliver(mail);
    return sent;
  }

  /** The client's notices not seen yet, of calls still to come. */
  async unseen(user: AuthUser): Promise<VideoNotice[]> {
    const rows = await this.notices.unseen(user.id, this.clock.now());
    return rows.map((n) => ({ appointmentId: n.appointment_id, startsAt: new Date(n.starts_at).toISOString() }));
  }

  async markSeen(user: AuthUser, appointmentId: string): Promise<void> {
    if (!UUID.test(appointmentId) || !(await this.notices.markSeen(user.id, appointmentId, this.clock.now())))
      throw new NotFoundException({ message: 'You have no notice of this call.', code: 'video.no_notice_call' });
  }
}
