import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobsService } from '@nabij/platform/api';
import { APPOINTMENT_CHANGED, AppointmentChanged } from '@nabij/reminders/contracts';
import { REMINDER_SEND_JOB, RemindersService } from './reminders.service';

export const REMINDER_SWEEP_JOB = 'reminders.sweep';

/**
 * The queues of reminders: the dossier's AppointmentChanged event (re-plan), one job per reminder at
 * its time, and a sweep each minute that sends any due reminder whose job was lost or ran early.
 */
@Injectable()
export class RemindersJobs implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly reminders: RemindersService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<AppointmentChanged>({
      name: APPOINTMENT_CHANGED,
      handle: ({ appointmentId }) => this.reminders.planFor(appointmentId),
    });
    this.jobs.register<{ reminderId: string }>({
      name: REMINDER_SEND_JOB,
      policy: 'short',
      handle: async ({ reminderId }) => {
        await this.reminders.sendIfDue(reminderId);
      },
    });
    this.jobs.register({ name: REMINDER_SWEEP_JOB, cron: '* * * * *', policy: 'singleton', retryLimit: 0, handle: () => this.sweep() });
  }

  async sweep(): Promise<void> {
    const sent = await this.reminders.sendDue();
    if (sent) this.logger.log(`sent ${sent} appointment reminder(s) from the sweep`);
  }
}
