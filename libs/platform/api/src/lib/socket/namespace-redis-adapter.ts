import { Logger, OnApplicationShutdown } from '@nestjs/common';
import type { createAdapter } from '@socket.io/redis-adapter';
import type { createClient } from 'redis';
import type { Namespace } from 'socket.io';
import { AppConfig } from '../config/app-config';

type RedisClient = ReturnType<typeof createClient>;

/**
 * With REDIS_URL, one socket.io namespace's broadcasts, room joins and fetchSockets go through
 * Redis pub/sub, so they reach sockets on every API instance; without it the namespace keeps the
 * in-memory adapter (a single instance). Per namespace, so a domain installs it for its own
 * gateway without touching another's (`Server#adapter` would replace every namespace's).
 *
 * Nest binds gateways before module hooks run: provide it through an async factory (`connect`),
 * so the clients are connected when the gateway's afterInit calls `install`, before any socket.
 */
export class NamespaceRedisAdapter implements OnApplicationShutdown {
  private readonly logger = new Logger('SocketRedis');

  private constructor(
    private readonly clients: { pub: RedisClient; sub: RedisClient; key: string; adapter: typeof createAdapter } | null,
  ) {}

  /** `name` keeps this use apart from others in a shared Redis; instances sharing a database share the channel. */
  static async connect(config: AppConfig, name: string): Promise<NamespaceRedisAdapter> {
    if (!config.redisUrl) return new NamespaceRedisAdapter(null);
    // Loaded only with REDIS_URL: a single instance never needs them (~0.15 s less at every start).
    const [{ createClient }, { createAdapter }] = await Promise.all([import('redis'), import('@socket.io/redis-adapter')]);
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    const log = new Logger('SocketRedis');
    for (const client of [pub, sub]) client.on('error', (e) => log.warn(`Redis: ${e instanceof Error ? e.message : e}`));
    await Promise.all([pub.connect(), sub.connect()]);
    return new NamespaceRedisAdapter({ pub, sub, key: `nabij-${name}:${config.installation}`, adapter: createAdapter });
  }

  get enabled(): boolean {
    return this.clients !== null;
  }

  install(namespace: Namespace): void {
    if (!this.clients) return;
    const adapter = this.clients.adapter(this.clients.pub, this.clients.sub, { key: this.clients.key })(namespace);
    namespace.adapter = adapter;
    void Promise.resolve(adapter.init());
    this.logger.log(`socket.io namespace ${namespace.name} uses Redis (key ${this.clients.key}).`);
  }

  // After Nest has closed the socket.io server, whose adapter still unsubscribes on close.
  async onApplicationShutdown(): Promise<void> {
    if (!this.clients) return;
    await Promise.all([this.clients.pub.quit(), this.clients.sub.quit()].map((p) => p.catch(() => undefined)));
  }
}
