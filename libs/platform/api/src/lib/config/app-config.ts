import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Every setting Nabij reads from the environment, validated once at start-up. */
export class AppConfig {
  readonly port: number;
  /** Address the HTTP server binds to; `127.0.0.1` keeps it off the network. */
  readonly host: string;
  readonly databaseUrl: string;
  /**
   * What keeps this installation apart from others in a shared Redis (keys and pub/sub channels,
   * which Redis database numbers do not separate): the PostgreSQL database's name, so instances of
   * one installation (one database) share it.
   */
  get installation(): string {
    return new URL(this.databaseUrl).pathname.replace(/^\//, '') || 'default';
  }
  readonly jwtSecret: string;
  readonly accessTokenSeconds: number;
  readonly refreshTokenDays: number;
  /** Where links in e-mails point to, e.g. https://nabij.example.nl */
  readonly publicUrl: string;
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Shows unsent mails on /api/dev/outbox; only for local demo use. */
  readonly devOutbox: boolean;
  /** SMS through MessageBird's REST API when set (with SMS_API_KEY); else SMS stay in the outbox. */
  readonly smsProvider: 'messagebird' | null;
  readonly smsApiKey: string | null;
  /** The sender shown on the phone: at most 11 letters/digits, or a phone number. */
  readonly smsOriginator: string;
  readonly seedDemo: boolean;
  readonly portalDir: string | null;
  readonly redisUrl: string | null;
  readonly production: boolean;
  readonly secureCookies: boolean;
  /** Work pg-boss jobs and keep their schedules here; tests switch it off and call handlers or drain(). */
  readonly backgroundJobs: boolean;
  /** Where uploaded dossier documents are stored: never inside the served portal directory. */
  readonly documentsDir: string;
  /** `/api/docs` and `/api/docs-json`: on in development, off in production unless API_DOCS=true. */
  readonly apiDocs: boolean;
  /** pino level of the request and application logs; tests run with `silent`. */
  readonly logLevel: LogLevel;
  /** STUN servers for video calls (`stun:host:port`), comma-separated in STUN_URLS. */
  readonly stunUrls: string[];
  /** TURN servers for video calls (`turn:`/`turns:` URLs); empty without TURN. */
  readonly turnUrls: string[];
  /** coturn's static-auth-secret (use-auth-secret): signs the time-limited TURN credentials. */
  readonly turnSecret: string | null;
  /** How long a TURN credential works. */
  readonly turnTtlSeconds: number;
  /**
   * Which proxies may name the client's address in X-Forwarded-For (Express "trust proxy"):
   * `loopback` by default; behind a reverse proxy in a container network e.g. `uniquelocal`.
   */
  readonly trustProxy: string[];
  /** Bearer token Prometheus sends to `/api/metrics`; without it the route does not exist. */
  readonly metricsToken: string | null;
  /** How long a waiting chat client may be gone (no socket) before they leave the queue. */
  readonly chatQueueGraceSeconds: number;
  /** Largest training video an editor may upload (TRAINING_VIDEO_MAX_MB); it passes through memory once. */
  readonly trainingVideoMaxBytes: number;
  /**
   * How hard argon2 works per password (PASSWORD_HASH_COST): `standard` (argon2's own defaults) always,
   * except `test` for test runs only (NODE_ENV=test): the smallest cost, so thousands of logins in the
   * test suite do not each take a second of CPU. Hashes carry their cost, so both verify either way.
   */
  readonly passwordHashCost: 'standard' | 'test';

  constructor(env: Record<string, string | undefined>) {
    const problems: string[] = [];
    const int = (name: string, fallback: number, min: number, max: number): number => {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        problems.push(`${name} must be a whole number from ${min} to ${max}`);
        return fallback;
      }
      return value;
    };
    const bool = (name: string, fallback: boolean): boolean => {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
    };

    this.production = env['NODE_ENV'] === 'production';
    this.port = int('PORT', 3000, 0, 65535);
    this.host = env['HOST'] || '0.0.0.0';
    this.databaseUrl = env['DATABASE_URL'] ?? '';
    if (!/^postgres(ql)?:\/\//.test(this.databaseUrl)) {
      problems.push('DATABASE_URL must be a postgres:// URL (npm start sets one for the embedded database)');
    }
    const secret = env['JWT_SECRET'];
    if (secret && secret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
    if (!secret && this.production) problems.push('JWT_SECRET is required when NODE_ENV=production');
    if (secret && this.production && weakSecret(secret))
      problems.push('JWT_SECRET looks like an example or a repeated pattern: use a random value (openssl rand -base64 48)');
    // Without a configured secret, sessions simply end when the process restarts.
    this.jwtSecret = secret || randomBytes(48).toString('base64');
    this.accessTokenSeconds = int('ACCESS_TOKEN_SECONDS', 15 * 60, 30, 24 * 3600);
    this.refreshTokenDays = int('REFRESH_TOKEN_DAYS', 14, 1, 90);
    this.publicUrl = (env['PUBLIC_URL'] || `http://localhost:${this.port}`).replace(/\/$/, '');
    // Links in mails, cookies and the CSP name this address: in production it must be the real https one.
    if (this.production && !/^https:\/\/[^/\s]+/.test(env['PUBLIC_URL'] ?? ''))
      problems.push('PUBLIC_URL must be the https:// address people use when NODE_ENV=production');
    this.smtpUrl = env['SMTP_URL'] || null;
    this.mailFrom = env['MAIL_FROM'] || 'Nabij <noreply@nabij.local>';
    this.devOutbox = bool('DEV_OUTBOX', false);
    // The dev outbox shows every mail (reset links, invitations) to anyone who opens it.
    if (this.devOutbox && this.production) problems.push('DEV_OUTBOX must not be on when NODE_ENV=production (it shows every mail)');
    const provider = env['SMS_PROVIDER'] || '';
    if (provider && provider !== 'messagebird') problems.push('SMS_PROVIDER must be messagebird or empty (SMS stay in the outbox)');
    this.smsProvider = provider === 'messagebird' ? 'messagebird' : null;
    this.smsApiKey = env['SMS_API_KEY'] || null;
    if (this.smsProvider && !this.smsApiKey) problems.push('SMS_API_KEY is required when SMS_PROVIDER is set');
    this.smsOriginator = env['SMS_ORIGINATOR'] || 'Nabij';
    if (!/^([A-Za-z0-9]{1,11}|\+?\d{3,15})$/.test(this.smsOriginator))
      problems.push('SMS_ORIGINATOR must be at most 11 letters or digits, or a phone number');
    this.seedDemo = bool('SEED_DEMO', false);
    // The demo staff share a published password and authenticator secret: never in production.
    if (this.seedDemo && this.production) problems.push('SEED_DEMO must not be true when NODE_ENV=production (the demo logins are public)');
    this.portalDir = env['PORTAL_DIR'] || null;
    this.redisUrl = env['REDIS_URL'] || null;
    this.secureCookies = bool('SECURE_COOKIES', this.production);
    if (this.production && !this.secureCookies) problems.push('SECURE_COOKIES must not be off when NODE_ENV=production');
    this.backgroundJobs = bool('BACKGROUND_JOBS', true);
    this.documentsDir = resolve(env['DOCUMENTS_DIR'] || join('.data', 'documents'));
    this.apiDocs = bool('API_DOCS', !this.production);
    const level = env['LOG_LEVEL'] || 'info';
    if (!(LOG_LEVELS as readonly string[]).includes(level)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
    this.logLevel = (LOG_LEVELS as readonly string[]).includes(level) ? (level as LogLevel) : 'info';
    const urls = (name: string, scheme: 'stun' | 'turn'): string[] => {
      const list = (env[name] ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean);
      if (list.some((u) => !new RegExp(`^${scheme}s?:[^\\s]+$`).test(u)))
        problems.push(`${name} must be a comma-separated list of ${scheme}: or ${scheme}s: URLs`);
      return list;
    };
    this.stunUrls = urls('STUN_URLS', 'stun');
    this.turnUrls = urls('TURN_URLS', 'turn');
    this.turnSecret = env['TURN_SECRET'] || null;
    if (this.turnUrls.length > 0 && !this.turnSecret) problems.push('TURN_SECRET is required when TURN_URLS is set');
    if (this.turnSecret && this.turnSecret.length < 16) problems.push('TURN_SECRET must be at least 16 characters');
    this.turnTtlSeconds = int('TURN_TTL_SECONDS', 4 * 3600, 60, 48 * 3600);
    this.trustProxy = (env['TRUST_PROXY'] || 'loopback')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    if (this.trustProxy.some((p) => !TRUSTED_PROXY.test(p)))
      problems.push('TRUST_PROXY must list loopback, linklocal, uniquelocal or IP addresses/ranges (10.0.0.0/8), comma-separated');
    this.metricsToken = env['METRICS_TOKEN'] || null;
    if (this.metricsToken && (this.metricsToken.length < 24 || weakSecret(this.metricsToken)))
      problems.push('METRICS_TOKEN must be a random value of at least 24 characters');
    this.chatQueueGraceSeconds = int('CHAT_QUEUE_GRACE_SECONDS', 75, 15, 900);
    this.trainingVideoMaxBytes = int('TRAINING_VIDEO_MAX_MB', 100, 1, 1024) * 1024 * 1024;
    const hashCost = env['PASSWORD_HASH_COST'] || 'standard';
    if (hashCost !== 'standard' && hashCost !== 'test') problems.push('PASSWORD_HASH_COST must be standard or test');
    else if (hashCost === 'test' && env['NODE_ENV'] !== 'test')
      problems.push(
        'PASSWORD_HASH_COST=test is for test runs only (NODE_ENV=test): it makes passwords easy to guess from a stolen database',
      );
    this.passwordHashCost = hashCost === 'test' && env['NODE_ENV'] === 'test' ? 'test' : 'standard';
    if (problems.length > 0) {
      throw new Error(`Nabij cannot start, fix these settings:\n- ${problems.join('\n- ')}`);
    }
  }
}

/** Express's named ranges, or an IPv4/IPv6 address with an optional prefix length. */
const TRUSTED_PROXY = /^(loopback|linklocal|uniquelocal|[0-9a-f:.]+(\/\d{1,3})?)$/i;

/** Example values and patterns people paste into settings ("change-me…", "xxxx…", "abcabc…"). */
function weakSecret(value: string): boolean {
  if (new Set(value).size < 10) return true;
  return /change.?me|example|secret|password|wachtwoord|nabij/i.test(value);
}
