import type { ChatAck } from '@nabij/chat/contracts';
import type { ChatConnection } from '../chat-connection';

type Handler = (data: never) => void;

/** A socket stand-in: specs fire server events and decide what each ack answers. */
export class FakeChatConnection implements ChatConnection {
  private readonly handlers = new Map<string, Handler[]>();
  readonly emitted: Array<{ event: string; payload: unknown }> = [];
  closed = false;
  /** Answers every emitWithAck; replace per test. */
  reply: (event: string, payload: never) => ChatAck<unknown> = () => ({ ok: false, error: 'unavailable', message: 'no reply set' });

  on(event: string, handler: Handler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }

  emit(event: string, payload: unknown): void {
    this.emitted.push({ event, payload });
  }

  async emitWithAck<T>(event: string, payload: unknown): Promise<T> {
    this.emitted.push({ event, payload });
    return this.reply(event, payload as never) as T;
  }

  close(): void {
    this.closed = true;
  }

  /** As if the server sent `event`. */
  fire(event: string, data?: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) handler(data as never);
  }

  sent(event: string): unknown[] {
    return this.emitted.filter((e) => e.event === event).map((e) => e.payload);
  }
}
