import { AppConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://localhost/nabij' };
/** What a production install sets at least: a random secret and its https address. */
const production = {
  ...base,
  NODE_ENV: 'production',
  JWT_SECRET: 'q7Vd1LxP0uZk9rT2bYh6sWn3mEa8cJf5gKo4iRt1',
  PUBLIC_URL: 'https://nabij.example.nl',
};

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
    expect(() => new AppConfig({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO must not be true when NODE_ENV=production/);
    expect(new AppConfig({ ...production, SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('starts in production with a random secret and an https address, with secure cookies', () => {
    const config = new AppConfig(production);
    expect(config.secureCookies).toBe(true);
    expect(config.devOutbox).toBe(false);
    expect(config.publicUrl).toBe('https://nabij.example.nl');
  });

  it('refuses to start in production without a JWT secret, or with an example or patterned one', () => {
    expect(() => new AppConfig({ ...production, JWT_SECRET: undefined })).toThrow(/JWT_SECRET is required/);
    for (const weak of [
      'x'.repeat(40),
      'change-me-change-me-change-me-change-me',
      'abcabcabcabcabcabcabcabcabcabcabcabc',
      'my-nabij-jwt-secret-for-the-server-2026',
    ])
      expect(() => new AppConfig({ ...production, JWT_SECRET: weak })).toThrow(/JWT_SECRET looks like an example/);
    // In development a patterned secret of 32+ characters is allowed (tests and npm start use one).
    expect(new AppConfig({ ...base, JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });

  it('refuses to start in production with the dev outbox on, without https, or with cookies not secure', () => {
    expect(() => new AppConfig({ ...production, DEV_OUTBOX: 'true' })).toThrow(/DEV_OUTBOX must not be on/);
    expect(() => new AppConfig({ ...production, PUBLIC_URL: 'http://nabij.example.nl' })).toThrow(/PUBLIC_URL must be the https/);
    expect(() => new AppConfig({ ...production, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL must be the https/);
    expect(() => new AppConfig({ ...production, SECURE_COOKIES: 'false' })).toThrow(/SECURE_COOKIES must not be off/);
    // All at once: every problem is named in one message.
    expect(() => new AppConfig({ ...production, DEV_OUTBOX: 'on', PUBLIC_URL: 'http://x', JWT_SECRET: 'y'.repeat(40) })).toThrow(
      /JWT_SECRET[\s\S]*PUBLIC_URL[\s\S]*DEV_OUTBOX/,
    );
  });

  it('trusts X-Forwarded-For from loopback only, unless TRUST_PROXY names other proxies', () => {
    expect(new AppConfig(base).trustProxy).toEqual(['loopback']);
    expect(new AppConfig({ ...base, TRUST_PROXY: 'loopback, uniquelocal' }).trustProxy).toEqual(['loopback', 'uniquelocal']);
    expect(new AppConfig({ ...base, TRUST_PROXY: '10.0.0.0/8,fd00::/8' }).trustProxy).toEqual(['10.0.0.0/8', 'fd00::/8']);
    expect(() => new AppConfig({ ...base, TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY must list/);
  });

  it('takes a metrics token only when it is long and random', () => {
    expect(new AppConfig(base).metricsToken).toBeNull();
    expect(new AppConfig({ ...base, METRICS_TOKEN: 'Zr4kP9wq2Lm7Xv1Tn8Bc5Hs3' }).metricsToken).toBe('Zr4kP9wq2Lm7Xv1Tn8Bc5Hs3');
    expect(() => new AppConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be a random value/);
    expect(() => new AppConfig({ ...base, METRICS_TOKEN: 'a'.repeat(30) })).toThrow(/METRICS_TOKEN must be a random value/);
  });

  it('hashes passwords at full cost unless a test run (NODE_ENV=test) asks for the test cost', () => {
    expect(new AppConfig(base).passwordHashCost).toBe('standard');
    expect(new AppConfig({ ...base, NODE_ENV: 'test', PASSWORD_HASH_COST: 'test' }).passwordHashCost).toBe('test');
    expect(() => new AppConfig({ ...base, NODE_ENV: 'development', PASSWORD_HASH_COST: 'test' })).toThrow(
      /PASSWORD_HASH_COST=test is for test runs only/,
    );
    expect(() => new AppConfig({ ...production, PASSWORD_HASH_COST: 'test' })).toThrow(/PASSWORD_HASH_COST=test is for test runs only/);
    expect(() => new AppConfig({ ...base, PASSWORD_HASH_COST: 'cheap' })).toThrow(/PASSWORD_HASH_COST must be standard or test/);
  });
});
