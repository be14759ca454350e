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

/** Just enough of MediaStream and RTCPeerConnection for jsdom, which has neither. */
export function installFakeWebRtc(): {
  getUserMedia: jest.Mock;
  peers: Array<{ connectionState: string; onconnectionstatechange: (() => void) | null }>;
} {
  const peers: Array<{ connectionState: string; onconnectionstatechange: (() => void) | null }> = [];
  class FakeStream {
    getTracks() {
      return [];
    }
    getAudioTracks() {
      return [];
    }
    getVideoTracks() {
      return [];
    }
  }
  class FakePeer {
    connectionState = 'new';
    onconnectionstatechange: (() => void) | null = null;
    constructor() {
      peers.push(this);
    }
    signalingState = 'stable';
    remoteDescription: unknown = null;
    addTrack() {
      return undefined;
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
    async setRemoteDescription(description: unknown) {
      this.remoteDescription = description;
    }
    async addIceCandidate() {
      return undefined;
    }
    close() {
      this.connectionState = 'closed';
    }
  }
  const getUserMedia = jest.fn(async () => new FakeStream());
  Object.assign(globalThis, { MediaStream: FakeStream, RTCPeerConnection: FakePeer });
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  return { getUserMedia, peers };
}
