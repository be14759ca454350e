import { hasHostileText } from '@nabij/platform/api';
import { VIDEO_TEXT_MAX_LENGTH } from '@nabij/video/contracts';
import type {
  VideoAdmitPayload,
  VideoIceCandidate,
  VideoMediaState,
  VideoMutePayload,
  VideoRole,
  VideoRoomPayload,
  VideoSessionDescription,
  VideoSignal,
  VideoTextPayload,
} from '@nabij/video/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An SDP of a 1:1 call with audio and video is a few kB; this leaves room without inviting floods. */
export const MAX_SDP_LENGTH = 32 * 1024;
export const MAX_CANDIDATE_LENGTH = 1024;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max && !hasHostileText(value);

/** The appointment id of `{ appointmentId }`, or null. */
export function parseRoomPayload(payload: unknown): string | null {
  return isObject(payload) && typeof payload['appointmentId'] === 'string' && UUID.test(payload['appointmentId'])
    ? payload['appointmentId']
    : null;
}

/** `{ appointmentId, kind? }` of a join: the room's id and what it belongs to (an appointment when left out), or the reason it was refused. */
export function parseJoin(payload: unknown): Required<VideoRoomPayload> | string {
  const appointmentId = parseRoomPayload(payload);
  if (!appointmentId || !isObject(payload)) return 'appointmentId must be the id of an appointment or group session.';
  const kind = payload['kind'] ?? 'appointment';
  if (kind !== 'appointment' && kind !== 'group_session') return 'kind must be appointment or group_session.';
  return { appointmentId, kind };
}

/** A peer id as the server hands them out (a socket's id). */
const PEER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `{ appointmentId, peerId }` of a trainer's mute, or the reason it was refused. */
export function parseMute(payload: unknown): VideoMutePayload | string {
  const appointmentId = parseRoomPayload(payload);
  if (!appointmentId || !isObject(payload)) return 'appointmentId must be the id of a group session.';
  const peerId = payload['peerId'];
  if (typeof peerId !== 'string' || !PEER_ID.test(peerId)) return 'peerId must be the peer id of someone in the call.';
  return { appointmentId, peerId };
}

const ROLES: readonly VideoRole[] = ['client', 'worker', 'guest'];

/** `{ appointmentId, who? }` of an admission (the client when `who` is left out), or the reason it was refused. */
export function parseAdmit(payload: unknown): Required<VideoAdmitPayload> | string {
  const appointmentId = parseRoomPayload(payload);
  if (!appointmentId || !isObject(payload)) return 'appointmentId must be the id of an appointment.';
  const who = payload['who'] ?? 'client';
  if (who !== 'client' && who !== 'guest') return 'who must be client or guest.';
  return { appointmentId, who };
}

/**
 * A signalling message rebuilt from known fields only (nothing else is relayed), or the reason it
 * was refused, naming the field.
 */
export function parseSignal(payload: unknown): VideoSignal | string {
  const appointmentId = parseRoomPayload(payload);
  if (!appointmentId || !isObject(payload)) return 'appointmentId must be the id of an appointment.';
  const { description, candidate, to, toPeer } = payload;
  if (to !== undefined && !ROLES.includes(to as VideoRole)) return 'to must be client, worker or guest.';
  if (toPeer !== undefined && (typeof toPeer !== 'string' || !PEER_ID.test(toPeer)))
    return 'toPeer must be the peer id of someone in the call.';
  const addressed = { ...(to !== undefined && { to: to as VideoRole }), ...(toPeer !== undefined && { toPeer: toPeer as string }) };
  if ((description === undefined) === (candidate === undefined)) return 'Send exactly one of description and candidate.';
  if (description !== undefined) {
    if (!isObject(description) || (description['type'] !== 'offer' && description['type'] !== 'answer'))
      return 'description.type must be offer or answer.';
    if (!isText(description['sdp'], MAX_SDP_LENGTH) || description['sdp'].length === 0)
      return `description.sdp must be text of at most ${MAX_SDP_LENGTH} characters.`;
    const clean: VideoSessionDescription = { type: description['type'], sdp: description['sdp'] };
    const restart = payload['iceRestart'];
    if (restart !== undefined && (typeof restart !== 'boolean' || (restart && clean.type !== 'offer')))
      return 'iceRestart must be true or false, and only with an offer.';
    return { appointmentId, ...addressed, description: clean, ...(restart === true && { iceRestart: true }) };
  }
  if (!isObject(candidate) || !isText(candidate['candidate'], MAX_CANDIDATE_LENGTH))
    return `candidate.candidate must be text of at most ${MAX_CANDIDATE_LENGTH} characters.`;
  const mid = candidate['sdpMid'];
  if (mid !== undefined && mid !== null && !isText(mid, 64)) return 'candidate.sdpMid must be text of at most 64 characters.';
  const index = candidate['sdpMLineIndex'];
  if (index !== undefined && index !== null && (!Number.isInteger(index) || (index as number) < 0 || (index as number) > 64))
    return 'candidate.sdpMLineIndex must be a whole number from 0 to 64.';
  const clean: VideoIceCandidate = {
    candidate: candidate['candidate'],
    sdpMid: (mid as string | null | undefined) ?? null,
    sdpMLineIndex: (index as number | null | undefined) ?? null,
  };
  return { appointmentId, ...addressed, candidate: clean };
}

export function parseMediaState(payload: unknown): VideoMediaState | string {
  const appointmentId = parseRoomPayload(payload);
  if (!appointmentId || !isObject(payload)) return 'appointmentId must be the id of an appointment.';
  if (typeof payload['audio'] !== 'boolean') return 'audio must be true or false.';
  if (typeof payload['video'] !== 'boolean') return 'video must be true or false.';
  const audioOnly = payload['audioOnly'] ?? false;
  if (typeof audioOnly !== 'boolean') return 'audioOnly must be true or false.';
  return { appointmentId, audio: payload['audio'], video: payload['video'], audioOnly };
}

/** A line for the text panel: plain text of 1 to VIDEO_TEXT_MAX_LENGTH characters (after trimming), or the reason it was refused. */
export function parseText(payload: unknown): VideoTextPayload | string {
  const appointmentId = parseRoomPayload(payload);
  if (!appointmentId || !isObject(payload)) return 'appointmentId must be the id of an appointment.';
  const body = payload['body'];
  if (!isText(body, VIDEO_TEXT_MAX_LENGTH) || body.trim().length === 0)
    return `body must be text of 1 to ${VIDEO_TEXT_MAX_LENGTH} characters.`;
  return { appointmentId, body: body.trim() };
}
