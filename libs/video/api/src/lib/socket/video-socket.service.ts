import { HttpException, Injectable, Logger } from '@nestjs/common';
import type { AuthUser, RequestMeta } from '@nabij/platform/api';
import {
  firstNameOf,
  VideoAck,
  VideoCallEnded,
  VideoErrorCode,
  VideoParticipant,
  VideoPresence,
  VideoRole,
  VideoRoomState,
  VideoServerEvent,
  VideoTextLine,
} from '@nabij/video/contracts';
import type { Namespace, Socket } from 'socket.io';
import { VideoCallsService } from '../calls/video-calls.service';
import { VideoGuest, VideoGuestsService } from '../guests/video-guests.service';
import { roleOf, VideoRoomsService } from '../rooms/video-rooms.service';
import { parseAdmit, parseMediaState, parseRoomPayload, parseSignal, parseText } from './video-payloads';

/**
 * Everyone present for an appointment (waiting or in the call); the sockets of one role (client,
 * worker, guest), waiting or not; those in the call; and those of one role in the call, to whom a
 * signal addressed to that role goes (a call of three has a link per pair).
 */
export const videoRoom = (appointmentId: string) => `video:${appointmentId}`;
const roleRoom = (appointmentId: string, role: VideoRole) => `video:${appointmentId}:as:${role}`;
export const callRoom = (appointmentId: string) => `video:${appointmentId}:call`;
const callRoleRoom = (appointmentId: string, role: VideoRole) => `video:${appointmentId}:call:${role}`;
/** Every socket of one guest link, so withdrawing the link closes them on any instance. */
const guestLinkRoom = (linkId: string) => `video:guest-link:${linkId}`;
const allRooms = (appointmentId: string): string[] => [
  videoRoom(appointmentId),
  callRoom(appointmentId),
  ...(['client', 'worker', 'guest'] as const).flatMap((role) => [roleRoom(appointmentId, role), callRoleRoom(appointmentId, role)]),
];

/** What a socket keeps per appointment it joined. */
interface Membership {
  role: VideoRole;
  name: string | null;
  callId: string;
  /** A guest's link and kind. */
  linkId?: string;
  guestKind?: VideoGuest['link']['kind'];
}

/** What a guest socket (no account, a one-time link) carries from its handshake. */
export interface GuestIdentity {
  linkId: string;
  appointmentId: string;
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
    private readonly guests: VideoGuestsService,
  ) {}

  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  connected(socket: Socket, user: AuthUser | undefined, guest?: GuestIdentity): void {
    if (user) socket.data.user = user;
    if (guest) {
      socket.data.guest = guest;
      void socket.join(guestLinkRoom(guest.linkId));
    }
    socket.data.video = {} as Record<string, Membership>;
    socket.on('disconnecting', () => {
      for (const appointmentId of Object.keys(this.memberships(socket))) void this.left(socket, appointmentId);
    });
  }

  async join(socket: Socket, payload: unknown): Promise<VideoAck<VideoRoomState>> {
    const appointmentId = parseRoomPayload(payload);
    if (!appointmentId) return fail('invalid', 'appointmentId must be the id of an appointment.');
    const guest = socket.data.guest as GuestIdentity | undefined;
    if (guest) return this.joinAsGuest(socket, guest, appointmentId);
    const user = this.user(socket);
    try {
      const appointment = await this.rooms.joinable(user, appointmentId, meta(socket));
      const role = roleOf(user);
      const call = await this.calls.enter(appointment, role);
      const name = role === 'client' ? appointment.clientName : appointment.workerName;
      this.memberships(socket)[appointmentId] = { role, name, callId: call.id };
      // The worker is in the call at once; a client only once admitted (also after a reload).
      await this.enter(socket, appointmentId, role, role === 'worker' || !!call.admitted_at);
      return { ok: true, data: await this.state(appointmentId, role, socket) };
    } catch (error) {
      return refusal(error);
    }
  }

  /**
   * A guest joins only their link's appointment, while the link is in use and the room open, from
   * one device at a time; they wait until the worker admits them (once admitted, a reload brings
   * them straight back).
   */
  private async joinAsGuest(socket: Socket, identity: GuestIdentity, appointmentId: string): Promise<VideoAck<VideoRoomState>> {
    if (appointmentId !== identity.appointmentId) return fail('not_found', 'This link is for another call.');
    try {
      const guest = await this.guests.stillValid(identity.linkId);
      if (!guest) return fail('not_found', 'This link does not work (any more).');
      this.rooms.assertOpen(guest.appointment);
      const elsewhere = (await this.server().in(guestLinkRoom(identity.linkId)).fetchSockets()).some(
        (s) => s.id !== socket.id && s.rooms.has(videoRoom(appointmentId)),
      );
      if (elsewhere) return fail('in_use', 'This link is open on another device. Close it there first.');
      const call = await this.calls.enter(guest.appointment, 'guest');
      this.memberships(socket)[appointmentId] = {
        role: 'guest',
        name: guest.link.first_name,
        callId: call.id,
        linkId: guest.link.id,
        guestKind: guest.link.kind,
      };
      await this.enter(socket, appointmentId, 'guest', !!guest.link.admitted_at);
      return { ok: true, data: await this.state(appointmentId, 'guest', socket) };
    } catch (error) {
      return refusal(error);
    }
  }

  private async enter(socket: Socket, appointmentId: string, role: VideoRole, inCall: boolean): Promise<void> {
    await socket.join([videoRoom(appointmentId), roleRoom(appointmentId, role)]);
    if (inCall) await socket.join([callRoom(appointmentId), callRoleRoom(appointmentId, role)]);
    await this.broadcast(appointmentId);
  }

  /** Withdrawing a guest link takes its guest out at once, on whichever instance their socket is. */
  async guestRevoked(appointmentId: string, linkId: string): Promise<void> {
    const server = this.server();
    server.in(guestLinkRoom(linkId)).emit(VideoServerEvent.LoginEnded, { reason: 'link_revoked' });
    server.in(guestLinkRoom(linkId)).disconnectSockets(true);
    await this.broadcast(appointmentId).catch(() => undefined);
  }

  async admit(socket: Socket, payload: unknown): Promise<VideoAck<VideoRoomState>> {
    const admit = parseAdmit(payload);
    if (typeof admit === 'string') return fail('invalid', admit);
    const { appointmentId, who } = admit;
    const membership = this.memberships(socket)[appointmentId];
    if (!membership) return fail('not_in_call', 'Join the room first.');
    if (membership.role !== 'worker') return fail('forbidden', 'Only the worker admits people to the call.');
    if (who === 'guest') {
      const waiting = await this.server().in(roleRoom(appointmentId, 'guest')).fetchSockets();
      const linkId = waiting.map((s) => (s.data.video as Record<string, Membership> | undefined)?.[appointmentId]?.linkId).find(Boolean);
      if (!linkId || !(await this.guests.admit(linkId))) return fail('not_in_call', 'No guest is waiting.');
    } else if (!(await this.calls.admit(membership.callId))) return fail('not_in_call', 'This call has ended.');
    this.server()
      .in(roleRoom(appointmentId, who))
      .socketsJoin([callRoom(appointmentId), callRoleRoom(appointmentId, who)]);
    await this.broadcast(appointmentId);
    return { ok: true, data: await this.state(appointmentId, 'worker', socket) };
  }

  /**
   * Passes an offer, answer or ICE candidate to the person named in `to` (or, without `to`, to the
   * others) in the call, stamped with who sent it; never to anyone waiting or outside.
   */
  signal(socket: Socket, payload: unknown): VideoAck<null> {
    const signal = parseSignal(payload);
    if (typeof signal === 'string') return fail('invalid', signal);
    if (!this.inCall(socket, signal.appointmentId)) return fail('not_in_call', 'Only people in the call exchange signals.');
    const from = this.memberships(socket)[signal.appointmentId].role;
    const to = signal.to ? callRoleRoom(signal.appointmentId, signal.to) : callRoom(signal.appointmentId);
    socket.to(to).emit(VideoServerEvent.Signal, { ...signal, from });
    return { ok: true, data: null };
  }

  media(socket: Socket, payload: unknown): VideoAck<null> {
    const state = parseMediaState(payload);
    if (typeof state === 'string') return fail('invalid', state);
    if (!this.inCall(socket, state.appointmentId)) return fail('not_in_call', 'Only people in the call share their media state.');
    const from = this.memberships(socket)[state.appointmentId].role;
    socket.to(callRoom(state.appointmentId)).emit(VideoServerEvent.Media, { ...state, from });
    return { ok: true, data: null };
  }

  /**
   * A line of the text panel, passed on to the others in the call (a guest included, nobody waiting)
   * and stored nowhere: the worker may save the panel to the dossier at the end (REST).
   */
  text(socket: Socket, payload: unknown): VideoAck<VideoTextLine> {
    const text = parseText(payload);
    if (typeof text === 'string') return fail('invalid', text);
    if (!this.inCall(socket, text.appointmentId)) return fail('not_in_call', 'Only people in the call share text.');
    const from = this.memberships(socket)[text.appointmentId].role;
    const line: VideoTextLine = { appointmentId: text.appointmentId, from, body: text.body, at: this.rooms.now().toISOString() };
    socket.to(callRoom(text.appointmentId)).emit(VideoServerEvent.Text, line);
    return { ok: true, data: line };
  }

  /** The worker's hang-up ends the call for everyone; the client's or guest's only takes them out (they may come back). */
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
    try {
      for (const room of allRooms(appointmentId)) await socket.leave(room);
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
    server.in(videoRoom(appointmentId)).socketsLeave(allRooms(appointmentId));
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
      s.emit(VideoServerEvent.Room, { appointmentId, participants: seenBy(role, participants), you, startedAt } satisfies VideoRoomState);
    }
  }

  private async state(appointmentId: string, role: VideoRole, socket: Socket): Promise<VideoRoomState> {
    const sockets = await this.server().in(videoRoom(appointmentId)).fetchSockets();
    const { participants, startedAt } = await this.presence(appointmentId, sockets);
    const you: VideoPresence = socket.rooms.has(callRoom(appointmentId)) ? 'in_call' : 'waiting';
    return { appointmentId, participants: seenBy(role, participants), you, startedAt };
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
      if (!seen || presence === 'in_call')
        byRole.set(m.role, { role: m.role, name: m.name, presence, ...(m.guestKind && { guestKind: m.guestKind }) });
    }
    const participants = [byRole.get('worker'), byRole.get('client'), byRole.get('guest')].filter((p): p is VideoParticipant => !!p);
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

/** A guest sees first names only; the client and the worker see the names as they are. */
function seenBy(role: VideoRole, participants: VideoParticipant[]): VideoParticipant[] {
  return role === 'guest' ? participants.map((p) => ({ ...p, name: firstNameOf(p.name) })) : participants;
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
