import { AppConfig } from './app-config';

const BASE = { DATABASE_URL: 'postgres://localhost/nabij' };

describe('AppConfig: STUN and TURN for video calls', () => {
  it('has no STUN or TURN by default, and a TURN credential lifetime of 4 hours', () => {
    const config = new AppConfig(BASE);
    expect([config.stunUrls, config.turnUrls, config.turnSecret, config.turnTtlSeconds]).toEqual([[], [], null, 14_400]);
  });

  it('reads comma-separated URL lists, the secret and the lifetime', () => {
    const config = new AppConfig({
      ...BASE,
      STUN_URLS: 'stun:a.example:3478, stun:b.example:3478',
      TURN_URLS: 'turn:a.example:3478?transport=udp,turns:a.example:5349',
      TURN_SECRET: 'sixteen-chars-at-least',
      TURN_TTL_SECONDS: '600',
    });
    expect(config.stunUrls).toEqual(['stun:a.example:3478', 'stun:b.example:3478']);
    expect(config.turnUrls).toEqual(['turn:a.example:3478?transport=udp', 'turns:a.example:5349']);
    expect([config.turnSecret, config.turnTtlSeconds]).toEqual(['sixteen-chars-at-least', 600]);
  });

  it('refuses to start with TURN but no secret, a short secret, a wrong scheme or a lifetime out of range', () => {
    expect(() => new AppConfig({ ...BASE, TURN_URLS: 'turn:a.example' })).toThrow('TURN_SECRET is required');
    expect(() => new AppConfig({ ...BASE, TURN_SECRET: 'short' })).toThrow('TURN_SECRET must be at least 16');
    expect(() => new AppConfig({ ...BASE, STUN_URLS: 'http://a.example' })).toThrow('STUN_URLS must be');
    expect(() => new AppConfig({ ...BASE, TURN_URLS: 'stun:a.example', TURN_SECRET: 'sixteen-chars-at-least' })).toThrow(
      'TURN_URLS must be',
    );
    expect(() => new AppConfig({ ...BASE, TURN_TTL_SECONDS: '10' })).toThrow('TURN_TTL_SECONDS');
  });
});
