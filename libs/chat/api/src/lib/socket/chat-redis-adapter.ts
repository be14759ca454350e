import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server } from 'socket.io';
import { AppConfig } from '@nabij/platform/api';
import { ChatSocketOptions } from './chat-socket-options';

type RedisClient = ReturnType<typeof createClient>;

/**
 * With REDIS_URL, socket.io broadcasts go through Redis pub/sub so a message reaches sockets on
 * every API instance; without it the in-memory adapter serves a single instance.
 *
 * Nest binds gateways before any module hook runs, so a custom IoAdapter could only be installed
 * from main.ts. Instead the clients connect while the module is built (an async provider) and the
 * gateway installs the adapter on the socket.io server in afterInit, before clients are accepted;
 * socket.io re-creates the adapter of every existing namespace when it is set.
 */
@Injectable()
export class ChatRedisAdapter implements OnApplicationShutdown {
  private readonly logger = new Logger('ChatRedis');

  private constructor(private readonly clients: { pub: RedisClient; sub: RedisClient; key: string } | null) {}

  static async connect(config: AppConfig, options: ChatSocketOptions): Promise<ChatRedisAdapter> {
    if (!config.redisUrl) return new ChatRedisAdapter(null);
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    const log = new Logger('ChatRedis');
    pub.on('error', (e) => log.warn(`Redis: ${e instanceof Error ? e.message : e}`));
    sub.on('error', (e) => log.warn(`Redis: ${e instanceof Error ? e.message : e}`));
    await Promise.all([pub.connect(), sub.connect()]);
    return new ChatRedisAdapter({ pub, sub, key: options.redisKey });
  }

  get enabled(): boolean {
    return this.clients !== null;
  }

  install(server: Server): void {
    if (!this.clients) return;
    server.adapter(createAdapter(this.clients.pub, this.clients.sub, { key: this.clients.key }));
    this.logger.log(`socket.io uses Redis (key ${this.clients.key}).`);
  }

  // After Nest has closed the socket.io server, whose adapter still unsubscribes on close.
  async onApplicationShutdown(): Promise<void> {
    if (!this.clients) return;
    await Promise.all([this.clients.pub.quit(), this.clients.sub.quit()].map((p) => p.catch(() => undefined)));
  }
}
