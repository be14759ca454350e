import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import {
  VideoAck,
  VideoCallEnded,
  VideoClientEvent,
  VideoMediaState,
  VideoRoomState,
  VideoRoomView,
  VideoServerEvent,
  VideoSignal,
} from '@nabij/video/contracts';
import { firstValueFrom } from 'rxjs';
import { VideoApi } from '../video.api';
import { PeerLink } from './peer-link';
import { VIDEO_CONNECTOR, VideoConnection } from './video-connection';

export type CallPhase = 'loading' | 'missing' | 'check' | 'joining' | 'waiting' | 'in_call' | 'ended' | 'error';
export type DeviceProblem = 'denied' | 'no_device' | 'busy' | null;

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
  private readonly _state = signal<VideoRoomState | null>(null);
  private readonly _local = signal<MediaStream | null>(null);
  private readonly _remote = signal<MediaStream | null>(null);
  private readonly _connection = signal<RTCPeerConnectionState>('new');
  private readonly _remoteMedia = signal<{ audio: boolean; video: boolean }>({ audio: true, video: true });
  private readonly _audio = signal(true);
  private readonly _video = signal(true);
  private readonly _deviceProblem = signal<DeviceProblem>(null);
  private readonly _ended = signal<VideoCallEnded | null>(null);
  private readonly _noShowMarked = signal(false);
  private readonly _cameras = signal<string[]>([]);

  readonly phase = this._phase.asReadonly();
  readonly room = this._room.asReadonly();
  readonly local = this._local.asReadonly();
  readonly remote = this._remote.asReadonly();
  readonly connection = this._connection.asReadonly();
  readonly remoteMedia = this._remoteMedia.asReadonly();
  readonly audio = this._audio.asReadonly();
  readonly video = this._video.asReadonly();
  readonly deviceProblem = this._deviceProblem.asReadonly();
  readonly ended = this._ended.asReadonly();
  readonly noShowMarked = this._noShowMarked.asReadonly();
  /** A phone's front and back camera (or a laptop with two): then the call offers to switch. */
  readonly canSwitchCamera = computed(() => this._cameras().length > 1);
  /** The client as the worker sees them: absent, waiting or in the call. */
  readonly client = computed(() => this._state()?.participants.find((p) => p.role === 'client') ?? null);
  /** The worker may mark a no-show once the appointment started and the client never came. */
  readonly canMarkNoShow = computed(() => {
    const room = this._room();
    return !!room && room.you === 'worker' && room.status === 'planned' && !room.clientJoined && !this._noShowMarked();
  });

  private socket: VideoConnection | null = null;
  private link: PeerLink | null = null;
  private appointmentId = '';

  async load(appointmentId: string): Promise<void> {
    this.appointmentId = appointmentId;
    try {
      this._room.set(await firstValueFrom(this.api.room(appointmentId)));
      this._phase.set('check');
    } catch {
      this._phase.set('missing');
    }
  }

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
    const local = this._local() ?? new MediaStream();
    this._phase.set('joining');
    try {
      const ice = await firstValueFrom(this.api.iceServers(this.appointmentId));
      this.link = new PeerLink(ice.iceServers, local, {
        state: (s) => this.connectionChanged(s),
        remote: (stream) => this._remote.set(stream),
        signal: (s) => void this.emit(VideoClientEvent.Signal, { appointmentId: this.appointmentId, ...s }),
      });
      this.socket = await this.connector();
      this.socket.on(VideoServerEvent.Room, (state: VideoRoomState) => this.roomChanged(state));
      this.socket.on(VideoServerEvent.Signal, (signal: VideoSignal) => void this.link?.receive(signal));
      this.socket.on(VideoServerEvent.Media, (media: VideoMediaState) => this._remoteMedia.set({ audio: media.audio, video: media.video }));
      this.socket.on(VideoServerEvent.Ended, (ended: VideoCallEnded) => this.finish(ended));
      this.socket.onReconnect(() => void this.enterRoom());
      await this.enterRoom();
    } catch {
      this._phase.set('error');
    }
  }

  async admit(): Promise<void> {
    await this.emit(VideoClientEvent.Admit, { appointmentId: this.appointmentId });
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
      await this.link?.replaceVideoTrack(track);
    } catch {
      this._deviceProblem.set('busy');
    }
  }

  async hangUp(): Promise<void> {
    const ack = await this.emit<VideoCallEnded | null>(VideoClientEvent.HangUp, { appointmentId: this.appointmentId });
    // The Ended event may have arrived (and closed the socket) before the answer.
    if (this._phase() !== 'ended') this.finish(ack?.ok ? ack.data : null);
  }

  async markNoShow(): Promise<void> {
    const room = this._room();
    if (!room) return;
    await firstValueFrom(this.api.markNoShow(room.caseId, room.appointmentId));
    this._noShowMarked.set(true);
  }

  ngOnDestroy(): void {
    this.link?.close();
    this.socket?.close();
    this.stopLocal();
  }

  private async enterRoom(): Promise<void> {
    const ack = await this.emit<VideoRoomState>(VideoClientEvent.Join, { appointmentId: this.appointmentId });
    if (!ack?.ok) {
      this._phase.set('error');
      return;
    }
    this.roomChanged(ack.data);
    void this.shareMedia();
  }

  private roomChanged(state: VideoRoomState): void {
    const before = this._state();
    this._state.set(state);
    if (this._phase() === 'ended') return;
    this._phase.set(state.you === 'in_call' ? 'in_call' : 'waiting');
    // The worker offers each time the client (re)enters the call; the client answers.
    const room = this._room();
    const clientIn = state.participants.some((p) => p.role === 'client' && p.presence === 'in_call');
    const clientWasIn = before?.participants.some((p) => p.role === 'client' && p.presence === 'in_call') ?? false;
    if (room?.you === 'worker' && clientIn && !clientWasIn) {
      void this.link?.offer();
      void this.shareMedia();
    }
    if (room?.you === 'worker' && state.participants.some((p) => p.role === 'client')) this._room.set({ ...room, clientJoined: true });
    if (!clientIn && room?.you === 'worker') {
      this.link?.close();
      this._remote.set(null);
      this._connection.set('new');
    }
  }

  /**
   * A link that failed (the network changed, a phone switched from wifi to 4G) is rebuilt by the
   * worker's side with a new offer, without anyone leaving the room.
   */
  private connectionChanged(state: RTCPeerConnectionState): void {
    this._connection.set(state);
    const clientIn = this._state()?.participants.some((p) => p.role === 'client' && p.presence === 'in_call');
    if (state === 'failed' && this._room()?.you === 'worker' && clientIn && this._phase() === 'in_call') void this.link?.offer();
  }

  private async shareMedia(): Promise<void> {
    if (this._phase() !== 'in_call') return;
    await this.emit(VideoClientEvent.Media, { appointmentId: this.appointmentId, audio: this._audio(), video: this._video() });
  }

  private finish(ended: VideoCallEnded | null): void {
    if (ended) this._ended.set(ended);
    this._phase.set('ended');
    this.link?.close();
    this._connection.set('closed');
    this._remote.set(null);
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
