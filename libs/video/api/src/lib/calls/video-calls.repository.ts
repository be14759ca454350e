import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface VideoCallRow {
  id: string;
  appointment_id: string;
  case_id: string;
  worker_id: string;
  opened_at: Date;
  client_joined_at: Date | null;
  admitted_at: Date | null;
  ended_at: Date | null;
  duration_seconds: number | null;
}

/** SQL of the video_call table. */
@Injectable()
export class VideoCallsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The appointment's running call, opened now when there is none (two people joining at once get the same one). */
  async openOrRunning(call: { appointmentId: string; caseId: string; workerId: string; now: Date }): Promise<VideoCallRow> {
    await this.dataSource.query(
      `INSERT INTO video_call (appointment_id, case_id, worker_id, opened_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (appointment_id) WHERE ended_at IS NULL DO NOTHING`,
      [call.appointmentId, call.caseId, call.workerId, call.now],
    );
    const running = await this.running(call.appointmentId);
    if (!running) throw new Error('video call vanished while it was opened');
    return running;
  }

  async running(appointmentId: string): Promise<VideoCallRow | null> {
    const [row]: VideoCallRow[] = await this.dataSource.query(`SELECT * FROM video_call WHERE appointment_id = $1 AND ended_at IS NULL`, [
      appointmentId,
    ]);
    return row ?? null;
  }

  async markClientJoined(callId: string, now: Date): Promise<void> {
    await this.dataSource.query(`UPDATE video_call SET client_joined_at = coalesce(client_joined_at, $2) WHERE id = $1`, [callId, now]);
  }

  /** Sets the admission time once; null when the call has ended meanwhile. */
  async admit(callId: string, now: Date): Promise<VideoCallRow | null> {
    const [rows]: [VideoCallRow[], number] = await this.dataSource.query(
      `UPDATE video_call SET admitted_at = coalesce(admitted_at, $2) WHERE id = $1 AND ended_at IS NULL RETURNING *`,
      [callId, now],
    );
    return rows[0] ?? null;
  }

  /** Ends the running call in the caller's transaction; null when it had ended already (exactly one ender wins). */
  async end(db: EntityManager, callId: string, now: Date): Promise<VideoCallRow | null> {
    const [rows]: [VideoCallRow[], number] = await db.query(
      `UPDATE video_call
          SET ended_at = $2,
              duration_seconds = CASE WHEN admitted_at IS NULL THEN 0
                                      ELSE greatest(0, floor(extract(epoch FROM ($2::timestamptz - admitted_at))))::int END
        WHERE id = $1 AND ended_at IS NULL RETURNING *`,
      [callId, now],
    );
    return rows[0] ?? null;
  }

  /** Whether the client joined any call of the appointment (waiting counts: they came). */
  async clientJoined(appointmentId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM video_call WHERE appointment_id = $1 AND client_joined_at IS NOT NULL) AS joined`,
      [appointmentId],
    );
    return row.joined;
  }
}
