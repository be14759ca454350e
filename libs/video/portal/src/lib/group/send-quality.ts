/** What each link of a group call sends of one's camera: RTCRtpEncodingParameters' limits. */
export interface SendQuality {
  scaleResolutionDownBy: number;
  maxBitrate: number;
  maxFramerate: number;
}

/**
 * In a full mesh every browser sends its picture once per other person, so the upload grows with
 * the group: with 1–2 others the full picture (640×480, ~800 kbit/s), up to 4 half its size, up to 8
 * a third at 15 frames, beyond that a quarter at 12 frames (13 links × 150 kbit/s ≈ 2 Mbit/s up).
 */
export function sendQuality(others: number): SendQuality {
  if (others <= 2) return { scaleResolutionDownBy: 1, maxBitrate: 800_000, maxFramerate: 30 };
  if (others <= 4) return { scaleResolutionDownBy: 2, maxBitrate: 400_000, maxFramerate: 24 };
  if (others <= 8) return { scaleResolutionDownBy: 3, maxBitrate: 220_000, maxFramerate: 15 };
  return { scaleResolutionDownBy: 4, maxBitrate: 150_000, maxFramerate: 12 };
}
