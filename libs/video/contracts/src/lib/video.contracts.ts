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

/** Who someone is in a call: the case's client, its worker, or a guest with a one-time link. */
export type VideoRole = 'client' | 'worker' | 'guest';

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
  you: 'client' | 'worker';
  /** The other person's name (the worker's for the client, the client's for the worker). */
  otherName: string | null;
  /** Whether the client joined any call of this appointment (else it can be marked no-show). */
  clientJoined: boolean;
}

/** GET /api/video/group-sessions/:sessionId: a training group's session held in Nabij, as its trainer or participant sees its room. */
export interface GroupVideoRoomView {
  sessionId: string;
  cohortId: string;
  startsAt: string;
  durationMinutes: number;
  opensAt: string;
  closesAt: string;
  open: boolean;
  you: 'trainer' | 'participant';
  /** Your name in the call: nickname or first name. */
  displayName: string;
  /** The most people in the call at once (the group's maximum plus its trainers). */
  maxPeople: number;
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

/** A third person in the call, invited by the worker with a one-time link: an interpreter or a colleague. */
export type VideoGuestKind = 'interpreter' | 'colleague';
export const VIDEO_GUEST_KINDS: readonly VideoGuestKind[] = ['interpreter', 'colleague'];
export const VIDEO_GUEST_FIRST_NAME_MAX = 40;
/** The portal page a guest link opens; the token follows after `#`, so it never reaches a server log. */
export const VIDEO_GUEST_PATH = '/video-gast';

export interface CreateVideoGuestLinkRequest {
  kind: VideoGuestKind;
  /** The guest's first name, as the others see it in the call. */
  firstName: string;
}

/** A guest link as the worker sees it (the token is shown only once, when it is made). */
export interface VideoGuestLinkView {
  id: string;
  kind: VideoGuestKind;
  firstName: string;
  createdAt: string;
  /** When the worker let the guest in (they come straight back in after a reload). */
  admittedAt: string | null;
  /** When the worker withdrew the link; it no longer opens the room. */
  revokedAt: string | null;
}

export interface CreatedVideoGuestLink extends VideoGuestLinkView {
  /** The secret part of the link: shown now, stored only as a hash. */
  token: string;
  /** The whole link to give the guest. */
  url: string;
}

/** Request body of the guest's own routes: the token from the link. */
export interface VideoGuestTokenRequest {
  token: string;
}

/** The call as a guest sees it: times and first names only, nothing of the case. */
export interface VideoGuestRoomView {
  appointmentId: string;
  startsAt: string;
  durationMinutes: number;
  opensAt: string;
  closesAt: string;
  open: boolean;
  kind: VideoGuestKind;
  firstName: string;
  workerFirstName: string | null;
  clientFirstName: string | null;
}

/** The first word of a name: all a guest ever learns of the others (and all that is kept of a guest). */
export function firstNameOf(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

/** The client gets a notice (mail and in the portal) this long before a video appointment. */
export const VIDEO_NOTICE_MINUTES_BEFORE = 120;

/** An in-app notice ahead of a video call: only its time ("Je hebt om 14:00 een videogesprek"). */
export interface VideoNotice {
  appointmentId: string;
  startsAt: string;
}

/** At most this many lines of a call's text panel are saved to the dossier. */
export const VIDEO_TEXT_MAX_LINES = 500;

/** POST /api/video/rooms/:appointmentId/text (the worker, "Bewaar in dossier"): the panel's lines as the worker's page has them. */
export interface SaveCallTextRequest {
  lines: Array<{ from: VideoRole; body: string; at: string }>;
}

/** The text was saved as a report in the case's dossier, which the client reads. */
export interface SavedCallText {
  reportId: string;
}
