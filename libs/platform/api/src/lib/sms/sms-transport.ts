import { AppConfig } from '../config/app-config';

export interface SmsMessage {
  /** E.164, e.g. +31612345678. */
  to: string;
  text: string;
}

/**
 * Where an SMS leaves Nabij. Without a provider (development, tests) nothing leaves: the outbox
 * (`outbox_sms`, shown at /dev/outbox/sms) is the phone.
 */
export abstract class SmsTransport {
  /** Null: no provider configured, SMS stay in the outbox. */
  abstract readonly provider: string | null;
  /** Sends one SMS or throws with the provider's reason (the delivery job retries). */
  abstract send(message: SmsMessage): Promise<void>;
}

/** No provider: nothing is sent, the outbox is where a developer reads the SMS. */
export class OutboxOnlySmsTransport extends SmsTransport {
  readonly provider = null;
  async send(): Promise<void> {
    throw new Error('No SMS provider is configured (SMS_PROVIDER)');
  }
}

/**
 * MessageBird (Bird) REST API: POST https://rest.messagebird.com/messages with an access key.
 * https://developers.messagebird.com/api/sms-messaging/#send-outbound-sms
 */
export class MessageBirdSmsTransport extends SmsTransport {
  readonly provider = 'messagebird';

  constructor(
    private readonly apiKey: string,
    private readonly originator: string,
    private readonly fetchFn: typeof fetch = fetch,
    private readonly endpoint = 'https://rest.messagebird.com/messages',
  ) {
    super();
  }

  async send(message: SmsMessage): Promise<void> {
    const res = await this.fetchFn(this.endpoint, {
      method: 'POST',
      headers: { Authorization: `AccessKey ${this.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ originator: this.originator, recipients: [message.to.replace(/^\+/, '')], body: message.text }),
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) {
      const detail = (await res.text().catch(() => '')).slice(0, 300);
      throw new Error(`MessageBird answered ${res.status}: ${detail}`);
    }
  }
}

/** The transport the settings ask for (SMS_PROVIDER, SMS_API_KEY, SMS_ORIGINATOR). */
export function smsTransportFor(config: AppConfig): SmsTransport {
  if (config.smsProvider === 'messagebird' && config.smsApiKey) return new MessageBirdSmsTransport(config.smsApiKey, config.smsOriginator);
  return new OutboxOnlySmsTransport();
}
