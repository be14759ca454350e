import type { VideoAck } from '@nabij/video/contracts';
import type { VideoConnection } from '../call/video-connection';

type Handler = (data: never) => void;

/** A /video socket stand-in: specs fire server events and decide what each ack answers. */
export class FakeVideoConnection implements VideoConnection {
  private readonly handlers = new Map<string, Handler[]>();
  readonly emitted: Array<{ event: string; payload: unknown }> = [];
  closed = false;
  reply: (event: string, payload: never) => VideoAck<unknown> = () => ({ ok: true, data: null });

  on(event: string, handler: Handler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }

  onReconnect(): void {
    // Specs do not reconnect.
  }

  async emitWithAck<T>(event: string, payload: unknown): Promise<T> {
    this.emitted.push({ event, payload });
    return this.reply(event, payload as never) as T;
  }

  close(): void {
    this.closed = true;
  }

  fire(event: string, data?: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) handler(data as never);
  }

  sent(event: string): unknown[] {
    return this.emitted.filter((e) => e.event === event).map((e) => e.payload);
  }
}

export interface FakeWebRtc {
  getUserMedia: jest.Mock;
  peers: FakePeerHandle[];
}

export interface FakePeerHandle {
  connectionState: string;
  onconnectionstatechange: (() => void) | null;
  /** Tracks handed to replaceTrack, in order. */
  replaced: Array<{ kind: string; deviceId: string }>;
  /** How often restartIce() was called on this connection. */
  iceRestarts: number;
  /** What getStats() answers (RTCStats dictionaries); set by a spec to make the connection poor or good. */
  stats: Array<Record<string, unknown>>;
  /** Whether the video sender's encodings are active (false: the fall-back to sound only paused them). */
  sendingVideo: boolean;
}

class FakeTrack {
  enabled = true;
  stopped = false;
  constructor(
    readonly kind: 'audio' | 'video',
    readonly deviceId: string,
  ) {}
  getSettings() {
    return { deviceId: this.deviceId };
  }
  stop() {
    this.stopped = true;
  }
}

class FakeStream {
  constructor(private tracks: FakeTrack[] = []) {}
  getTracks() {
    return [...this.tracks];
  }
  getAudioTracks() {
    return this.tracks.filter((t) => t.kind === 'audio');
  }
  getVideoTracks() {
    return this.tracks.filter((t) => t.kind === 'video');
  }
  addTrack(track: FakeTrack) {
    this.tracks.push(track);
  }
  removeTrack(track: FakeTrack) {
    this.tracks = this.tracks.filter((t) => t !== track);
  }
}

/**
 * Just enough of MediaStream, getUserMedia, enumerateDevices and RTCPeerConnection for jsdom,
 * which has none of them. `cameras`: the device ids of the cameras the "phone" has.
 */
export function installFakeWebRtc(cameras: string[] = ['front']): FakeWebRtc {
  const peers: FakePeerHandle[] = [];
  class FakePeer implements FakePeerHandle {
    connectionState = 'new';
    signalingState = 'stable';
    remoteDescription: unknown = null;
    onconnectionstatechange: (() => void) | null = null;
    replaced: Array<{ kind: string; deviceId: string }> = [];
    iceRestarts = 0;
    stats: Array<Record<string, unknown>> = [];
    sendingVideo = true;
    private readonly tracks: FakeTrack[] = [];
    constructor() {
      peers.push(this);
    }
    addTrack(track: FakeTrack) {
      this.tracks.push(track);
    }
    getSenders() {
      return this.tracks.map((track) => ({
        track,
        replaceTrack: async (next: FakeTrack) => void this.replaced.push({ kind: next.kind, deviceId: next.deviceId }),
      }));
    }
    async getStats() {
      return new Map(this.stats.map((entry, i) => [String(i), entry]));
    }
    getTransceivers() {
      return this.tracks
        .filter((t) => t.kind === 'video')
        .map(() => ({
          currentDirection: 'sendrecv',
          receiver: { track: { kind: 'video' } },
          sender: {
            getParameters: () => ({ encodings: [{ active: this.sendingVideo }] }),
            setParameters: async (p: { encodings: Array<{ active: boolean }> }) => void (this.sendingVideo = p.encodings[0].active),
          },
        }));
    }
    async createOffer() {
      return { type: 'offer', sdp: 'v=0' };
    }
    async createAnswer() {
      return { type: 'answer', sdp: 'v=0' };
    }
    async setLocalDescription() {
      this.signalingState = 'have-local-offer';
    }
    async setRemoteDescription(description: { type?: string }) {
      this.remoteDescription = description;
      if (description?.type === 'answer') this.signalingState = 'stable';
    }
    restartIce() {
      this.iceRestarts++;
    }
    async addIceCandidate() {
      return undefined;
    }
    close() {
      this.connectionState = 'closed';
    }
  }
  const getUserMedia = jest.fn(async (constraints: { audio?: boolean; video?: boolean | { deviceId?: { exact: string } } }) => {
    const tracks: FakeTrack[] = [];
    if (constraints.audio) tracks.push(new FakeTrack('audio', 'microphone'));
    if (constraints.video) {
      const wanted = typeof constraints.video === 'object' ? constraints.video.deviceId?.exact : undefined;
      tracks.push(new FakeTrack('video', wanted ?? cameras[0]));
    }
    return new FakeStream(tracks);
  });
  const enumerateDevices = async () => cameras.map((deviceId) => ({ kind: 'videoinput', deviceId }));
  Object.assign(globalThis, { MediaStream: FakeStream, RTCPeerConnection: FakePeer });
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia, enumerateDevices }, configurable: true });
  return { getUserMedia, peers };
}
