import type { VideoGuestKind, VideoRole } from './video.contracts';

/**
 * socket.io namespace; connect with `io('/video', { auth: { token } })` and an access token, or as a
 * guest with `{ auth: { guestToken } }` and the token of a one-time link (that appointment only).
 */
export const VIDEO_NAMESPACE = '/video';

/**
 * Events the browser emits; each takes an ack callback that receives a `VideoAck`. Media never
 * passes the server: it relays only the WebRTC offer/answer/ICE candidates between the two people
 * in the call. A media server (SFU) for group sessions would take the place of the peer on the
 * other side of `Signal`; the room, waiting room and admission stay as they are.
 */
export const VideoClientEvent = {
  /**
   * `VideoRoomPayload` → ack with `VideoRoomState`. The client waits until admitted; the worker is in at once.
   * A group session's room (`kind: 'group_session'`): a trainer is in at once, participants wait until a trainer is there.
   */
  Join: 'video:join',
  /** `VideoAdmitPayload` (worker) → the waiting client (or guest) enters the call. */
  Admit: 'video:admit',
  /** `VideoSignal`, relayed to the person named in `to` (both must be in the call); without `to`, to everyone else in it. */
  Signal: 'video:signal',
  /** `VideoMediaState`, relayed to the other person in the call: what they see and hear of you. */
  Media: 'video:media',
  /** `{ appointmentId }`: leave the call; the worker's hang-up ends it for both. */
  HangUp: 'video:hang-up',
  /**
   * `VideoTextPayload` → ack with the `VideoTextLine` as the others got it: a line of the text panel
   * beside the call, passed on to everyone in the call and stored nowhere (only the worker's "Bewaar
   * in dossier" saves the text, through REST).
   */
  Text: 'video:text',
  /** `VideoMutePayload` (a trainer in a group session) → that person's microphone goes off; they may turn it on again. */
  Mute: 'video:mute',
} as const;

/** Events the server emits. */
export const VideoServerEvent = {
  /** `VideoRoomState`, to everyone in the room when someone joins, waits, is admitted or leaves. */
  Room: 'video:room',
  /** `VideoSignal` from the other person in the call. */
  Signal: 'video:signal',
  /** `VideoMediaState` of the other person. */
  Media: 'video:media',
  /** `VideoCallEnded`: the worker hung up (or the last person left). */
  Ended: 'video:ended',
  /** `VideoTextLine`, a line someone else in the call typed in the text panel. */
  Text: 'video:text',
  /** `VideoMuted`: a trainer turned your microphone off (group session). */
  Muted: 'video:muted',
  /** `{ reason: 'logged_out' | 'expired' | 'link_revoked' }` just before the server closes a socket whose login (or guest link) ended. */
  LoginEnded: 'video:login-ended',
} as const;

/**
 * What a call room belongs to: a dossier appointment (its client, worker and guests) or a training
 * group's session of place `video` (its trainers and active participants, each pair linked: full mesh).
 */
export type VideoRoomKind = 'appointment' | 'group_session';

export interface VideoRoomPayload {
  /** The room's id: the appointment's, or the group session's for `kind: 'group_session'` (every later event carries the same id). */
  appointmentId: string;
  /** Left out: an appointment. */
  kind?: VideoRoomKind;
}

export interface VideoMutePayload {
  appointmentId: string;
  /** The peer (someone in the group call) whose microphone goes off. */
  peerId: string;
}

export interface VideoMuted {
  appointmentId: string;
  /** The trainer's name as the group knows it. */
  by: string | null;
}

export interface VideoAdmitPayload {
  appointmentId: string;
  /** Who to let in; the client when left out. */
  who?: 'client' | 'guest';
}

export type VideoPresence = 'waiting' | 'in_call';

export interface VideoParticipant {
  role: VideoRole;
  /** A guest sees first names only. */
  name: string | null;
  presence: VideoPresence;
  /** For the guest: interpreter or colleague. */
  guestKind?: VideoGuestKind;
  /**
   * In a group session: this person's link id in the call (one per open page), to address signals
   * to (`toPeer`). A trainer has role worker, a participant role client; `name` is the name the group
   * knows them by (nickname or first name), never a surname or e-mail address.
   */
  peerId?: string;
}

export interface VideoRoomState {
  appointmentId: string;
  /** Who is here now: the worker sees a waiting client and can admit them. */
  participants: VideoParticipant[];
  /** Your own place: waiting (client before admission) or in the call. */
  you: VideoPresence;
  /** When the worker admitted the client (the call's duration counts from here); null before. */
  startedAt: string | null;
  /** Set for a group session's room. */
  kind?: VideoRoomKind;
  /** In a group session: your own peer id (the others address you by it). */
  yourPeerId?: string;
}

export interface VideoSessionDescription {
  type: 'offer' | 'answer';
  sdp: string;
}

export interface VideoIceCandidate {
  candidate: string;
  sdpMid?: string | null;
  sdpMLineIndex?: number | null;
}

/** One WebRTC signalling message: a session description or an ICE candidate (exactly one of the two). */
export interface VideoSignal {
  appointmentId: string;
  /** Whom it is for (a call of three has a link per pair); the server relays it to them only. */
  to?: VideoRole;
  /** Set by the server: who sent it. */
  from?: VideoRole;
  /** In a group session: the one peer it is for (required there), and, set by the server, the peer who sent it. */
  toPeer?: string;
  fromPeer?: string;
  description?: VideoSessionDescription;
  candidate?: VideoIceCandidate;
  /** With an offer: an ICE restart of the running link (answer it on the same connection), not a new link. */
  iceRestart?: boolean;
}

export interface VideoMediaState {
  appointmentId: string;
  /** Set by the server: whose state it is. */
  from?: VideoRole;
  /** Set by the server in a group session: whose state it is. */
  fromPeer?: string;
  audio: boolean;
  video: boolean;
  /**
   * Video paused by the automatic fall-back on a poor connection (the camera itself is on): the
   * others see "Slechte verbinding: we gaan verder met alleen geluid". Left out means false.
   */
  audioOnly?: boolean;
}

export interface VideoCallEnded {
  appointmentId: string;
  /** From admission to the end, in whole seconds; 0 when the client was never admitted. */
  durationSeconds: number;
  endedBy: 'client' | 'worker' | 'everyone_left';
}

/** `in_use`: a guest link already open on another device; `full`: a group call has as many people as the group can have. */
export type VideoErrorCode = 'invalid' | 'not_found' | 'not_open' | 'not_in_call' | 'forbidden' | 'in_use' | 'full';

export type VideoAck<T> = { ok: true; data: T } | { ok: false; error: VideoErrorCode; message: string };

/** The longest line of the text panel in a call. */
export const VIDEO_TEXT_MAX_LENGTH = 1000;

export interface VideoTextPayload {
  appointmentId: string;
  body: string;
}

/** One line of the text panel. `body` is plain text: render it as text, never as HTML. */
export interface VideoTextLine {
  appointmentId: string;
  /** Who typed it; the page shows that person's name as the room state gives it (first names for a guest). */
  from: VideoRole;
  /** In a group session: the peer who typed it. */
  fromPeer?: string;
  body: string;
  /** When the server passed it on (ISO). */
  at: string;
}
