import { createTestApp, TestApp } from '@nabij/platform/testing';
import { MailService } from './mail.service';
import { OUTBOX_KEEP_DAYS, OutboxCleanupJob } from './outbox-cleanup.job';
import { SmsService } from '../sms/sms.service';

jest.setTimeout(120_000);

/** The outboxes keep a mail or SMS for OUTBOX_KEEP_DAYS days, sent or not, and then forget it. */
describe('outbox housekeeping', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ imports: [] });
  }, 180_000);
  afterAll(() => t.close());

  const count = async (table: 'outbox_mail' | 'outbox_sms', column: 'to_address' | 'to_number', to: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [to]))[0].n as number;

  it('removes mails and SMS written more than 30 days ago, sent or not, and keeps younger ones', async () => {
    const mail = t.app.get(MailService);
    const sms = t.app.get(SmsService);
    await mail.send({ to: 'oud@voorbeeld.nl', subject: 'Oud', text: 'Een link die niet meer werkt.' });
    await sms.enqueue({ to: '+31600000001', text: 'Je hebt morgen een afspraak.' });
    // One of the old ones was delivered, the other never: both go.
    await t.dataSource.query(`UPDATE outbox_mail SET sent_at = created_at WHERE to_address = 'oud@voorbeeld.nl'`);
    t.clock.advance((OUTBOX_KEEP_DAYS - 1) * 86_400_000);
    await mail.send({ to: 'jong@voorbeeld.nl', subject: 'Jong', text: 'Nog nodig.' });
    await sms.enqueue({ to: '+31600000002', text: 'Je hebt morgen een afspraak.' });

    const job = t.app.get(OutboxCleanupJob);
    const early = await job.run();
    expect(await count('outbox_mail', 'to_address', 'oud@voorbeeld.nl')).toBe(1);
    expect(early).toEqual({ mails: 0, sms: 0 });

    t.clock.advance(2 * 86_400_000);
    const removed = await job.run();
    expect(removed.mails).toBeGreaterThanOrEqual(1);
    expect(removed.sms).toBeGreaterThanOrEqual(1);
    expect(await count('outbox_mail', 'to_address', 'oud@voorbeeld.nl')).toBe(0);
    expect(await count('outbox_sms', 'to_number', '+31600000001')).toBe(0);
    expect(await count('outbox_mail', 'to_address', 'jong@voorbeeld.nl')).toBe(1);
    expect(await count('outbox_sms', 'to_number', '+31600000002')).toBe(1);
  });
});
