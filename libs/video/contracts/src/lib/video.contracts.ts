/** A video appointment's room opens this long before its start… */
export const VIDEO_OPENS_MINUTES_BEFORE = 10;
/** …and stays open this long after its planned end, so a call that runs late is not cut off. */
export const VIDEO_GRACE_MINUTES_AFTER = 30;

export interface VideoJoinWindow {
  opensAt: Date;
  closesAt: Date;
}

/** When the client and worker may join the room of a video appointment. */
export function videoJoinWindow(startsAt: Date | string, durationMinutes: number): VideoJoinWindow {
  const start = new Date(startsAt).getTime();
  return {
    opensAt: new Date(start - VIDEO_OPENS_MINUTES_BEFORE * 60_000),
    closesAt: new Date(start + (durationMinutes + VIDEO_GRACE_MINUTES_AFTER) * 60_000),
  };
}

export function isVideoJoinOpen(appointment: { startsAt: Date | string; durationMinutes: number }, now: Date): boolean {
  const { opensAt, closesAt } = videoJoinWindow(appointment.startsAt, appointment.durationMinutes);
  return now >= opensAt && now < closesAt;
}

export type VideoRole = 'client' | 'worker';

/** A video appointment as its room shows it to the client or the worker. */
export interface VideoRoomView {
  appointmentId: string;
  caseId: string;
  startsAt: string;
  durationMinutes: number;
  opensAt: string;
  closesAt: string;
  /** Whether the room can be joined now. */
  open: boolean;
  /** The appointment's status in the dossier (planned, attended, no_show, cancelled). */
  status: string;
  you: VideoRole;
  /** The other person's name (the worker's for the client, the client's for the worker). */
  otherName: string | null;
  /** Whether the client joined any call of this appointment (else it can be marked no-show). */
  clientJoined: boolean;
}

/** A video appointment the signed-in person can join today or soon (for the home pages). */
export interface UpcomingVideoCall {
  appointmentId: string;
  startsAt: string;
  durationMinutes: number;
  opensAt: string;
  closesAt: string;
  otherName: string | null;
}

export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

export interface IceServersResponse {
  iceServers: IceServer[];
  /** When the TURN credentials stop working; null without TURN. */
  expiresAt: string | null;
}
