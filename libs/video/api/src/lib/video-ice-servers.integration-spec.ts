import { MINUTE } from '@nabij/platform/testing';
import { createHmac } from 'node:crypto';
import { createVideoTestApp, makeVideoCase, VideoTestApp } from './testing/video-test-app';

jest.setTimeout(60_000);

const SECRET = 'turn-shared-secret-for-tests';

describe('ICE servers for a call, with time-limited TURN credentials', () => {
  let t: VideoTestApp;
  const ice = (token: string, appointmentId: string) =>
    t.http().get('/api/video/ice-servers').query({ appointmentId }).auth(token, { type: 'bearer' });

  beforeAll(async () => {
    t = await createVideoTestApp({
      STUN_URLS: 'stun:turn.nabij.test:3478',
      TURN_URLS: 'turn:turn.nabij.test:3478?transport=udp, turns:turn.nabij.test:5349?transport=tcp',
      TURN_SECRET: SECRET,
      TURN_TTL_SECONDS: '3600',
    });
  });
  beforeEach(() => t.clock.set('2026-03-02T13:55:00Z'));
  afterAll(() => t?.close());

  it('gives STUN and TURN, the TURN username naming its expiry and the person, signed as coturn’s use-auth-secret expects', async () => {
    const v = await makeVideoCase(t);
    const res = await ice(v.client.token, v.appointmentId).expect(200);
    const expiry = Date.parse('2026-03-02T14:55:00Z') / 1000;
    expect(res.body).toEqual({
      iceServers: [
        { urls: ['stun:turn.nabij.test:3478'] },
        {
          urls: ['turn:turn.nabij.test:3478?transport=udp', 'turns:turn.nabij.test:5349?transport=tcp'],
          username: `${expiry}:${v.client.id}`,
          credential: createHmac('sha1', SECRET).update(`${expiry}:${v.client.id}`).digest('base64'),
        },
      ],
      expiresAt: '2026-03-02T14:55:00.000Z',
    });
  });

  it('hands out a fresh credential that expires TURN_TTL_SECONDS after each request', async () => {
    const v = await makeVideoCase(t);
    const first = (await ice(v.worker.token, v.appointmentId).expect(200)).body;
    t.clock.advance(20 * MINUTE);
    const later = (await ice(v.worker.token, v.appointmentId).expect(200)).body;
    expect(Date.parse(later.expiresAt) - Date.parse(first.expiresAt)).toBe(20 * MINUTE);
    expect(later.iceServers[1].username).not.toBe(first.iceServers[1].username);
    expect(later.iceServers[1].username.split(':')[0]).toBe(String(Date.parse(later.expiresAt) / 1000));
  });

  it('gives none outside the join window (409), and none to someone not in the call (404)', async () => {
    const v = await makeVideoCase(t, { startsAt: new Date('2026-03-02T16:00:00Z') });
    expect((await ice(v.client.token, v.appointmentId)).status).toBe(409);
    const other = await makeVideoCase(t);
    expect((await ice(other.client.token, v.appointmentId)).status).toBe(404);
  });
});

describe('ICE servers without TURN configured', () => {
  let t: VideoTestApp;

  beforeAll(async () => {
    t = await createVideoTestApp();
  });
  afterAll(() => t?.close());

  it('returns no TURN (and no STUN when none is set): browsers on one network connect directly', async () => {
    const v = await makeVideoCase(t);
    const res = await t
      .http()
      .get('/api/video/ice-servers')
      .query({ appointmentId: v.appointmentId })
      .auth(v.client.token, { type: 'bearer' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ iceServers: [], expiresAt: null });
  });
});
