import { DEFAULT_CHAT_SECONDS, estimateWaitSeconds, PICK_UP_SECONDS } from './wait-estimate';

describe('estimateWaitSeconds', () => {
  it('gives the next in line only the pick-up time', () => {
    expect(estimateWaitSeconds(1, 1, null)).toBe(PICK_UP_SECONDS);
  });

  it('shares the chats ahead over the workers on duty', () => {
    expect(estimateWaitSeconds(3, 1, 20 * 60)).toBe(2 * 20 * 60 + PICK_UP_SECONDS);
    expect(estimateWaitSeconds(3, 2, 20 * 60)).toBe(20 * 60 + PICK_UP_SECONDS);
  });

  it('assumes one worker when nobody is on the roster and half an hour without history', () => {
    expect(estimateWaitSeconds(2, 0, null)).toBe(DEFAULT_CHAT_SECONDS + PICK_UP_SECONDS);
  });

  it('keeps odd averages within 5 to 60 minutes', () => {
    expect(estimateWaitSeconds(2, 1, 10)).toBe(5 * 60 + PICK_UP_SECONDS);
    expect(estimateWaitSeconds(2, 1, 5 * 3600)).toBe(3600 + PICK_UP_SECONDS);
  });
});
