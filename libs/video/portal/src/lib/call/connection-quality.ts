/**
 * When to stop sending video on a poor connection, and when to start again: a pure decision over
 * samples of RTCPeerConnection.getStats(), one a second. Each side judges its own sending: the loss
 * and round-trip time come from what the other side reports back (RTCP), so a weak download on the
 * other end shows up here too.
 */

/** What one getStats() round says about the link (null: the browser did not report it yet). */
export interface QualitySample {
  /** When it was taken (ms). */
  at: number;
  /** Fraction of our packets the other side lost (0–1). */
  packetLoss: number | null;
  /** The browser's estimate of what we can send (bits/s). */
  outgoingBitrate: number | null;
  /** Round-trip time (s). */
  rtt: number | null;
}

export interface FallbackState {
  /** Sending sound only because the connection was poor. */
  audioOnly: boolean;
  /** Since when every sample was poor (ms), or null. */
  poorSince: number | null;
  /** Since when every sample was good (ms), or null. */
  goodSince: number | null;
}

export const FALLBACK_START: FallbackState = { audioOnly: false, poorSince: null, goodSince: null };

/** Poor: a tenth of the packets lost, under 150 kbit/s to send with, or a round trip over a second. */
export const POOR = { packetLoss: 0.1, outgoingBitrate: 150_000, rtt: 1 } as const;
/** Good: under 3% loss, at least 300 kbit/s (not judged while sending sound only), a round trip under 400 ms. */
export const GOOD = { packetLoss: 0.03, outgoingBitrate: 300_000, rtt: 0.4 } as const;
/** Poor this long before the video stops: one bad second is not enough. */
export const POOR_FOR_MS = 4_000;
/** Good this long before the video comes back, so it does not flap on and off. */
export const GOOD_FOR_MS = 15_000;

export function isPoor(s: QualitySample): boolean {
  return (
    (s.packetLoss !== null && s.packetLoss >= POOR.packetLoss) ||
    (s.outgoingBitrate !== null && s.outgoingBitrate < POOR.outgoingBitrate) ||
    (s.rtt !== null && s.rtt > POOR.rtt)
  );
}

/**
 * Good needs loss and round trip measured. While sending sound only the browser's bitrate estimate
 * drops with what is sent, so it is not held against coming back.
 */
export function isGood(s: QualitySample, audioOnly: boolean): boolean {
  if (s.packetLoss === null || s.rtt === null) return false;
  const bitrateOk = audioOnly || s.outgoingBitrate === null || s.outgoingBitrate >= GOOD.outgoingBitrate;
  return s.packetLoss < GOOD.packetLoss && s.rtt < GOOD.rtt && bitrateOk;
}

/** The state after one more sample: sound only after POOR_FOR_MS of poor samples, video again after GOOD_FOR_MS of good ones. */
export function nextFallbackState(state: FallbackState, sample: QualitySample): FallbackState {
  const poorSince = isPoor(sample) ? (state.poorSince ?? sample.at) : null;
  const goodSince = isGood(sample, state.audioOnly) ? (state.goodSince ?? sample.at) : null;
  if (!state.audioOnly && poorSince !== null && sample.at - poorSince >= POOR_FOR_MS)
    return { audioOnly: true, poorSince: null, goodSince: null };
  if (state.audioOnly && goodSince !== null && sample.at - goodSince >= GOOD_FOR_MS)
    return { audioOnly: false, poorSince: null, goodSince: null };
  return { audioOnly: state.audioOnly, poorSince, goodSince };
}

/** The worst of several links (a call of three has two): the highest loss and round trip, the lowest bitrate. */
export function worstSample(samples: QualitySample[], at: number): QualitySample {
  const worst = (values: Array<number | null>, pick: (...n: number[]) => number) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length > 0 ? pick(...known) : null;
  };
  return {
    at,
    packetLoss: worst(
      samples.map((s) => s.packetLoss),
      Math.max,
    ),
    outgoingBitrate: worst(
      samples.map((s) => s.outgoingBitrate),
      Math.min,
    ),
    rtt: worst(
      samples.map((s) => s.rtt),
      Math.max,
    ),
  };
}

/** The stats entries this reads (a subset of RTCStats dictionaries). */
interface StatsEntry {
  type: string;
  id?: string;
  kind?: string;
  state?: string;
  nominated?: boolean;
  selected?: boolean;
  fractionLost?: number;
  roundTripTime?: number;
  availableOutgoingBitrate?: number;
  currentRoundTripTime?: number;
  selectedCandidatePairId?: string;
}

/**
 * One sample from a getStats() report: loss and round trip as the other side reports them
 * (remote-inbound-rtp, the worst of audio and video), the bitrate estimate and round trip of the
 * candidate pair in use.
 */
export function sampleFromStats(report: Iterable<StatsEntry>, at: number): QualitySample {
  const entries = [...report];
  const remote = entries.filter((e) => e.type === 'remote-inbound-rtp');
  const selectedId = entries.find((e) => e.type === 'transport' && e.selectedCandidatePairId)?.selectedCandidatePairId;
  const pair =
    entries.find((e) => e.type === 'candidate-pair' && selectedId !== undefined && e.id === selectedId) ??
    entries.find((e) => e.type === 'candidate-pair' && e.state === 'succeeded' && (e.nominated || e.selected));
  const losses = remote.map((e) => e.fractionLost).filter((v): v is number => typeof v === 'number');
  const rtts = [pair?.currentRoundTripTime, ...remote.map((e) => e.roundTripTime)].filter((v): v is number => typeof v === 'number');
  return {
    at,
    packetLoss: losses.length > 0 ? Math.max(...losses) : null,
    outgoingBitrate: typeof pair?.availableOutgoingBitrate === 'number' ? pair.availableOutgoingBitrate : null,
    rtt: rtts.length > 0 ? Math.max(...rtts) : null,
  };
}
