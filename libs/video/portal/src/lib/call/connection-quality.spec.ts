import {
  FALLBACK_START,
  FallbackState,
  GOOD_FOR_MS,
  isGood,
  isPoor,
  nextFallbackState,
  POOR_FOR_MS,
  QualitySample,
  sampleFromStats,
  worstSample,
} from './connection-quality';

const good = (at: number): QualitySample => ({ at, packetLoss: 0.01, outgoingBitrate: 1_200_000, rtt: 0.08 });
const lossy = (at: number): QualitySample => ({ at, packetLoss: 0.25, outgoingBitrate: 800_000, rtt: 0.2 });
const slow = (at: number): QualitySample => ({ at, packetLoss: 0.01, outgoingBitrate: 90_000, rtt: 0.1 });
const laggy = (at: number): QualitySample => ({ at, packetLoss: 0, outgoingBitrate: 800_000, rtt: 1.6 });
const unknown = (at: number): QualitySample => ({ at, packetLoss: null, outgoingBitrate: null, rtt: null });

/** Feeds one sample a second from `from` (ms) for `seconds`, made by `make`. */
function run(state: FallbackState, make: (at: number) => QualitySample, from: number, seconds: number): FallbackState {
  for (let i = 0; i < seconds; i++) state = nextFallbackState(state, make(from + i * 1000));
  return state;
}

describe('automatic fall-back to sound only', () => {
  it('calls high loss, a low bitrate estimate and a long round trip poor, each on its own', () => {
    expect([lossy(0), slow(0), laggy(0)].map(isPoor)).toEqual([true, true, true]);
    expect(isPoor(good(0))).toBe(false);
    expect(isPoor(unknown(0))).toBe(false);
  });

  it('calls a link good only when loss and round trip are measured and low', () => {
    expect(isGood(good(0), false)).toBe(true);
    expect(isGood(unknown(0), false)).toBe(false);
    expect(isGood({ ...good(0), rtt: null }, false)).toBe(false);
    // While sending sound only the bitrate estimate falls with it: not held against coming back.
    expect(isGood({ ...good(0), outgoingBitrate: 60_000 }, true)).toBe(true);
    expect(isGood({ ...good(0), outgoingBitrate: 60_000 }, false)).toBe(false);
  });

  it('keeps the video through a short dip and stops it after a few poor seconds', () => {
    let state = run(FALLBACK_START, lossy, 0, 3); // 0, 1, 2 s: poor for 2 seconds
    state = nextFallbackState(state, good(3000));
    expect(state.audioOnly).toBe(false);
    expect(state.poorSince).toBeNull();
    state = run(state, lossy, 4000, POOR_FOR_MS / 1000); // 4…7 s: poor for 3 s, not yet
    expect(state.audioOnly).toBe(false);
    state = nextFallbackState(state, lossy(8000)); // poor for 4 s
    expect(state.audioOnly).toBe(true);
  });

  it('falls back on a slow uplink or a long round trip too', () => {
    expect(run(FALLBACK_START, slow, 0, 5).audioOnly).toBe(true);
    expect(run(FALLBACK_START, laggy, 0, 5).audioOnly).toBe(true);
    expect(run(FALLBACK_START, unknown, 0, 30).audioOnly).toBe(false);
  });

  it('brings the video back only after a good while, and starts counting again after any bad second', () => {
    let state = run(FALLBACK_START, lossy, 0, 5);
    expect(state.audioOnly).toBe(true);
    state = run(state, good, 10_000, GOOD_FOR_MS / 1000); // 10…24 s: good for 14 s
    expect(state.audioOnly).toBe(true);
    state = nextFallbackState(state, lossy(25_000));
    expect(state.goodSince).toBeNull();
    state = run(state, good, 26_000, GOOD_FOR_MS / 1000);
    expect(state.audioOnly).toBe(true);
    state = nextFallbackState(state, good(26_000 + GOOD_FOR_MS));
    expect(state).toEqual({ audioOnly: false, poorSince: null, goodSince: null });
  });

  it('judges a call of three by its worst link', () => {
    const worst = worstSample([good(0), { at: 0, packetLoss: 0.2, outgoingBitrate: null, rtt: 0.5 }], 1000);
    expect(worst).toEqual({ at: 1000, packetLoss: 0.2, outgoingBitrate: 1_200_000, rtt: 0.5 });
    expect(worstSample([], 5)).toEqual(unknown(5));
  });
});

describe('sampleFromStats', () => {
  it('reads loss and round trip from what the other side reports, and the bitrate of the pair in use', () => {
    const report = [
      { type: 'remote-inbound-rtp', kind: 'audio', fractionLost: 0.02, roundTripTime: 0.12 },
      { type: 'remote-inbound-rtp', kind: 'video', fractionLost: 0.18, roundTripTime: 0.14 },
      { type: 'candidate-pair', id: 'old', state: 'failed', availableOutgoingBitrate: 9_000_000, currentRoundTripTime: 3 },
      { type: 'candidate-pair', id: 'used', state: 'succeeded', availableOutgoingBitrate: 420_000, currentRoundTripTime: 0.11 },
      { type: 'transport', selectedCandidatePairId: 'used' },
    ];
    expect(sampleFromStats(report, 7)).toEqual({ at: 7, packetLoss: 0.18, outgoingBitrate: 420_000, rtt: 0.14 });
  });

  it('finds the nominated pair without a transport entry (Firefox), and says null for what is not reported', () => {
    const report = [{ type: 'candidate-pair', id: 'p', state: 'succeeded', nominated: true, currentRoundTripTime: 0.3 }];
    expect(sampleFromStats(report, 1)).toEqual({ at: 1, packetLoss: null, outgoingBitrate: null, rtt: 0.3 });
    expect(sampleFromStats([], 2)).toEqual(unknown(2));
  });
});
