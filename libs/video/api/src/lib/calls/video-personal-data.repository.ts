import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppointmentLookupService } from '@nabij/dossier/api';
import { AccountDirectoryService } from '@nabij/identity/api';
import { PersonalDataRegistry, PersonalDataSource } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/**
 * The video part of "download my data": the client's video calls (when the room opened, when they
 * came in, when the worker let them in, when it ended, how long it took, with whom) and the notices
 * ahead of them (when sent, when seen). There is no
 * content to give: nothing of a call's sound or image is stored.
 */
@Injectable()
export class VideoPersonalDataRepository implements PersonalDataSource, OnModuleInit {
  readonly section = 'video';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly appointments: AppointmentLookupService,
    private readonly accounts: AccountDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    // The client's appointments come from dossier (AppointmentLookupService), the worker's name from identity.
    const appointments = await this.appointments.ofClient(clientId);
    const startsAt = new Map(appointments.map((a) => [a.appointmentId, a.startsAt]));
    const rows: Array<{ appointmentId: string; workerId: string | null }> = await this.db.query(
      `SELECT v.appointment_id AS "appointmentId", v.worker_id AS "workerId",
              v.opened_at AS "roomOpenedAt", v.client_joined_at AS "youJoinedAt", v.admitted_at AS "admittedAt",
              v.ended_at AS "endedAt", v.duration_seconds AS "durationSeconds"
         FROM video_call v
        WHERE v.appointment_id = ANY($1::uuid[]) ORDER BY v.opened_at, v.id`,
      [[...startsAt.keys()]],
    );
    const calls = (await this.accounts.withNames(rows, 'workerId', 'worker')).map(({ appointmentId, ...call }) => ({
      appointmentId,
      appointmentStartsAt: startsAt.get(appointmentId),
      ...call,
    }));
    const notices = await this.db.query(
      `SELECT appointment_id AS "appointmentId", starts_at AS "appointmentStartsAt", sent_at AS "sentAt", seen_at AS "seenAt"
         FROM video_notice WHERE client_id = $1 ORDER BY starts_at, appointment_id`,
      [clientId],
    );
    return { calls, notices };
  }
}
