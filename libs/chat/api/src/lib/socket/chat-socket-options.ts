import { AppConfig } from '@nabij/platform/api';

/** Transport limits and the Redis channel prefix; a provider so tests and benchmarks can tune them. */
export abstract class ChatSocketOptions {
  abstract readonly maxMessageLength: number;
  /** Messages a socket may send at once, and on average per second after that. */
  abstract readonly rateBurst: number;
  abstract readonly ratePerSecond: number;
  /** Redis pub/sub key prefix: instances sharing a database share the prefix, others stay apart. */
  abstract readonly redisKey: string;
  /** How long a waiting client may be without a socket before they leave the queue (CHAT_QUEUE_GRACE_SECONDS). */
  abstract readonly queueGraceSeconds: number;
}

export function defaultChatSocketOptions(config: AppConfig): ChatSocketOptions {
  const database = new URL(config.databaseUrl).pathname.replace(/^\//, '') || 'default';
  return {
    maxMessageLength: 2000,
    rateBurst: 10,
    ratePerSecond: 1,
    redisKey: `nabij-chat:${database}`,
    queueGraceSeconds: config.chatQueueGraceSeconds,
  };
}
