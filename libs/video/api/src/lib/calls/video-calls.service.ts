import { Injectable } from '@nestjs/common';
import type { AppointmentWithCase } from '@nabij/dossier/api';
import { Clock, JobsService } from '@nabij/platform/api';
import { CONTACT_OCCURRED, ContactOccurred, dutchDate } from '@nabij/time/contracts';
import type { VideoRole } from '@nabij/video/contracts';
import { DataSource } from 'typeorm';
import { VideoCallRow, VideoCallsRepository } from './video-calls.repository';

/**
 * A call's life in the database: opened by whoever comes first, the client's arrival noted (no
 * no-show then), admission by the worker (the duration counts from there), and its end, which
 * announces the contact so time registration prefills a video entry with the real duration.
 */
@Injectable()
export class VideoCallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calls: VideoCallsRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async enter(appointment: AppointmentWithCase, role: VideoRole): Promise<VideoCallRow> {
    const now = this.clock.now();
    const call = await this.calls.openOrRunning({
      appointmentId: appointment.appointmentId,
      caseId: appointment.caseId,
      // The case's worker; a client may be the first in the room, the call is still the worker's contact.
      workerId: appointment.assignedWorkerId!,
      now,
    });
    if (role === 'client' && !call.client_joined_at) await this.calls.markClientJoined(call.id, now);
    return call;
  }

  running(appointmentId: string): Promise<VideoCallRow | null> {
    return this.calls.running(appointmentId);
  }

  admit(callId: string): Promise<VideoCallRow | null> {
    return this.calls.admit(callId, this.clock.now());
  }

  /**
   * Ends the call; null when it had ended already. A call the client was admitted to is a contact:
   * one to-confirm time entry of kind video per appointment, prefilled with the whole minutes begun.
   */
  end(callId: string): Promise<VideoCallRow | null> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (db) => {
      const ended = await this.calls.end(db, callId, now);
      if (ended?.admitted_at && ended.duration_seconds !== null) {
        const contact: ContactOccurred = {
          source: 'appointment',
          sourceId: ended.appointment_id,
          workerId: ended.worker_id,
          caseId: ended.case_id,
          occurredOn: dutchDate(new Date(ended.admitted_at)),
          contactType: 'video',
          minutes: Math.max(1, Math.ceil(ended.duration_seconds / 60)),
        };
        await this.jobs.send(CONTACT_OCCURRED, contact, { manager: db });
      }
      return ended;
    });
  }
}
