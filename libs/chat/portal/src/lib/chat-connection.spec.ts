import { TestBed } from '@angular/core/testing';
import { ChatServerEvent } from '@nabij/chat/contracts';
import { AuthStore } from '@nabij/platform/portal';
import { of } from 'rxjs';
import { CHAT_CONNECTOR } from './chat-connection';

type Handler = (data?: unknown) => void;

/** Just enough of a socket.io client to replay what the server does when a login ends. */
class FakeSocket {
  readonly handlers = new Map<string, Handler[]>();
  connect = jest.fn();
  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  once(event: string, handler: Handler) {
    const wrapped: Handler = (data) => {
      this.handlers.set(
        event,
        (this.handlers.get(event) ?? []).filter((h) => h !== wrapped),
      );
      handler(data);
    };
    return this.on(event, wrapped);
  }
  fire(event: string, data?: unknown) {
    for (const h of [...(this.handlers.get(event) ?? [])]) h(data);
  }
}

const fake = new FakeSocket();
jest.mock('socket.io-client', () => ({ io: () => fake }));

describe('CHAT_CONNECTOR when the server ends the socket’s login', () => {
  const refresh = jest.fn(() => of({}));

  beforeEach(() => {
    fake.handlers.clear();
    fake.connect.mockClear();
    refresh.mockClear();
    TestBed.configureTestingModule({ providers: [{ provide: AuthStore, useValue: { refresh } }] });
  });

  it('gets a fresh access token and connects again when the token expired', async () => {
    await TestBed.inject(CHAT_CONNECTOR)(() => 'token');
    fake.fire(ChatServerEvent.LoginEnded, { reason: 'expired' });
    fake.fire('disconnect', 'io server disconnect');
    await new Promise((resolve) => setTimeout(resolve));
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(fake.connect).toHaveBeenCalledTimes(1);
  });

  it('stays closed after a logout', async () => {
    await TestBed.inject(CHAT_CONNECTOR)(() => 'token');
    fake.fire(ChatServerEvent.LoginEnded, { reason: 'logged_out' });
    fake.fire('disconnect', 'io server disconnect');
    await new Promise((resolve) => setTimeout(resolve));
    expect(refresh).not.toHaveBeenCalled();
    expect(fake.connect).not.toHaveBeenCalled();
  });
});
