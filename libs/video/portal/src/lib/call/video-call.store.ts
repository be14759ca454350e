import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import {
  VideoAck,
  VideoCallEnded,
  VideoClientEvent,
  VideoGuestKind,
  VideoGuestRoomView,
  VideoMediaState,
  VideoParticipant,
  VideoRole,
  VideoRoomState,
  VideoRoomView,
  VideoServerEvent,
  VideoSignal,
  VideoTextLine,
} from '@nabij/video/contracts';
import { firstValueFrom } from 'rxjs';
import { VideoApi } from '../video.api';
import { CallText } from './call-text';
import { PeerLink } from './peer-link';
import { QualityWatch } from './quality-watch';
import { VIDEO_CONNECTOR, VideoConnection } from './video-connection';

export type CallPhase = 'loading' | 'missing' | 'check' | 'joining' | 'waiting' | 'in_call' | 'ended' | 'error' | 'in_use';
export type DeviceProblem = 'denied' | 'no_device' | 'busy' | null;

/** Someone else in the call as this page shows them: their picture, the link's state and their microphone/camera. */
export interface RemotePerson {
  role: VideoRole;
  name: string | null;
  guestKind?: VideoGuestKind;
  stream: MediaStream | null;
  connection: RTCPeerConnectionState;
  audio: boolean;
  video: boolean;
  /** Their video is paused because their connection is poor (sound only). */
  audioOnly: boolean;
}

interface LinkState {
  stream: MediaStream | null;
  connection: RTCPeerConnectionState;
  audio: boolean;
  video: boolean;
  audioOnly: boolean;
}

/**
 * Who offers a link to whom in a call of three (a mesh: one link per pair): the worker to the client
 * and the guest, the client to the guest. The other side answers.
 */
const RANK: Record<VideoRole, number> = { worker: 0, client: 1, guest: 2 };
const NO_LINK: LinkState = { stream: null, connection: 'new', audio: true, video: true, audioOnly: false };

/**
 * One video call as the page shows it: the room, the device check's media, the socket, the
 * waiting room and the peer link. State is read-only signals, changed only by the methods here.
 */
@Injectable()
export class VideoCallStore implements OnDestroy {
  private readonly api = inject(VideoApi);
  private readonly connector = inject(VIDEO_CONNECTOR);

  private readonly _phase = signal<CallPhase>('loading');
  private readonly _room = signal<VideoRoomView | null>(null);
  private readonly _guest = signal<VideoGuestRoomView | null>(null);
  private readonly _state = signal<VideoRoomState | null>(null);
  private readonly _local = signal<MediaStream | null>(null);
  private readonly _links = signal<Partial<Record<VideoRole, LinkState>>>({});
  private readonly _audio = signal(true);
  private readonly _video = signal(true);
  private readonly _deviceProblem = signal<DeviceProblem>(null);
  private readonly _ended = signal<VideoCallEnded | null>(null);
  private readonly _noShowMarked = signal(false);
  private readonly _cameras = signal<string[]>([]);
  private readonly _audioOnly = signal(false);

  readonly phase = this._phase.asReadonly();
  readonly room = this._room.asReadonly();
  /** The call as a guest (interpreter, colleague by one-time link) sees it; null for the client and the worker. */
  readonly guest = this._guest.asReadonly();
  /** Who this page is in the call. */
  readonly you = computed<VideoRole | null>(() => (this._guest() ? 'guest' : (this._room()?.you ?? null)));
  readonly local = this._local.asReadonly();
  /** Everyone else in the call (not waiting), each with their own link. */
  readonly others = computed<RemotePerson[]>(() => {
    const links = this._links();
    const you = this.you();
    return (this._state()?.participants ?? [])
      .filter((p) => p.role !== you && p.presence === 'in_call')
      .map((p) => ({ role: p.role, name: p.name, ...(p.guestKind && { guestKind: p.guestKind }), ...(links[p.role] ?? NO_LINK) }));
  });
  /** The whole call's connection: connected when every link is, else the worst link's state. */
  readonly connection = computed<RTCPeerConnectionState>(() => {
    const states = Object.values(this._links()).map((l) => l.connection);
    for (const worst of ['failed', 'disconnected', 'new', 'connecting', 'closed'] as const) if (states.includes(worst)) return worst;
    return states.length > 0 ? 'connected' : 'new';
  });
  readonly audio = this._audio.asReadonly();
  /** This side sends sound only because its connection is poor (the fall-back decided it); "try again" undoes it. */
  readonly audioOnly = this._audioOnly.asReadonly();
  readonly video = this._video.asReadonly();
  readonly deviceProblem = this._deviceProblem.asReadonly();
  readonly ended = this._ended.asReadonly();
  readonly noShowMarked = this._noShowMarked.asReadonly();
  /** A phone's front and back camera (or a laptop with two): then the call offers to switch. */
  readonly canSwitchCamera = computed(() => this._cameras().length > 1);
  /** The client as the worker sees them: absent, waiting or in the call. */
  readonly client = computed(() => this._state()?.participants.find((p) => p.role === 'client') ?? null);
  /** The invited guest as the worker sees them: absent, waiting or in the call. */
  readonly guestParticipant = computed<VideoParticipant | null>(() => this._state()?.participants.find((p) => p.role === 'guest') ?? null);
  /** The worker may mark a no-show once the appointment started and the client never came. */
  readonly canMarkNoShow = computed(() => {
    const room = this._room();
    return !!room && room.you === 'worker' && room.status === 'planned' && !room.clientJoined && !this._noShowMarked();
  });

  /** The text panel beside the call (lines in this page only; the worker may save them at the end). */
  readonly text = new CallText((body) => this.emit<VideoTextLine>(VideoClientEvent.Text, { appointmentId: this.appointmentId, body }));

  private socket: VideoConnection | null = null;
  private readonly links = new Map<VideoRole, PeerLink>();
  private iceServers: RTCIceServer[] = [];
  private appointmentId = '';
  private guestToken: string | null = null;
  private readonly quality = new QualityWatch(
    () => [...this.links.values()].map((l) => l.connection).filter((pc): pc is RTCPeerConnection => !!pc),
    () => this._local()?.getVideoTracks()[0] ?? null,
    (audioOnly) => {
      this._audioOnly.set(audioOnly);
      void this.shareMedia();
    },
  );

  async load(appointmentId: string): Promise<void> {
    this.appointmentId = appointmentId;
    try {
      this._room.set(await firstValueFrom(this.api.room(appointmentId)));
      this._phase.set('check');
    } catch {
      this._phase.set('missing');
    }
  }

  /** A guest's page: the call behind the one-time link's token. */
  async loadGuest(token: string): Promise<void> {
    this.guestToken = token;
    try {
      const guest = await firstValueFrom(this.api.guestRoom(token));
      this.appointmentId = guest.appointmentId;
      this._guest.set(guest);
      this._phase.set('check');
    } catch {
      this._phase.set('missing');
    }
  }

  /** Whether the room can be entered now (the client's/worker's room or the guest's). */
  readonly open = computed(() => this._room()?.open ?? this._guest()?.open ?? false);

  /** The device check: asks the browser for camera and microphone (falls back to sound only without a camera). */
  async startDevices(): Promise<void> {
    this._deviceProblem.set(null);
    this.stopLocal();
    try {
      this._local.set(await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 } } }));
      await this.findCameras();
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      if (name === 'NotFoundError' || name === 'OverconstrainedError') {
        try {
          this._local.set(await navigator.mediaDevices.getUserMedia({ audio: true }));
          this._video.set(false);
          this._deviceProblem.set('no_device');
        } catch {
          this._deviceProblem.set('no_device');
        }
      } else this._deviceProblem.set(name === 'NotReadableError' ? 'busy' : 'denied');
    }
  }

  async join(): Promise<void> {
    this._phase.set('joining');
    try {
      const ice = await firstValueFrom(
        this.guestToken ? this.api.guestIceServers(this.guestToken) : this.api.iceServers(this.appointmentId),
      );
      this.iceServers = ice.iceServers;
      this.socket = await this.connector(this.guestToken ?? undefined);
      this.socket.on(VideoServerEvent.Room, (state: VideoRoomState) => this.roomChanged(state));
      this.socket.on(VideoServerEvent.Signal, (signal: VideoSignal) => void this.received(signal));
      this.socket.on(VideoServerEvent.Media, (media: VideoMediaState) =>
        this.patchLink(media.from ?? this.otherOfTwo(), { audio: media.audio, video: media.video, audioOnly: media.audioOnly ?? false }),
      );
      this.socket.on(VideoServerEvent.Ended, (ended: VideoCallEnded) => this.finish(ended));
      this.socket.on(VideoServerEvent.Text, (line: VideoTextLine) => this.text.received(line));
      this.socket.on(VideoServerEvent.LoginEnded, (ended: { reason?: string }) => {
        if (ended?.reason === 'link_revoked') this.finish(null);
      });
      this.socket.onReconnect(() => void this.enterRoom());
      await this.enterRoom();
    } catch {
      this._phase.set('error');
    }
  }

  async admit(who: 'client' | 'guest' = 'client'): Promise<void> {
    await this.emit(
      VideoClientEvent.Admit,
      who === 'client' ? { appointmentId: this.appointmentId } : { appointmentId: this.appointmentId, who },
    );
  }

  toggleAudio(): void {
    this._audio.update((on) => !on);
    for (const track of this._local()?.getAudioTracks() ?? []) track.enabled = this._audio();
    void this.shareMedia();
  }

  toggleVideo(): void {
    this._video.update((on) => !on);
    for (const track of this._local()?.getVideoTracks() ?? []) track.enabled = this._video();
    void this.shareMedia();
  }

  /** The next camera (front ↔ back on a phone), on the preview and on the running link. */
  async switchCamera(): Promise<void> {
    const local = this._local();
    const cameras = this._cameras();
    if (!local || cameras.length < 2) return;
    const current = local.getVideoTracks()[0];
    const next = cameras[(cameras.indexOf(current?.getSettings().deviceId ?? '') + 1) % cameras.length];
    // Phones often give one camera at a time: let go of this one first.
    current?.stop();
    try {
      const [track] = (await navigator.mediaDevices.getUserMedia({ video: { deviceId: { exact: next } } })).getVideoTracks();
      if (current) local.removeTrack(current);
      track.enabled = this._video();
      local.addTrack(track);
      for (const link of this.links.values()) await link.replaceVideoTrack(track);
    } catch {
      this._deviceProblem.set('busy');
    }
  }

  /** "Probeer video opnieuw" after the fall-back to sound only. */
  async retryVideo(): Promise<void> {
    await this.quality.retry();
  }

  async hangUp(): Promise<void> {
    const ack = await this.emit<VideoCallEnded | null>(VideoClientEvent.HangUp, { appointmentId: this.appointmentId });
    // The Ended event may have arrived (and closed the socket) before the answer.
    if (this._phase() !== 'ended') this.finish(ack?.ok ? ack.data : null);
  }

  /** "Bewaar in dossier" (the worker, after the call). */
  async saveText(): Promise<void> {
    await this.text.saveWith((lines) =>
      firstValueFrom(this.api.saveText(this.appointmentId, { lines: lines.map(({ from, body, at }) => ({ from, body, at })) })),
    );
  }

  async markNoShow(): Promise<void> {
    const room = this._room();
    if (!room) return;
    await firstValueFrom(this.api.markNoShow(room.caseId, room.appointmentId));
    this._noShowMarked.set(true);
  }

  ngOnDestroy(): void {
    this.quality.stop();
    this.closeLinks();
    this.socket?.close();
    this.stopLocal();
  }

  private async enterRoom(): Promise<void> {
    const ack = await this.emit<VideoRoomState>(VideoClientEvent.Join, { appointmentId: this.appointmentId });
    if (!ack?.ok) {
      this._phase.set(ack?.error === 'in_use' ? 'in_use' : 'error');
      return;
    }
    this.roomChanged(ack.data);
    void this.shareMedia();
  }

  /**
   * Keeps one link per other person in the call: whoever ranks higher (worker, then client) offers
   * each time the other (re)enters the call or they themselves just came in; a person who leaves
   * the call takes their link along.
   */
  private roomChanged(state: VideoRoomState): void {
    const before = this._state();
    this._state.set(state);
    if (this._phase() === 'ended') return;
    this._phase.set(state.you === 'in_call' ? 'in_call' : 'waiting');
    if (state.you === 'in_call') this.quality.start();
    const you = this.you();
    if (!you) return;
    const meIn = state.you === 'in_call';
    const meWasIn = before?.you === 'in_call';
    const inCall = (s: VideoRoomState | null, role: VideoRole) =>
      !!s?.participants.some((p) => p.role === role && p.presence === 'in_call');
    let offered = false;
    for (const role of ['worker', 'client', 'guest'] as const) {
      if (role === you) continue;
      const isIn = meIn && inCall(state, role);
      if (!isIn) this.dropLink(role);
      else if (RANK[you] < RANK[role] && !(meWasIn && inCall(before, role))) {
        void this.linkTo(role).offer();
        offered = true;
      }
    }
    if (offered) void this.shareMedia();
    const room = this._room();
    if (room?.you === 'worker' && state.participants.some((p) => p.role === 'client')) this._room.set({ ...room, clientJoined: true });
  }

  private async received(signal: VideoSignal): Promise<void> {
    const from = signal.from ?? this.otherOfTwo();
    if (!from || from === this.you()) return;
    await this.linkTo(from).receive(signal);
  }

  private linkTo(role: VideoRole): PeerLink {
    let link = this.links.get(role);
    if (!link) {
      link = new PeerLink(this.iceServers, this._local() ?? new MediaStream(), {
        state: (s) => this.connectionChanged(role, s),
        remote: (stream) => this.patchLink(role, { stream }),
        signal: (s) => void this.emit(VideoClientEvent.Signal, { appointmentId: this.appointmentId, to: role, ...s }),
      });
      this.links.set(role, link);
    }
    return link;
  }

  private dropLink(role: VideoRole): void {
    this.links.get(role)?.close();
    this.links.delete(role);
    this._links.update((links) => {
      const rest = { ...links };
      delete rest[role];
      return rest;
    });
  }

  private closeLinks(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
  }

  private patchLink(role: VideoRole | null, patch: Partial<LinkState>): void {
    if (!role) return;
    this._links.update((links) => ({ ...links, [role]: { ...(links[role] ?? NO_LINK), ...patch } }));
  }

  /** In a call of two the other person, for messages without a sender (as the server sent them before there were guests). */
  private otherOfTwo(): VideoRole | null {
    const you = this.you();
    return you === 'worker' ? 'client' : you === 'client' ? 'worker' : null;
  }

  /**
   * A link that failed (the network changed, a phone switched from wifi to 4G) is restarted by the
   * offering side (an ICE restart on the same connection, or a new link when that cannot be),
   * without anyone leaving the room.
   */
  private connectionChanged(role: VideoRole, state: RTCPeerConnectionState): void {
    this.patchLink(role, { connection: state });
    const you = this.you();
    const theyAreIn = this._state()?.participants.some((p) => p.role === role && p.presence === 'in_call');
    if (state === 'failed' && you && RANK[you] < RANK[role] && theyAreIn && this._phase() === 'in_call')
      void this.links.get(role)?.restart();
  }

  private async shareMedia(): Promise<void> {
    if (this._phase() !== 'in_call') return;
    await this.emit(VideoClientEvent.Media, {
      appointmentId: this.appointmentId,
      audio: this._audio(),
      video: this._video(),
      audioOnly: this._audioOnly(),
    });
  }

  private finish(ended: VideoCallEnded | null): void {
    if (ended) this._ended.set(ended);
    this._phase.set('ended');
    this.quality.stop();
    this.closeLinks();
    this._links.set({});
    this.socket?.close();
    this.socket = null;
    this.stopLocal();
  }

  private async findCameras(): Promise<void> {
    const devices = (await navigator.mediaDevices.enumerateDevices?.().catch(() => [])) ?? [];
    this._cameras.set(devices.filter((d) => d.kind === 'videoinput' && d.deviceId).map((d) => d.deviceId));
  }

  private stopLocal(): void {
    for (const track of this._local()?.getTracks() ?? []) track.stop();
    this._local.set(null);
  }

  private async emit<T>(event: string, payload: unknown): Promise<VideoAck<T> | null> {
    try {
      return (await this.socket?.emitWithAck<VideoAck<T>>(event, payload)) ?? null;
    } catch {
      return null;
    }
  }
}
