import { Injectable } from '@nestjs/common';
import type { VideoGuestKind } from '@nabij/video/contracts';
import { DataSource } from 'typeorm';

export interface VideoGuestLinkRow {
  id: string;
  appointment_id: string;
  case_id: string;
  invited_by: string;
  kind: VideoGuestKind;
  first_name: string;
  created_at: Date;
  admitted_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = `id, appointment_id, case_id, invited_by, kind, first_name, created_at, admitted_at, revoked_at`;

/** SQL of the video_guest_link table (never hands out the token's hash). */
@Injectable()
export class VideoGuestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The new link; null when the appointment already has one in use (the unique index decides, also for two at once). */
  async create(link: {
    appointmentId: string;
    caseId: string;
    invitedBy: string;
    kind: VideoGuestKind;
    firstName: string;
    tokenHash: string;
    now: Date;
  }): Promise<VideoGuestLinkRow | null> {
    const rows: VideoGuestLinkRow[] = await this.dataSource.query(
      `INSERT INTO video_guest_link (appointment_id, case_id, invited_by, kind, first_name, token_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (appointment_id) WHERE revoked_at IS NULL DO NOTHING
       RETURNING ${COLUMNS}`,
      [link.appointmentId, link.caseId, link.invitedBy, link.kind, link.firstName, link.tokenHash, link.now],
    );
    return rows[0] ?? null;
  }

  /** The appointment's links, newest first. */
  forAppointment(appointmentId: string): Promise<VideoGuestLinkRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM video_guest_link WHERE appointment_id = $1 ORDER BY created_at DESC, id`, [
      appointmentId,
    ]);
  }

  /** The link in use with this token hash, or null (unknown or withdrawn). */
  async inUseByHash(tokenHash: string): Promise<VideoGuestLinkRow | null> {
    const [row]: VideoGuestLinkRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM video_guest_link WHERE token_hash = $1 AND revoked_at IS NULL`,
      [tokenHash],
    );
    return row ?? null;
  }

  async inUse(linkId: string): Promise<VideoGuestLinkRow | null> {
    const [row]: VideoGuestLinkRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM video_guest_link WHERE id = $1 AND revoked_at IS NULL`,
      [linkId],
    );
    return row ?? null;
  }

  /** Withdraws the appointment's link; null when there is no such link in use. */
  async revoke(appointmentId: string, linkId: string, now: Date): Promise<VideoGuestLinkRow | null> {
    const [rows]: [VideoGuestLinkRow[], number] = await this.dataSource.query(
      `UPDATE video_guest_link SET revoked_at = $3 WHERE id = $2 AND appointment_id = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
      [appointmentId, linkId, now],
    );
    return rows[0] ?? null;
  }

  /** Notes the admission once; null when the link was withdrawn meanwhile. */
  async admit(linkId: string, now: Date): Promise<VideoGuestLinkRow | null> {
    const [rows]: [VideoGuestLinkRow[], number] = await this.dataSource.query(
      `UPDATE video_guest_link SET admitted_at = coalesce(admitted_at, $2) WHERE id = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
      [linkId, now],
    );
    return rows[0] ?? null;
  }
}
