import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AppConfig, clientMail, Clock, MailMessage, MailService, OutboxMailEntity } from '@nabij/platform/api';
import type { Language } from '@nabij/platform/contracts';
import type { ReminderFrequency } from '@nabij/trainings/contracts';
import { DataSource } from 'typeorm';
import { nextStepOf, ProgressModule } from '../module-progress';
import { ParticipationRepository } from '../participation.repository';
import { ProgressService } from '../progress.service';

/** Time between two reminders. Twice a week = every 3.5 days. */
export const REMINDER_INTERVAL_HOURS: Record<ReminderFrequency, number> = { weekly: 7 * 24, twice_weekly: 84 };

/** How many enrolments one run claims; the next run (15 minutes later) takes the rest. */
const BATCH = 100;

/**
 * The reminder is deliberately empty of content: the mailbox or phone may be shared, so no
 * training title, module, answers or goals, only that something is waiting and a link.
 */
export function reminderMail(to: string, publicUrl: string, language: Language = 'nl'): MailMessage {
  const link = `${publicUrl}/training`;
  return clientMail(to, language, {
    nl: {
      subject: 'Je training wacht op je',
      lines: [
        'Hallo,',
        '',
        'Je training wacht op je. Heb je even tijd? Ga dan verder waar je gebleven was:',
        link,
        '',
        'Je krijgt deze mail omdat je herinneringen hebt aangezet. Wil je ze niet meer? Zet ze uit op de pagina Training.',
        '',
        'Groet,',
        'Nabij',
      ],
    },
    en: {
      subject: 'Your training is waiting for you',
      lines: [
        'Hello,',
        '',
        'Your training is waiting for you. Do you have a moment? Then go on where you stopped:',
        link,
        '',
        'You get this mail because you turned reminders on. Do not want them any more? Turn them off on the Training page.',
        '',
        'Regards,',
        'Nabij',
      ],
    },
    ar: {
      subject: 'تدريبك ينتظرك',
      lines: [
        'مرحبًا،',
        '',
        'تدريبك ينتظرك. هل لديك بعض الوقت؟ تابع من حيث توقفت:',
        link,
        '',
        'تصلك هذه الرسالة لأنك شغّلت التذكيرات. لا تريدها بعد الآن؟ أوقفها في صفحة التدريب.',
        '',
        'مع التحية،',
        'Nabij',
      ],
    },
    tr: {
      subject: 'Eğitiminiz sizi bekliyor',
      lines: [
        'Merhaba,',
        '',
        'Eğitiminiz sizi bekliyor. Biraz vaktiniz var mı? O zaman kaldığınız yerden devam edin:',
        link,
        '',
        'Bu e-postayı hatırlatmaları açtığınız için alıyorsunuz. Artık istemiyor musunuz? Eğitim sayfasında kapatın.',
        '',
        'Selamlar,',
        'Nabij',
      ],
    },
    pl: {
      subject: 'Twój trening na Ciebie czeka',
      lines: [
        'Dzień dobry,',
        '',
        'Twój trening na Ciebie czeka. Masz chwilę? Kontynuuj tam, gdzie skończyłeś:',
        link,
        '',
        'Dostajesz ten e-mail, bo włączyłeś przypomnienia. Nie chcesz ich już? Wyłącz je na stronie Trening.',
        '',
        'Pozdrawiamy,',
        'Nabij',
      ],
    },
  });
}

/**
 * Sends the reminders clients asked for (off by default). A reminder is due when reminders are on
 * and a full interval has passed since the latest of: the last reminder, the last activity in the
 * training, and the moment reminders were turned on. No mail for a finished training, or while
 * the client can only wait for their trainer's feedback; such a row still gets `last_reminded_at`
 * (it was considered), so it is looked at again one interval later, not every run.
 *
 * Rows are claimed FOR UPDATE SKIP LOCKED and the mail is queued in the same transaction that
 * records `last_reminded_at`, so several API instances never send the same reminder twice.
 */
@Injectable()
export class TrainingRemindersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly participation: ParticipationRepository,
    private readonly progress: ProgressService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly accounts: AccountDirectoryService,
  ) {}

  /** Returns how many reminder mails were queued. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const queued: OutboxMailEntity[] = [];
    await this.dataSource.transaction(async (manager) => {
      const rows = await this.participation.claimDueReminders(
        manager,
        now,
        { weekly: REMINDER_INTERVAL_HOURS.weekly, twiceWeekly: REMINDER_INTERVAL_HOURS.twice_weekly },
        BATCH,
      );
      if (!rows.length) return;
      // A client admitted with a login name has no address: their reminder is skipped, not sent.
      const targets = await this.accounts.mailTargetsByIds(
        rows.map((r) => r.client_id),
        manager,
      );
      const enrolments = await this.participation.enrolments(
        manager,
        rows.map((r) => r.id),
      );
      for (const row of rows) {
        const enrolment = enrolments.find((e) => e.id === row.id);
        if (!enrolment) continue;
        const snap = await this.progress.snapshot(enrolment, manager);
        const target = targets.get(row.client_id);
        if (target && nextStepOf(snap.modules as ProgressModule[], snap.states, snap.facts)) {
          queued.push(await this.mail.enqueue(reminderMail(target.email, this.config.publicUrl, target.language), manager));
        }
        await this.participation.setLastReminded(manager, enrolment.id, now);
      }
    });
    // Delivered after commit; a failed delivery stays in the outbox for the mail retry job.
    for (const mail of queued) await this.mail.deliver(mail);
    return queued.length;
  }
}
