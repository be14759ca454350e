import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const calls = await this.db.query(
      `SELECT v.appointment_id AS "appointmentId", a.starts_at AS "appointmentStartsAt", w.name AS worker,
              v.opened_at AS "roomOpenedAt", v.client_joined_at AS "youJoinedAt", v.admitted_at AS "admittedAt",
              v.ended_at AS "endedAt", v.duration_seconds AS "durationSeconds"
         FROM video_call v JOIN care_case c ON c.id = v.case_id JOIN appointment a ON a.id = v.appointment_id
         LEFT JOIN account w ON w.id = v.worker_id
        WHERE c.client_id = $1 ORDER BY v.opened_at, v.id`,
      [clientId],
    );
    const notices = await this.db.query(
      `SELECT appointment_id AS "appointmentId", starts_at AS "appointmentStartsAt", sent_at AS "sentAt", seen_at AS "seenAt"
         FROM video_notice WHERE client_id = $1 ORDER BY starts_at, appointment_id`,
      [clientId],
    );
    return { calls, notices };
  }
}
