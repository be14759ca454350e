import { AppConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://localhost/nabij' };

describe('AppConfig', () => {
  it('uses safe defaults for local use', () => {
    const config = new AppConfig(base);
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.devOutbox).toBe(false);
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('lists every bad setting at once', () => {
    expect(() => new AppConfig({ DATABASE_URL: 'mysql://x', PORT: 'abc', JWT_SECRET: 'short' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*JWT_SECRET/,
    );
  });

  it('refuses to write the demo data (public password and authenticator secret) in production', () => {
    const production = { ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => new AppConfig({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO must not be true when NODE_ENV=production/);
    expect(new AppConfig({ ...production, SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('requires a JWT secret in production and never shows the dev outbox there', () => {
    expect(() => new AppConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
    const config = new AppConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEV_OUTBOX: 'true' });
    expect(config.devOutbox).toBe(false);
    expect(config.secureCookies).toBe(true);
  });
});
