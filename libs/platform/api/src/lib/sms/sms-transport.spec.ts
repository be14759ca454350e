import { AppConfig } from '../config/app-config';
import { MessageBirdSmsTransport, OutboxOnlySmsTransport, smsTransportFor } from './sms-transport';

const config = (env: Record<string, string>) => new AppConfig({ DATABASE_URL: 'postgres://localhost/x', ...env });

describe('SMS transport', () => {
  it('posts to MessageBird with the access key, the originator and the number without +', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response('{}', { status: 201 });
    }) as unknown as typeof fetch;
    await new MessageBirdSmsTransport('key-123', 'Nabij', fetchFn).send({
      to: '+31612345678',
      text: 'Je hebt morgen om 14:00 een afspraak.',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('https://rest.messagebird.com/messages');
    expect((calls[0].init.headers as Record<string, string>)['Authorization']).toBe('AccessKey key-123');
    expect(JSON.parse(calls[0].init.body as string)).toEqual({
      originator: 'Nabij',
      recipients: ['31612345678'],
      body: 'Je hebt morgen om 14:00 een afspraak.',
    });
  });

  it('throws with the provider’s answer when MessageBird refuses, so the delivery job retries', async () => {
    const fetchFn = (async () => new Response('{"errors":[{"description":"no balance"}]}', { status: 402 })) as unknown as typeof fetch;
    await expect(new MessageBirdSmsTransport('k', 'Nabij', fetchFn).send({ to: '+31612345678', text: 'x' })).rejects.toThrow(
      /402.*no balance/,
    );
  });

  it('is chosen by the settings: none keeps SMS in the outbox, messagebird needs a key', () => {
    expect(smsTransportFor(config({}))).toBeInstanceOf(OutboxOnlySmsTransport);
    expect(smsTransportFor(config({ SMS_PROVIDER: 'messagebird', SMS_API_KEY: 'k' }))).toBeInstanceOf(MessageBirdSmsTransport);
    expect(() => config({ SMS_PROVIDER: 'messagebird' })).toThrow(/SMS_API_KEY/);
    expect(() => config({ SMS_PROVIDER: 'twilio', SMS_API_KEY: 'k' })).toThrow(/SMS_PROVIDER/);
    expect(() => config({ SMS_ORIGINATOR: 'Een veel te lange naam' })).toThrow(/SMS_ORIGINATOR/);
  });
});
