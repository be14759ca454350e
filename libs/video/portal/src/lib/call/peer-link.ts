import type { VideoIceCandidate, VideoSessionDescription } from '@nabij/video/contracts';

export interface PeerLinkEvents {
  /** RTCPeerConnection's connectionState, each time it changes. */
  state(state: RTCPeerConnectionState): void;
  /** The other person's media, once it arrives. */
  remote(stream: MediaStream): void;
  /** A description or candidate to pass to the other person through the server. */
  signal(signal: { description?: VideoSessionDescription; candidate?: VideoIceCandidate; iceRestart?: boolean }): void;
}

/**
 * The browser-to-browser media link of a 1:1 call, on the native RTCPeerConnection. The worker
 * offers whenever the client (re)enters the call; the client answers each offer on a fresh
 * connection, so a reload on either side simply starts a new link. Candidates that arrive before
 * their description wait in a queue.
 */
export class PeerLink {
  private pc: RTCPeerConnection | null = null;
  private pending: RTCIceCandidateInit[] = [];

  constructor(
    private readonly iceServers: RTCIceServer[],
    private readonly local: MediaStream,
    private readonly events: PeerLinkEvents,
  ) {}

  get connection(): RTCPeerConnection | null {
    return this.pc;
  }

  async offer(): Promise<void> {
    const pc = this.fresh();
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    this.events.signal({ description: { type: 'offer', sdp: offer.sdp ?? '' } });
  }

  /**
   * A real ICE restart (after a network change): new network paths for the running connection,
   * same media and no new link. Without a settled connection to restart, a new link is offered.
   */
  async restart(): Promise<void> {
    const pc = this.pc;
    if (!pc || pc.signalingState !== 'stable' || !pc.remoteDescription) return this.offer();
    pc.restartIce();
    const offer = await pc.createOffer({ iceRestart: true });
    await pc.setLocalDescription(offer);
    this.events.signal({ description: { type: 'offer', sdp: offer.sdp ?? '' }, iceRestart: true });
  }

  async receive(signal: { description?: VideoSessionDescription; candidate?: VideoIceCandidate; iceRestart?: boolean }): Promise<void> {
    if (signal.description?.type === 'offer') {
      // An ICE restart is answered on the running connection; any other offer starts a new link.
      const pc = signal.iceRestart && this.pc?.remoteDescription ? this.pc : this.fresh();
      await pc.setRemoteDescription(signal.description);
      await this.flush(pc);
      const answer = await pc.createAnswer();
      await pc.setLocalDescription(answer);
      this.events.signal({ description: { type: 'answer', sdp: answer.sdp ?? '' } });
    } else if (signal.description?.type === 'answer') {
      if (!this.pc || this.pc.signalingState !== 'have-local-offer') return;
      await this.pc.setRemoteDescription(signal.description);
      await this.flush(this.pc);
    } else if (signal.candidate) {
      const candidate: RTCIceCandidateInit = signal.candidate;
      if (this.pc?.remoteDescription) await this.pc.addIceCandidate(candidate).catch(() => undefined);
      else this.pending.push(candidate);
    }
  }

  /** Sends another camera's picture on the running link, without a new offer. */
  async replaceVideoTrack(track: MediaStreamTrack): Promise<void> {
    const sender = this.pc?.getSenders().find((s) => s.track?.kind === 'video');
    await sender?.replaceTrack(track);
  }

  close(): void {
    this.pc?.close();
    this.pc = null;
    this.pending = [];
  }

  private fresh(): RTCPeerConnection {
    this.close();
    const pc = new RTCPeerConnection({ iceServers: this.iceServers });
    this.pc = pc;
    for (const track of this.local.getTracks()) pc.addTrack(track, this.local);
    pc.onicecandidate = (e) => {
      if (e.candidate && pc === this.pc)
        this.events.signal({
          candidate: { candidate: e.candidate.candidate, sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex },
        });
    };
    pc.ontrack = (e) => {
      if (pc === this.pc) this.events.remote(e.streams[0] ?? new MediaStream([e.track]));
    };
    pc.onconnectionstatechange = () => {
      if (pc === this.pc) this.events.state(pc.connectionState);
    };
    this.events.state(pc.connectionState);
    return pc;
  }

  private async flush(pc: RTCPeerConnection): Promise<void> {
    const waiting = this.pending.splice(0);
    for (const candidate of waiting) await pc.addIceCandidate(candidate).catch(() => undefined);
  }
}
