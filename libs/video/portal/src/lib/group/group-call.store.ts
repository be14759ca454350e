import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import {
  GroupVideoRoomView,
  VideoAck,
  VideoClientEvent,
  VideoMediaState,
  VideoMuted,
  VideoParticipant,
  VideoRoomState,
  VideoServerEvent,
  VideoSignal,
  VideoTextLine,
} from '@nabij/video/contracts';
import { firstValueFrom } from 'rxjs';
import { CallText } from '../call/call-text';
import { PeerLink } from '../call/peer-link';
import { VIDEO_CONNECTOR, VideoConnection } from '../call/video-connection';
import { VideoApi } from '../video.api';
import { sendQuality } from './send-quality';

export type GroupCallPhase = 'loading' | 'missing' | 'not_open' | 'check' | 'joining' | 'waiting' | 'in_call' | 'left' | 'full' | 'error';

/** Someone else in the group call: the name the group knows them by, their picture and microphone/camera. */
export interface GroupPeer {
  peerId: string;
  name: string | null;
  trainer: boolean;
  stream: MediaStream | null;
  connection: RTCPeerConnectionState;
  audio: boolean;
  video: boolean;
}

/**
 * A training group's session held in Nabij, as the page shows it. Everyone in the call links with
 * everyone else (full mesh: one RTCPeerConnection per pair, the peer with the smaller id offers), so
 * each browser sends its picture once per other person; the more people, the smaller and slower the
 * picture it sends (sendQuality). For groups bigger than a training group a media server (SFU) would
 * take the other side of every link instead.
 */
@Injectable()
export class GroupCallStore implements OnDestroy {
  private readonly api = inject(VideoApi);
  private readonly connect = inject(VIDEO_CONNECTOR);

  private readonly _phase = signal<GroupCallPhase>('loading');
  private readonly _room = signal<GroupVideoRoomView | null>(null);
  private readonly _local = signal<MediaStream | null>(null);
  private readonly _peers = signal<GroupPeer[]>([]);
  private readonly _audio = signal(true);
  private readonly _video = signal(true);
  private readonly _denied = signal(false);
  private readonly _mutedBy = signal<string | null>(null);

  readonly phase = this._phase.asReadonly();
  readonly room = this._room.asReadonly();
  readonly local = this._local.asReadonly();
  readonly peers = this._peers.asReadonly();
  readonly audio = this._audio.asReadonly();
  readonly video = this._video.asReadonly();
  readonly denied = this._denied.asReadonly();
  /** The trainer who turned this person's microphone off (until they turn it on again). */
  readonly mutedBy = this._mutedBy.asReadonly();
  /** Whether this person is a trainer of the group (they may turn others' microphones off). */
  readonly trainer = computed(() => this._room()?.you === 'trainer');
  /** The others in the call with a link (not those still waiting for a trainer). */
  readonly inCall = computed(() => this._peers().filter((p) => p.connection !== 'closed'));

  private sessionId = '';
  private socket: VideoConnection | null = null;
  private iceServers: RTCIceServer[] = [];
  private myPeerId: string | null = null;
  private readonly links = new Map<string, PeerLink>();
  /** Every peer id this page had (a reconnect gives a new one), so its earlier lines stay "Jij". */
  private readonly ownPeerIds = new Set<string>();
  /** Everyone seen in this session, also after they left, so their lines keep their name. */
  private readonly known = new Map<string, Pick<GroupPeer, 'name' | 'trainer'>>();

  /** The text panel: lines everyone in the call typed, held in this page only. */
  readonly text = new CallText(async (body) => {
    try {
      return (
        (await this.socket?.emitWithAck<VideoAck<VideoTextLine>>(VideoClientEvent.Text, { appointmentId: this.sessionId, body })) ?? null
      );
    } catch {
      return null;
    }
  });

  async load(sessionId: string): Promise<void> {
    this.sessionId = sessionId;
    try {
      const room = await firstValueFrom(this.api.groupRoom(sessionId));
      this._room.set(room);
      this._phase.set(room.open ? 'check' : 'not_open');
    } catch (error) {
      this._phase.set((error as { status?: number })?.status === 404 ? 'missing' : 'error');
    }
  }

  /** Camera and microphone on (the browser asks), then into the room. */
  async join(): Promise<void> {
    this._denied.set(false);
    this._phase.set('joining');
    try {
      if (!this._local())
        this._local.set(
          await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 } } }),
        );
    } catch {
      this._denied.set(true);
      this._phase.set('check');
      return;
    }
    try {
      const ice = await firstValueFrom(this.api.groupIceServers(this.sessionId));
      this.iceServers = ice.iceServers;
      if (!this.socket) {
        const socket = await this.connect();
        this.socket = socket;
        socket.on(VideoServerEvent.Room, (state: VideoRoomState) => this.onRoom(state));
        socket.on(VideoServerEvent.Signal, (signal: VideoSignal) => void this.onSignal(signal));
        socket.on(VideoServerEvent.Media, (state: VideoMediaState) => this.onMedia(state));
        socket.on(VideoServerEvent.Muted, (muted: VideoMuted) => this.onMuted(muted));
        socket.on(VideoServerEvent.Text, (line: VideoTextLine) => {
          if (line.appointmentId === this.sessionId) this.text.received(line);
        });
        // A new connection is a new peer for the others: every link starts again.
        socket.onReconnect(() => {
          this.dropLinks();
          void this.enter();
        });
      }
      await this.enter();
    } catch {
      this._phase.set('error');
    }
  }

  toggleAudio(): void {
    this._mutedBy.set(null);
    this.setTrack('audio', !this._audio());
  }

  /** A trainer turns someone's microphone off; they see who did and may turn it on again. */
  async mute(peerId: string): Promise<void> {
    await this.socket?.emitWithAck(VideoClientEvent.Mute, { appointmentId: this.sessionId, peerId }).catch(() => undefined);
  }

  /** Whether a line of the text panel was typed on this page. */
  isMine(line: VideoTextLine): boolean {
    return !!line.fromPeer && this.ownPeerIds.has(line.fromPeer);
  }

  /** The name (and whether a trainer) of whoever had this peer id in the session. */
  person(peerId: string): Pick<GroupPeer, 'name' | 'trainer'> | undefined {
    return this.known.get(peerId);
  }

  toggleVideo(): void {
    this.setTrack('video', !this._video());
  }

  async leave(): Promise<void> {
    await this.socket?.emitWithAck(VideoClientEvent.HangUp, { appointmentId: this.sessionId }).catch(() => undefined);
    this.closeAll();
    this._phase.set('left');
  }

  ngOnDestroy(): void {
    this.closeAll();
  }

  private async enter(): Promise<void> {
    const ack = await this.socket!.emitWithAck<VideoAck<VideoRoomState>>(VideoClientEvent.Join, {
      appointmentId: this.sessionId,
      kind: 'group_session',
    });
    if (!ack.ok) {
      this._phase.set(
        ack.error === 'full' ? 'full' : ack.error === 'not_found' ? 'missing' : ack.error === 'not_open' ? 'not_open' : 'error',
      );
      return;
    }
    this.onRoom(ack.data);
  }

  /** Who is there now: a link to everyone new in the call, none to who left. */
  private onRoom(state: VideoRoomState): void {
    if (state.appointmentId !== this.sessionId || !state.yourPeerId) return;
    this.myPeerId = state.yourPeerId;
    this.ownPeerIds.add(state.yourPeerId);
    for (const p of state.participants) if (p.peerId) this.known.set(p.peerId, { name: p.name, trainer: p.role === 'worker' });
    this._phase.set(state.you === 'in_call' ? 'in_call' : 'waiting');
    const others = state.participants.filter((p): p is VideoParticipant & { peerId: string } => !!p.peerId && p.peerId !== this.myPeerId);
    const linked = state.you === 'in_call' ? others.filter((p) => p.presence === 'in_call') : [];
    for (const [peerId, link] of this.links)
      if (!linked.some((p) => p.peerId === peerId)) {
        link.close();
        this.links.delete(peerId);
      }
    const before = new Map(this._peers().map((p) => [p.peerId, p]));
    this._peers.set(
      linked.map((p) => ({
        ...(before.get(p.peerId) ?? { stream: null, connection: 'new' as RTCPeerConnectionState, audio: true, video: true }),
        peerId: p.peerId,
        name: p.name,
        trainer: p.role === 'worker',
      })),
    );
    for (const p of linked) {
      if (this.links.has(p.peerId)) continue;
      const link = this.link(p.peerId);
      // One side of each pair offers: the smaller peer id.
      if (this.myPeerId < p.peerId) void link.offer().catch(() => undefined);
    }
    this.tuneSenders();
  }

  private link(peerId: string): PeerLink {
    const existing = this.links.get(peerId);
    if (existing) return existing;
    const local = this._local() ?? new MediaStream();
    const link = new PeerLink(this.iceServers, local, {
      state: (connection) => {
        this.patch(peerId, { connection });
        if (connection === 'connected') this.tuneSenders();
      },
      remote: (stream) => this.patch(peerId, { stream }),
      signal: (signal) =>
        void this.socket
          ?.emitWithAck(VideoClientEvent.Signal, { appointmentId: this.sessionId, toPeer: peerId, ...signal })
          .catch(() => undefined),
    });
    this.links.set(peerId, link);
    return link;
  }

  private async onSignal(signal: VideoSignal): Promise<void> {
    if (signal.appointmentId !== this.sessionId || !signal.fromPeer) return;
    await this.link(signal.fromPeer)
      .receive(signal)
      .catch(() => undefined);
    if (signal.description) this.tuneSenders();
  }

  private onMedia(state: VideoMediaState): void {
    if (state.appointmentId !== this.sessionId || !state.fromPeer) return;
    this.patch(state.fromPeer, { audio: state.audio, video: state.video });
  }

  private onMuted(muted: VideoMuted): void {
    if (muted.appointmentId !== this.sessionId) return;
    this.setTrack('audio', false);
    this._mutedBy.set(muted.by ?? '');
  }

  private patch(peerId: string, change: Partial<GroupPeer>): void {
    this._peers.update((peers) => peers.map((p) => (p.peerId === peerId ? { ...p, ...change } : p)));
  }

  private setTrack(kind: 'audio' | 'video', on: boolean): void {
    for (const track of this._local()?.getTracks() ?? []) if (track.kind === kind) track.enabled = on;
    (kind === 'audio' ? this._audio : this._video).set(on);
    void this.socket
      ?.emitWithAck(VideoClientEvent.Media, { appointmentId: this.sessionId, audio: this._audio(), video: this._video() })
      .catch(() => undefined);
  }

  /** The more people, the smaller and slower the picture sent on each link. */
  private tuneSenders(): void {
    const quality = sendQuality(this.links.size);
    for (const link of this.links.values()) {
      const sender = link.connection?.getSenders().find((s) => s.track?.kind === 'video');
      if (!sender) continue;
      try {
        const parameters = sender.getParameters();
        if (!parameters.encodings?.length) continue;
        parameters.encodings = parameters.encodings.map((e) => ({ ...e, ...quality }));
        void sender.setParameters(parameters).catch(() => undefined);
      } catch {
        // A browser without sender parameters sends its picture as it is.
      }
    }
  }

  private dropLinks(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
    this._peers.set([]);
  }

  private closeAll(): void {
    this.dropLinks();
    this.socket?.close();
    this.socket = null;
    for (const track of this._local()?.getTracks() ?? []) track.stop();
    this._local.set(null);
  }
}
