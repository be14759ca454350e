import { FALLBACK_START, FallbackState, nextFallbackState, sampleFromStats, worstSample } from './connection-quality';

/** How often the links' statistics are read. */
export const QUALITY_SAMPLE_MS = 1000;

/**
 * Reads getStats() of the call's links once a second and stops sending video (the video sender's
 * encodings set inactive; the camera and the own preview stay on) while the connection is poor,
 * as connection-quality decides; it starts again by itself when the connection is good for a while,
 * or at once when the person asks to try video again.
 */
export class QualityWatch {
  private state: FallbackState = FALLBACK_START;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly applied = new WeakMap<RTCPeerConnection, boolean>();

  constructor(
    private readonly connections: () => RTCPeerConnection[],
    private readonly camera: () => MediaStreamTrack | null,
    /** Told when sound-only starts (true) or ends (false). */
    private readonly changed: (audioOnly: boolean) => void,
  ) {}

  get audioOnly(): boolean {
    return this.state.audioOnly;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), QUALITY_SAMPLE_MS);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** "Probeer video opnieuw": video again now; a connection that is still poor falls back again after a few seconds. */
  async retry(): Promise<void> {
    this.state = FALLBACK_START;
    this.changed(false);
    await this.apply();
  }

  async tick(now = Date.now()): Promise<void> {
    const connections = this.connections().filter((pc) => pc.connectionState === 'connected');
    if (connections.length === 0) return;
    const reports = await Promise.all(connections.map((pc) => pc.getStats().catch(() => null)));
    const samples = reports.filter((r): r is RTCStatsReport => !!r).map((r) => sampleFromStats(r.values() as Iterable<never>, now));
    const before = this.state.audioOnly;
    this.state = nextFallbackState(this.state, worstSample(samples, now));
    if (this.state.audioOnly !== before) this.changed(this.state.audioOnly);
    await this.apply();
  }

  /** Makes every link send (or not send) video as decided; a link made since (a reconnect) is set too. */
  private async apply(): Promise<void> {
    const sending = !this.state.audioOnly;
    for (const pc of this.connections()) {
      if (this.applied.get(pc) === sending || pc.connectionState === 'closed') continue;
      this.applied.set(pc, sending);
      await setVideoSending(pc, sending, this.camera()).catch(() => this.applied.delete(pc));
    }
  }
}

/**
 * Pauses or resumes the video a link sends, without touching the camera: the encodings go inactive
 * (no new offer needed). A browser that gives no encodings gets the track taken off the sender instead.
 */
export async function setVideoSending(pc: RTCPeerConnection, on: boolean, camera: MediaStreamTrack | null): Promise<void> {
  for (const transceiver of pc.getTransceivers()) {
    if (transceiver.receiver.track?.kind !== 'video' || transceiver.currentDirection === 'stopped') continue;
    const sender = transceiver.sender;
    const parameters = sender.getParameters();
    if (parameters.encodings?.length) {
      for (const encoding of parameters.encodings) encoding.active = on;
      await sender.setParameters(parameters);
    } else await sender.replaceTrack(on ? camera : null);
  }
}
