import { HttpException, Injectable, Logger } from '@nestjs/common';
import type { AuthUser, RequestMeta } from '@nabij/platform/api';
import {
  VideoAck,
  VideoCallEnded,
  VideoErrorCode,
  VideoParticipant,
  VideoPresence,
  VideoRole,
  VideoRoomState,
  VideoServerEvent,
} from '@nabij/video/contracts';
import type { Namespace, Socket } from 'socket.io';
import { VideoCallsService } from '../calls/video-calls.service';
import { roleOf, VideoRoomsService } from '../rooms/video-rooms.service';
import { parseMediaState, parseRoomPayload, parseSignal } from './video-payloads';

/** Everyone present for an appointment (waiting or in the call), the client's sockets, and those in the call. */
export const videoRoom = (appointmentId: string) => `video:${appointmentId}`;
const clientsRoom = (appointmentId: string) => `video:${appointmentId}:clients`;
export const callRoom = (appointmentId: string) => `video:${appointmentId}:call`;

/** What a socket keeps per appointment it joined. */
interface Membership {
  role: VideoRole;
  name: string | null;
  callId: string;
}

const fail = (error: VideoErrorCode, message: string): VideoAck<never> => ({ ok: false, error, message });

/**
 * The /video socket: joining a video appointment's room (the client waits, the worker admits),
 * relaying WebRTC signalling and media state only between the two people in the call, and ending
 * the call. Presence is read from socket.io's rooms (fetchSockets), admission from the database,
 * so both survive a page reload and work through a socket.io adapter across API instances.
 */
@Injectable()
export class VideoSocketService {
  private readonly logger = new Logger('VideoSocket');
  private namespace: Namespace | null = null;

  constructor(
    private readonly rooms: VideoRoomsService,
    private readonly calls: VideoCallsService,
  ) {}

  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  connected(socket: Socket, user: AuthUser): void {
    socket.data.user = user;
    socket.data.video = {} as Record<string, Membership>;
    socket.on('disconnecting', () => {
      for (const appointmentId of Object.keys(this.memberships(socket))) void this.left(socket, appointmentId);
    });
  }

  async join(socket: Socket, payload: unknown): Promise<VideoAck<VideoRoomState>> {
    const appointmentId = parseRoomPayload(payload);
    if (!appointmentId) return fail('invalid', 'appointmentId must be the id of an appointment.');
    const user = this.user(socket);
    try {
      const appointment = await this.rooms.joinable(user, appointmentId, meta(socket));
      const role = roleOf(user);
      const call = await this.calls.enter(appointment, role);
      const name = role === 'client' ? appointment.clientName : appointment.workerName;
      this.memberships(socket)[appointmentId] = { role, name, callId: call.id };
      await socket.join(videoRoom(appointmentId));
      if (role === 'client') await socket.join(clientsRoom(appointmentId));
      // The worker is in the call at once; a client only once admitted (also after a reload).
      if (role === 'worker' || call.admitted_at) await socket.join(callRoom(appointmentId));
      await this.broadcast(appointmentId);
      return { ok: true, data: await this.state(appointmentId, role) };
    } catch (error) {
      return refusal(error);
    }
  }

  async admit(socket: Socket, payload: unknown): Promise<VideoAck<VideoRoomState>> {
    const appointmentId = parseRoomPayload(payload);
    const membership = appointmentId ? this.memberships(socket)[appointmentId] : undefined;
    if (!appointmentId || !membership) return fail('not_in_call', 'Join the room first.');
    if (membership.role !== 'worker') return fail('forbidden', 'Only the worker admits people to the call.');
    const call = await this.calls.admit(membership.callId);
    if (!call) return fail('not_in_call', 'This call has ended.');
    this.server().in(clientsRoom(appointmentId)).socketsJoin(callRoom(appointmentId));
    await this.broadcast(appointmentId);
    return { ok: true, data: await this.state(appointmentId, 'worker') };
  }

  /** Passes an offer, answer or ICE candidate to the other person in the call; never to anyone else. */
  signal(socket: Socket, payload: unknown): VideoAck<null> {
    const signal = parseSignal(payload);
    if (typeof signal === 'string') return fail('invalid', signal);
    if (!this.inCall(socket, signal.appointmentId)) return fail('not_in_call', 'Only people in the call exchange signals.');
    socket.to(callRoom(signal.appointmentId)).emit(VideoServerEvent.Signal, signal);
    return { ok: true, data: null };
  }

  media(socket: Socket, payload: unknown): VideoAck<null> {
    const state = parseMediaState(payload);
    if (typeof state === 'string') return fail('invalid', state);
    if (!this.inCall(socket, state.appointmentId)) return fail('not_in_call', 'Only people in the call share their media state.');
    socket.to(callRoom(state.appointmentId)).emit(VideoServerEvent.Media, state);
    return { ok: true, data: null };
  }

  /** The worker's hang-up ends the call for both; the client's only takes the client out (they may come back). */
  async hangUp(socket: Socket, payload: unknown): Promise<VideoAck<VideoCallEnded | null>> {
    const appointmentId = parseRoomPayload(payload);
    const membership = appointmentId ? this.memberships(socket)[appointmentId] : undefined;
    if (!appointmentId || !membership) return fail('not_in_call', 'Join the room first.');
    if (membership.role === 'worker') return { ok: true, data: await this.end(appointmentId, membership.callId, 'worker') };
    return { ok: true, data: await this.left(socket, appointmentId) };
  }

  /** Takes the socket out of the room; when nobody is left, the call ends. */
  private async left(socket: Socket, appointmentId: string): Promise<VideoCallEnded | null> {
    const membership = this.memberships(socket)[appointmentId];
    if (!membership) return null;
    delete this.memberships(socket)[appointmentId];
    for (const room of [videoRoom(appointmentId), clientsRoom(appointmentId), callRoom(appointmentId)]) await socket.leave(room);
    try {
      const present = await this.server().in(videoRoom(appointmentId)).fetchSockets();
      if (present.length === 0) return await this.end(appointmentId, membership.callId, 'everyone_left');
      await this.broadcast(appointmentId);
    } catch (error) {
      this.logger.warn(`Leaving video room failed: ${error instanceof Error ? error.message : error}`);
    }
    return null;
  }

  private async end(appointmentId: string, callId: string, endedBy: VideoCallEnded['endedBy']): Promise<VideoCallEnded | null> {
    const ended = await this.calls.end(callId);
    if (!ended) return null;
    const event: VideoCallEnded = { appointmentId, durationSeconds: ended.duration_seconds ?? 0, endedBy };
    const server = this.server();
    server.to(videoRoom(appointmentId)).emit(VideoServerEvent.Ended, event);
    for (const s of await server.in(videoRoom(appointmentId)).fetchSockets()) {
      // Local sockets forget the membership; remote ones are told by the Ended event and leave the rooms here.
      const local = server.sockets.get(s.id);
      if (local) delete this.memberships(local)[appointmentId];
    }
    server.in(videoRoom(appointmentId)).socketsLeave([videoRoom(appointmentId), clientsRoom(appointmentId), callRoom(appointmentId)]);
    return event;
  }

  /** Tells everyone in the room who is there; each hears their own place (waiting or in the call). */
  private async broadcast(appointmentId: string): Promise<void> {
    const sockets = await this.server().in(videoRoom(appointmentId)).fetchSockets();
    const { participants, startedAt } = await this.presence(appointmentId, sockets);
    for (const s of sockets) {
      const role = (s.data.video as Record<string, Membership> | undefined)?.[appointmentId]?.role;
      if (!role) continue;
      const you: VideoPresence = s.rooms.has(callRoom(appointmentId)) ? 'in_call' : 'waiting';
      s.emit(VideoServerEvent.Room, { appointmentId, participants, you, startedAt } satisfies VideoRoomState);
    }
  }

  private async state(appointmentId: string, role: VideoRole): Promise<VideoRoomState> {
    const sockets = await this.server().in(videoRoom(appointmentId)).fetchSockets();
    const { participants, startedAt } = await this.presence(appointmentId, sockets);
    const you: VideoPresence = role === 'worker' || startedAt ? 'in_call' : 'waiting';
    return { appointmentId, participants, you, startedAt };
  }

  /** One entry per person (several tabs of one person count once), with their place. */
  private async presence(
    appointmentId: string,
    sockets: Array<{ data: Record<string, unknown>; rooms: Set<string> }>,
  ): Promise<{ participants: VideoParticipant[]; startedAt: string | null }> {
    const call = await this.calls.running(appointmentId);
    const byRole = new Map<VideoRole, VideoParticipant>();
    for (const s of sockets) {
      const m = (s.data['video'] as Record<string, Membership> | undefined)?.[appointmentId];
      if (!m) continue;
      const presence: VideoPresence = s.rooms.has(callRoom(appointmentId)) ? 'in_call' : 'waiting';
      const seen = byRole.get(m.role);
      if (!seen || presence === 'in_call') byRole.set(m.role, { role: m.role, name: m.name, presence });
    }
    const participants = [byRole.get('worker'), byRole.get('client')].filter((p): p is VideoParticipant => !!p);
    return { participants, startedAt: call?.admitted_at ? new Date(call.admitted_at).toISOString() : null };
  }

  private inCall(socket: Socket, appointmentId: string): boolean {
    return !!this.memberships(socket)[appointmentId] && socket.rooms.has(callRoom(appointmentId));
  }

  private memberships(socket: Socket): Record<string, Membership> {
    return socket.data.video as Record<string, Membership>;
  }

  private user(socket: Socket): AuthUser {
    return socket.data.user as AuthUser;
  }

  private server(): Namespace {
    if (!this.namespace) throw new Error('video namespace not attached');
    return this.namespace;
  }
}

function meta(socket: Socket): RequestMeta {
  const agent = socket.handshake.headers['user-agent'];
  return { ip: socket.handshake.address ?? null, userAgent: typeof agent === 'string' ? agent.slice(0, 300) : null };
}

/** The HTTP rule's answer (404 not yours, 409 not open) as a socket refusal. */
function refusal(error: unknown): VideoAck<never> {
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 404) return fail('not_found', error.message);
    if (status === 409) return fail('not_open', error.message);
    if (status === 403) return fail('forbidden', error.message);
  }
  throw error;
}
