import { AppConfig } from '@nabij/platform/api';

/** Transport limits; a provider so tests and benchmarks can tune them. */
export abstract class ChatSocketOptions {
  abstract readonly maxMessageLength: number;
  /** Messages a socket may send at once, and on average per second after that. */
  abstract readonly rateBurst: number;
  abstract readonly ratePerSecond: number;
  /** How long a waiting client may be without a socket before they leave the queue (CHAT_QUEUE_GRACE_SECONDS). */
  abstract readonly queueGraceSeconds: number;
}

export function defaultChatSocketOptions(config: AppConfig): ChatSocketOptions {
  return {
    maxMessageLength: 2000,
    rateBurst: 10,
    ratePerSecond: 1,
    queueGraceSeconds: config.chatQueueGraceSeconds,
  };
}
