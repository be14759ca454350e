import { HttpException, Injectable, Logger } from '@nestjs/common';
import type { AuthUser, RequestMeta } from '@nabij/platform/api';
import {
  firstNameOf,
  VideoAck,
  VideoCallEnded,
  VideoErrorCode,
  VideoMuted,
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
import { GroupVideoRoomsService } from '../rooms/group-video-rooms.service';
import { parseAdmit, parseJoin, parseMediaState, parseMute, parseRoomPayload, parseSignal, parseText } from './video-payloads';

/**
 * Everyone present for an appointment (waiting or in the call); the sockets of one role (client,
 * worker, guest), waiting or not; those in the call; and those of one role in the call, to whom a
 * signal addressed to that role goes (a call of three has a link per pair).
 */
export const videoRoom = (appointmentId: string) => `video:${appointmentId}`;
const roleRoom = (appointmentId: string, role: VideoRole) => `video:${appointmentId}:as:${role}`;
export const callRoom = (appointmentId: string) => `video:${appointmentId}:call`;
const callRoleRoom = (appointmentId: string, role: VideoRole) => `video:${appointmentId}:call:${role}`;
/** In a group session: one person's page in the call, to whom the signals addressed to that peer go. */
const peerRoom = (appointmentId: string, peerId: string) => `video:${appointmentId}:peer:${peerId}`;
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
  /** The appointment's video_call row; null in a group session (its time comes from attendance, as for a room). */
  callId: string | null;
  /** A group session's room: the account (never sent to anyone, it counts people against the cap). */
  group?: { userId: string };
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
    private readonly groups: GroupVideoRoomsService,
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
    const join = parseJoin(payload);
    if (typeof join === 'string') return fail('invalid', join);
    const { appointmentId, kind } = join;
    const guest = socket.data.guest as GuestIdentity | undefined;
    if (guest)
      return kind === 'appointment' ? this.joinAsGuest(socket, guest, appointmentId) : fail('not_found', 'This link is for another call.');
    const user = this.user(socket);
    if (kind === 'group_session') return this.joinGroup(socket, user, appointmentId);
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

  /**
   * A training group's session held in Nabij: its trainers (role worker) and active participants
   * (role client) only, each known by the group's name for them. A trainer is in the call at once and
   * lets in whoever waits; a participant waits until a trainer is there. At most the group's maximum
   * plus its trainers are in the room (several pages of one person count once). Everyone in the call
   * links with everyone else (full mesh), so signals go to one peer (`toPeer`).
   */
  private async joinGroup(socket: Socket, user: AuthUser, sessionId: string): Promise<VideoAck<VideoRoomState>> {
    try {
      const seat = await this.groups.joinable(user, sessionId, meta(socket));
      const present = (await this.server().in(videoRoom(sessionId)).fetchSockets()).filter((s) => s.id !== socket.id);
      const people = new Set(present.map((s) => membershipOf(s, sessionId)?.group?.userId).filter(Boolean));
      if (!people.has(user.id) && people.size >= seat.maxPeople)
        return fail('full', `This group call has ${seat.maxPeople} people already, as many as the group can have.`);
      const role: VideoRole = seat.role === 'trainer' ? 'worker' : 'client';
      this.memberships(socket)[sessionId] = { role, name: seat.displayName, callId: null, group: { userId: user.id } };
      const trainerHere = present.some((s) => membershipOf(s, sessionId)?.role === 'worker' && s.rooms.has(callRoom(sessionId)));
      await socket.join([videoRoom(sessionId), roleRoom(sessionId, role)]);
      if (role === 'worker' || trainerHere) await socket.join([callRoom(sessionId), peerRoom(sessionId, socket.id)]);
      if (role === 'worker') {
        // The trainer's arrival lets in the participants who were waiting.
        for (const waiting of present.filter((s) => !s.rooms.has(callRoom(sessionId)) && membershipOf(s, sessionId)))
          this.server()
            .in(waiting.id)
            .socketsJoin([callRoom(sessionId), peerRoom(sessionId, waiting.id)]);
      }
      await this.broadcast(sessionId);
      return { ok: true, data: await this.state(sessionId, role, socket) };
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
    if (membership.group || !membership.callId) return fail('invalid', "A group's participants come in when a trainer is there.");
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
    const membership = this.memberships(socket)[signal.appointmentId];
    const from = membership.role;
    if (membership.group) {
      // Full mesh: a signal is for one link of the pair, so for one peer.
      if (!signal.toPeer) return fail('invalid', 'toPeer must be the peer id of someone in the call.');
      const { to: _to, ...rest } = signal;
      socket.to(peerRoom(signal.appointmentId, signal.toPeer)).emit(VideoServerEvent.Signal, { ...rest, from, fromPeer: socket.id });
      return { ok: true, data: null };
    }
    const { toPeer: _toPeer, ...oneToOne } = signal;
    const to = signal.to ? callRoleRoom(signal.appointmentId, signal.to) : callRoom(signal.appointmentId);
    socket.to(to).emit(VideoServerEvent.Signal, { ...oneToOne, from });
    return { ok: true, data: null };
  }

  /** A trainer turns someone's microphone off in a group call (they may turn it on again themselves). */
  async mute(socket: Socket, payload: unknown): Promise<VideoAck<null>> {
    const mute = parseMute(payload);
    if (typeof mute === 'string') return fail('invalid', mute);
    const membership = this.memberships(socket)[mute.appointmentId];
    if (!membership?.group || !this.inCall(socket, mute.appointmentId)) return fail('not_in_call', 'Join the group call first.');
    if (membership.role !== 'worker') return fail('forbidden', "Only a trainer turns someone else's microphone off.");
    const target = await this.server().in(peerRoom(mute.appointmentId, mute.peerId)).fetchSockets();
    if (target.length === 0) return fail('not_in_call', 'This person is not in the call.');
    this.server()
      .in(peerRoom(mute.appointmentId, mute.peerId))
      .emit(VideoServerEvent.Muted, { appointmentId: mute.appointmentId, by: membership.name } satisfies VideoMuted);
    return { ok: true, data: null };
  }

  media(socket: Socket, payload: unknown): VideoAck<null> {
    const state = parseMediaState(payload);
    if (typeof state === 'string') return fail('invalid', state);
    if (!this.inCall(socket, state.appointmentId)) return fail('not_in_call', 'Only people in the call share their media state.');
    const membership = this.memberships(socket)[state.appointmentId];
    socket
      .to(callRoom(state.appointmentId))
      .emit(VideoServerEvent.Media, { ...state, from: membership.role, ...(membership.group && { fromPeer: socket.id }) });
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
    const membership = this.memberships(socket)[text.appointmentId];
    const line: VideoTextLine = {
      appointmentId: text.appointmentId,
      from: membership.role,
      ...(membership.group && { fromPeer: socket.id }),
      body: text.body,
      at: this.rooms.now().toISOString(),
    };
    socket.to(callRoom(text.appointmentId)).emit(VideoServerEvent.Text, line);
    return { ok: true, data: line };
  }

  /** The worker's hang-up ends the call for everyone; the client's or guest's only takes them out (they may come back). */
  async hangUp(socket: Socket, payload: unknown): Promise<VideoAck<VideoCallEnded | null>> {
    const appointmentId = parseRoomPayload(payload);
    const membership = appointmentId ? this.memberships(socket)[appointmentId] : undefined;
    if (!appointmentId || !membership) return fail('not_in_call', 'Join the room first.');
    // In a group session the trainer's hang-up takes only them out: the others may go on.
    if (membership.role === 'worker' && membership.callId)
      return { ok: true, data: await this.end(appointmentId, membership.callId, 'worker') };
    return { ok: true, data: await this.left(socket, appointmentId) };
  }

  /** Takes the socket out of the room; when nobody is left, the call ends. */
  private async left(socket: Socket, appointmentId: string): Promise<VideoCallEnded | null> {
    const membership = this.memberships(socket)[appointmentId];
    if (!membership) return null;
    delete this.memberships(socket)[appointmentId];
    try {
      for (const room of [...allRooms(appointmentId), peerRoom(appointmentId, socket.id)]) await socket.leave(room);
      const present = await this.server().in(videoRoom(appointmentId)).fetchSockets();
      if (present.length === 0 && membership.callId) return await this.end(appointmentId, membership.callId, 'everyone_left');
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
    const { participants, startedAt, group } = await this.presence(appointmentId, sockets);
    for (const s of sockets) {
      const role = membershipOf(s, appointmentId)?.role;
      if (!role) continue;
      const you: VideoPresence = s.rooms.has(callRoom(appointmentId)) ? 'in_call' : 'waiting';
      s.emit(VideoServerEvent.Room, {
        appointmentId,
        participants: seenBy(role, participants),
        you,
        startedAt,
        ...(group && { kind: 'group_session' as const, yourPeerId: s.id }),
      } satisfies VideoRoomState);
    }
  }

  private async state(appointmentId: string, role: VideoRole, socket: Socket): Promise<VideoRoomState> {
    const sockets = await this.server().in(videoRoom(appointmentId)).fetchSockets();
    const { participants, startedAt, group } = await this.presence(appointmentId, sockets);
    const you: VideoPresence = socket.rooms.has(callRoom(appointmentId)) ? 'in_call' : 'waiting';
    return {
      appointmentId,
      participants: seenBy(role, participants),
      you,
      startedAt,
      ...(group && { kind: 'group_session' as const, yourPeerId: socket.id }),
    };
  }

  /**
   * One entry per person (several tabs of one person count once), with their place. In a group
   * session one entry per page in the room, with its peer id and the group's name for the person.
   */
  private async presence(
    appointmentId: string,
    sockets: Array<{ id: string; data: Record<string, unknown>; rooms: Set<string> }>,
  ): Promise<{ participants: VideoParticipant[]; startedAt: string | null; group: boolean }> {
    const members = sockets
      .map((s) => ({ s, m: membershipOf(s, appointmentId) }))
      .filter((x): x is { s: typeof x.s; m: Membership } => !!x.m);
    if (members.some(({ m }) => m.group)) {
      const order = (role: VideoRole) => (role === 'worker' ? 0 : 1);
      const participants = members
        .map(({ s, m }): VideoParticipant => ({
          role: m.role,
          name: m.name,
          presence: s.rooms.has(callRoom(appointmentId)) ? 'in_call' : 'waiting',
          peerId: s.id,
        }))
        .sort((a, b) => order(a.role) - order(b.role) || (a.name ?? '').localeCompare(b.name ?? '', 'nl'));
      return { participants, startedAt: null, group: true };
    }
    const call = await this.calls.running(appointmentId);
    const byRole = new Map<VideoRole, VideoParticipant>();
    for (const { s, m } of members) {
      const presence: VideoPresence = s.rooms.has(callRoom(appointmentId)) ? 'in_call' : 'waiting';
      const seen = byRole.get(m.role);
      if (!seen || presence === 'in_call')
        byRole.set(m.role, { role: m.role, name: m.name, presence, ...(m.guestKind && { guestKind: m.guestKind }) });
    }
    const participants = [byRole.get('worker'), byRole.get('client'), byRole.get('guest')].filter((p): p is VideoParticipant => !!p);
    return { participants, startedAt: call?.admitted_at ? new Date(call.admitted_at).toISOString() : null, group: false };
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

/** What a socket (local or on another instance) keeps of one room. */
function membershipOf(socket: { data: Record<string, unknown> }, appointmentId: string): Membership | undefined {
  return (socket.data['video'] as Record<string, Membership> | undefined)?.[appointmentId];
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
